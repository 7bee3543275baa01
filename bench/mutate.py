"""Does `derive check` prove a wrong step? A probe of false accepts on the public corpus.

For steps the checker proves (or finds consistent) in `bench/corpus/`, the right side is doubled
in the document's own text (`2\\left(…\\right)`) and the document checked again: a step that
still holds is a false accept to look at — either 0 = 0 (a derivative read as 0, a name read as a
constant) or an equation at an optimum (0 = 2X holds where 0 = X does, which is no error).
A sample of the proved steps of each document, seeded, so runs are comparable.

    python bench/mutate.py [--seed S] [--per N] [document prefixes…]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(HERE))

import labels as L  # noqa: E402 - the corpus's own label module, beside its documents

HOLDS = ("proved", "consistent")
CONTEXT = 6  # lines after a step's line where its right side may be written


def steps(text: str, name: str):
    from derive.check.document import check_document
    from derive.latex.document import read_document

    return check_document(read_document(text, name)).derivation.steps


def doubled(text: str, step) -> str | None:
    """The document with this step's right side doubled where it is written, or None."""
    rhs = step.rhs_latex or ""
    if not rhs.strip() or "\n" in rhs:
        return None
    lines = text.split("\n")
    for j in range(step.line - 1, min(step.line - 1 + CONTEXT, len(lines))):
        k = lines[j].find(rhs)
        if k >= 0:
            lines[j] = f"{lines[j][:k]}2\\left({rhs}\\right){lines[j][k + len(rhs):]}"
            return "\n".join(lines)
    return None


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0, help="which sample of proved steps (default 0)")
    ap.add_argument("--per", type=int, default=4, help="proved steps tried per document (default 4)")
    ap.add_argument("only", nargs="*", help="document name prefixes")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    tried = held = 0
    start = time.perf_counter()
    for doc, _ in L.documents(HERE, args.only):
        text = doc.read_text()
        proved = [s for s in steps(text, str(doc)) if s.verdict.value in HOLDS and s.rhs is not None
                  and not (s.rhs.is_Number and s.rhs == 0)]
        rng.shuffle(proved)
        for step in proved[:args.per]:
            changed = doubled(text, step)
            if changed is None:
                continue
            tried += 1
            for again in steps(changed, str(doc)):
                if again.line == step.line and again.lhs_latex == step.lhs_latex \
                        and again.verdict.value in HOLDS and "2\\left(" in (again.rhs_latex or ""):
                    held += 1
                    print(f"{doc.name}:{step.line}  still {again.verdict.value} doubled: "
                          f"{(again.outcome.detail or '')[:100]}")
    print(f"\n{tried} proved steps doubled, {held} still holding "
          f"({100 * held / max(tried, 1):.1f}%), {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
