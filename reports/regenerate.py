"""Regenerate every committed report: `make reports` (or `python reports/regenerate.py`).

Writes NAME.tex and NAME.pdf into reports/ for each document in derivations/, for the eight
models of the closed-form table (issue 2) and for the comparison that answers the seed's question
(whose `derive compare` output is first refreshed in derivations/squared-error-vs-cross-entropy.md).
The .tex files are byte-identical for the same code;
tests/test_report.py fails when a committed one differs from what the code generates now.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "reports"
MODELS = (  # (loss, activation): the closed-form table's eight models
    ("bce", "sigmoid"), ("mse", "sigmoid"), ("mse", "identity"), ("mse", "tanh"),
    ("mse", "generic"), ("gaussian-nll", "identity"), ("poisson-nll", "exp"),
    ("log-likelihood", "sigmoid"),
)


COMPARISONS = (  # derive report --compare: the seed's question
    (("mse", "sigmoid"), ("bce", "sigmoid")),
)
# The derivation that answers the seed's question shows `derive compare`'s output verbatim.
ANSWER = ROOT / "derivations" / "squared-error-vs-cross-entropy.md"
ANSWER_COMMAND = "derive compare --loss mse --loss bce --activation sigmoid"


def answer_output() -> str:
    """What ``ANSWER_COMMAND`` prints now."""
    import contextlib
    import io

    from derive.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(ANSWER_COMMAND.split()[1:])
    return out.getvalue()


def answer_fence(text: str) -> tuple[int, int]:
    """Where the command's output stands in the answer document: (start, end) offsets."""
    head = f"```text\n$ {ANSWER_COMMAND}\n"
    start = text.index(head) + len(head)
    return start, text.index("```", start)


def refresh_answer() -> None:
    text = ANSWER.read_text(encoding="utf-8")
    start, end = answer_fence(text)
    ANSWER.write_text(text[:start] + answer_output() + text[end:], encoding="utf-8")


def documents() -> list[Path]:
    return sorted((ROOT / "derivations").glob("*.md")) + sorted((ROOT / "derivations").glob("*.tex"))


def reports():
    """Every report, documents first; paths relative to the repository so output is stable."""
    from derive import report

    for path in documents():
        yield report.document_report(str(path.relative_to(ROOT)))
    for loss, activation in MODELS:
        yield report.model_report(loss, activation)
    from derive.model import model

    for pair in COMPARISONS:
        yield report.compare_report([model(lo, a) for lo, a in pair])


def main(pdf: bool = True) -> int:
    import os

    from derive import report

    os.chdir(ROOT)
    refresh_answer()
    for r in reports():
        tex = report.write(r, str(OUT))
        print(tex.relative_to(ROOT))
        if pdf:
            report.compile_pdf(tex)
    return 0


if __name__ == "__main__":
    sys.exit(main(pdf="--no-pdf" not in sys.argv))
