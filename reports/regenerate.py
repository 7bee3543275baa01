"""Regenerate every committed report: `make reports` (or `python reports/regenerate.py`).

Writes NAME.tex and NAME.pdf into reports/ for each document in derivations/ and for the eight
models of the closed-form table (issue 2). The .tex files are byte-identical for the same code;
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


def documents() -> list[Path]:
    return sorted((ROOT / "derivations").glob("*.md")) + sorted((ROOT / "derivations").glob("*.tex"))


def reports():
    """Every report, documents first; paths relative to the repository so output is stable."""
    from derive import report

    for path in documents():
        yield report.document_report(str(path.relative_to(ROOT)))
    for loss, activation in MODELS:
        yield report.model_report(loss, activation)


def main(pdf: bool = True) -> int:
    import os

    from derive import report

    os.chdir(ROOT)
    for r in reports():
        tex = report.write(r, str(OUT))
        print(tex.relative_to(ROOT))
        if pdf:
            report.compile_pdf(tex)
    return 0


if __name__ == "__main__":
    sys.exit(main(pdf="--no-pdf" not in sys.argv))
