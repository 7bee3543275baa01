"""Labels of the public corpus, and the independent check that backs each of them.

Every document ``NN_slug.md`` (or ``.tex``) in this folder has a sibling ``NN_slug.py`` that
defines ``SOURCE`` (where the mathematics comes from), ``TITLE``, ``TOPIC`` (one of ``TOPICS``)
and ``CLAIMS``: one ``Claim`` per ``=`` that asserts an equality, labelled from the mathematics.

A claim's ``lhs`` and ``rhs`` are SymPy expressions written by hand in plain SymPy, never through
derive: that is what makes the label independent. ``verify`` evaluates both at seeded random
points with 50 significant digits:

- ``valid``: the sides agree (relative difference < 1e-30) at every point;
- ``invalid``: they differ (relative difference > 1e-8) at some point;
- ``ambiguous``: as written they differ, and under ``alt`` (the other natural reading the
  document leaves open, as a pair of sides) they agree.

Sums over samples or features are written at a concrete size (say m = 3, n = 2) with one symbol
per entry; a claim that holds for every size is checked at that one.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field

import sympy

DIGITS = 50  # working precision of the label check
AGREE = sympy.Float("1e-30")  # relative difference under which two values agree
DIFFER = sympy.Float("1e-8")  # relative difference over which they certainly differ
POINTS = 8  # random points per claim
MAX_TRIES = 80  # points drawn before giving up on finding real, finite values
DEFAULT_BOX = (-2.0, 2.0)

LABELS = ("valid", "invalid", "ambiguous")
TOPICS = ("activations", "logistic", "linear", "regularisation", "softmax", "backprop", "glm",
          "hinge", "multiclass", "vector")


@dataclass(frozen=True)
class Claim:
    """One claim: the ``k``-th ``=`` whose right side begins on ``line`` (1-based)."""

    line: int
    label: str
    lhs: sympy.Expr
    rhs: sympy.Expr
    k: int = 1
    alt: tuple | None = None  # (lhs, rhs) of the reading under which an ambiguous claim holds
    domain: dict = field(default_factory=dict)  # Symbol -> (lo, hi) or a tuple of allowed values
    note: str = ""  # why this label (one line, the mathematics, not the author's opinion)


def _draw(sym, domain: dict, rng: random.Random):
    spec = domain.get(sym)
    if spec is None:
        lo, hi = DEFAULT_BOX
        v = rng.uniform(0.1, hi) * rng.choice((1, -1))
        return sympy.Float(v, DIGITS + 10)
    if isinstance(spec, (set, frozenset)) or (isinstance(spec, tuple) and len(spec) != 2) \
            or (isinstance(spec, tuple) and all(isinstance(v, int) for v in spec)):
        return sympy.Integer(rng.choice(sorted(spec)))
    lo, hi = spec
    return sympy.Float(rng.uniform(float(lo), float(hi)), DIGITS + 10)


def _values(lhs, rhs, domain: dict, seed: str):
    """Up to POINTS pairs of (left, right) values at random real points."""
    rng = random.Random(hashlib.sha256(seed.encode()).hexdigest())
    lhs, rhs = sympy.sympify(lhs), sympy.sympify(rhs)
    syms = sorted((lhs.free_symbols | rhs.free_symbols), key=str)
    out = []
    for _ in range(MAX_TRIES):
        if len(out) >= POINTS:
            break
        point = {s: _draw(s, domain, rng) for s in syms}
        try:
            a = sympy.N(lhs.xreplace(point).doit(), DIGITS)
            b = sympy.N(rhs.xreplace(point).doit(), DIGITS)
        except (ZeroDivisionError, ArithmeticError, TypeError):
            continue
        if not (a.is_real and b.is_real and a.is_finite and b.is_finite):
            continue
        out.append((a, b))
    return out


def _relative(a, b):
    scale = max(abs(a), abs(b))
    return 0 if scale < sympy.Float("1e-40") else abs(a - b) / scale


def holds(lhs, rhs, domain: dict, seed: str) -> bool | None:
    """True if the sides agree everywhere tested, False if they differ somewhere, None if no
    point could be evaluated or a difference is too small to call."""
    values = _values(lhs, rhs, domain, seed)
    if not values:
        return None
    worst = max(_relative(a, b) for a, b in values)
    if worst < AGREE:
        return True
    if worst > DIFFER:
        return False
    return None


def verify(claim: Claim, where: str = "") -> str | None:
    """None when the label is backed by the mathematics, else why not."""
    if claim.label not in LABELS:
        return f"unknown label {claim.label!r}"
    seed = f"{where}:{claim.line}:{claim.k}"
    got = holds(claim.lhs, claim.rhs, claim.domain, seed)
    if claim.label == "valid":
        return None if got is True else f"labelled valid, but the check says {got}"
    if claim.label == "invalid":
        return None if got is False else f"labelled invalid, but the check says {got}"
    if got is not False:
        return f"labelled ambiguous, but as written the check says {got} (should be False)"
    if claim.alt is None:
        return "labelled ambiguous without `alt`, the reading under which it holds"
    alt = holds(claim.alt[0], claim.alt[1], claim.domain, seed + ":alt")
    return None if alt is True else f"labelled ambiguous, but under `alt` the check says {alt}"


# --------------------------------------------------------------------------- loading


def load(path) -> dict:
    """A labels module (``NN_slug.py``) as a dict of its names, loaded from its file."""
    import importlib.util
    from pathlib import Path

    path = Path(path)
    spec = importlib.util.spec_from_file_location(f"corpus_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # our own label files, never a user's document
    return vars(module)


def documents(folder=None, only=()) -> list[tuple]:
    """``[(document path, labels dict)]`` for every labelled document in ``folder`` (or those whose
    name starts with one of ``only``: the other label files are not loaded, some take minutes)."""
    from pathlib import Path

    folder = Path(folder or Path(__file__).parent)
    out = []
    for py in sorted(folder.glob("[0-9]*.py")):
        if only and not any(py.stem.startswith(o) for o in only):
            continue
        doc = next((p for p in (py.with_suffix(".md"), py.with_suffix(".tex")) if p.exists()), None)
        if doc is None:
            raise SystemExit(f"{py.name}: no document beside it (.md or .tex)")
        out.append((doc, load(py)))
    return out


def main(argv: list[str]) -> int:
    """Check every label (or those of the files named): prints one line per problem."""
    import sys
    from pathlib import Path

    names = {Path(a).stem for a in argv[1:]}
    bad = total = 0
    for doc, labels in documents(only=tuple(names)):
        if names and doc.stem not in names:
            continue
        for key in ("SOURCE", "TITLE", "TOPIC", "CLAIMS"):
            if key not in labels:
                print(f"{doc.name}: no {key}")
                bad += 1
        if labels.get("TOPIC") not in TOPICS:
            print(f"{doc.name}: TOPIC {labels.get('TOPIC')!r} is not one of {TOPICS}")
            bad += 1
        lines = doc.read_text(encoding="utf-8").splitlines()
        seen = set()
        for c in labels.get("CLAIMS", ()):
            total += 1
            if (c.line, c.k) in seen:
                print(f"{doc.name}:{c.line} (k={c.k}): labelled twice")
                bad += 1
            seen.add((c.line, c.k))
            before = [x for x in lines[:max(0, c.line - 1)] if x.strip()][-1:]  # (a blank line between)
            if not 1 <= c.line <= len(lines) or "=" not in "".join(before + lines[c.line - 1:c.line]):
                print(f"{doc.name}:{c.line}: no `=` on this line or the one before")
                bad += 1
            why = verify(c, doc.name)
            if why:
                print(f"{doc.name}:{c.line} (k={c.k}): {why}")
                bad += 1
    print(f"{total} claims, {bad} problems", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
