"""A layer's formula stated once for every layer, read at the layers the document names.

Backpropagation notes define a network's quantities by a general layer ``l``
(``z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}``, ``a^l = σ(z^l)``) and then differentiate at layers
they name: ``∂z^2/∂w^2``, ``∂C/∂a^{(L-1)}``. A name such as ``z^2`` that nothing defines takes
the general formula at ``l = 2``, every layer label in it moved alike (``a^{l-1}`` becomes
``a^1``). Only layers the document writes are read this way, so a formula that reaches one
layer up (``δ^l = (W^{l+1})^T δ^{l+1} …``) never runs past the last layer it names; and never
layer 0, which is the input (``a^0 = x``), not a layer's output.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

import sympy
from sympy import Indexed, IndexedBase
from sympy.core.function import AppliedUndef

from derive.derivation import Definition
from derive.latex.printer import point_latex
from derive.render.plain import readable

# z^l, a^(l-1), W^[l+1], a^(L-1), z^2: a name, its layer label and the brackets around it
_LAYERED = re.compile(r"^(?P<base>.+?)\^(?P<open>[(\[]?)(?P<letter>[lL]?)(?P<shift>[+-]?\d*)(?P<close>[)\]]?)$")
ROUNDS = 8  # formulas read at a layer from formulas read at a layer, at most


class Label(NamedTuple):
    """A layered name taken apart: ``a^{(L-1)}`` is a, "(", "L", -1, ")"; ``z^2`` is z, "", "", 2, ""."""

    base: str
    open: str
    letter: str  # l (any layer), L (the last), or "" (a layer by number)
    shift: int
    close: str

    @property
    def family(self) -> tuple:
        """What names one quantity at every layer: z^{(l)} and z^{(2)} share it, z^l does not."""
        return self.base, self.open, self.close

    @property
    def layer(self) -> str:
        return _layer(self.letter, self.shift)

    def at(self, letter: str, shift: int) -> str:
        """This name at another layer (letter, shift), spelled as the document spells it."""
        return f"{self.base}^{self.open}{_layer(letter, shift)}{self.close}"


def _label(name: str) -> Label | None:
    """The layer label of a name, or None where it has none."""
    m = _LAYERED.match(name)
    if m is None or (m.group("open") == "(") != (m.group("close") == ")") \
            or (m.group("open") == "[") != (m.group("close") == "]"):
        return None
    letter, shift = m.group("letter"), m.group("shift")
    if not letter and not shift.isdigit():
        return None  # z^2 is layer 2; z^{-} or z^{+1} alone is no layer
    if letter and shift and not re.fullmatch(r"[+-]\d+", shift):
        return None
    return Label(m.group("base"), m.group("open"), letter, int(shift or 0), m.group("close"))


def _layer(letter: str, shift: int) -> str:
    """A layer label: 2, L, L-1, l+1."""
    return letter + (f"{shift:+d}" if shift else "") if letter else str(shift)


def _name(e) -> str | None:
    if isinstance(e, Indexed):
        return str(e.base.label)
    if isinstance(e, sympy.Symbol):
        return e.name
    return None


def names_in(expr) -> set[str]:
    """Every name ``expr`` uses: its Symbols' and its indexed quantities' (z of z_k)."""
    out = {s.name for s in expr.free_symbols if isinstance(s, sympy.Symbol)}
    return out | {str(x.base.label) for x in expr.atoms(Indexed)}


def _moved(expr, letter: str, at: int):
    """``expr`` with every name of the general layer ``l`` (any shift) at layer ``letter`` + ``at``."""

    def renamed(name: str) -> str | None:
        got = _label(name)
        return got.at(letter, at + got.shift) if got is not None and got.letter == "l" else None

    symbols = {s: s.func(new, **s.assumptions0) for s in expr.free_symbols
               if isinstance(s, sympy.Symbol) and (new := renamed(s.name)) is not None}
    bases = {x.base: IndexedBase(new, **x.base.assumptions0) for x in expr.atoms(Indexed)
             if (new := renamed(str(x.base.label))) is not None}
    out = expr.replace(lambda e: isinstance(e, Indexed) and e.base in bases,
                       lambda e: bases[e.base][e.indices]) if bases else expr
    return out.xreplace(symbols)


def instantiate(definitions, written: set[str]) -> tuple[tuple[Definition, ...], tuple[str, ...]]:
    """Definitions of the layered names in ``written`` (every name the document's formulas use)
    that nothing defines, read from the document's formula for the general layer ``l``; and a
    note for each, for ``--verbose``."""
    general: dict = {}  # family -> (the general target's label, its definition)
    defined = set()
    for d in definitions:
        name = _name(d.target)
        if name is None:
            continue
        defined.add(name)
        got = _label(name)
        if got is not None and got.letter == "l" and not any(
                (f := _label(str(a.func))) is not None and f.letter == "l" for a in d.body.atoms(AppliedUndef)):
            # (a^l = g^l(z^l): each layer its own activation, which steps write without its
            # layer (g'(z^L)); read at a layer it would be another function than theirs)
            general.setdefault(got.family, (got, d))
    if not general:
        return (), ()
    layers = {got.layer for name in written if (got := _label(name)) is not None and got.letter != "l"}
    made, notes, wanted = [], [], set(written)
    for _ in range(ROUNDS):
        new = []
        for name in sorted(wanted - defined):
            got = _label(name)
            if got is None or got.letter == "l" or got.family not in general:
                continue
            if not got.letter and got.shift < 1 or got.layer not in layers:
                continue  # layer 0 is the input; a layer the document never writes is not read
            target, d = general[got.family]
            at = got.shift - target.shift  # l, where the general target's label is this one's
            new.append(replace(d, target=_moved(d.target, got.letter, at), body=_moved(d.body, got.letter, at)))
            notes.append(f"{readable(point_latex(name))} read from {d.latex} (line {d.line}) "
                         f"at l = {_layer(got.letter, at)}")
            defined.add(name)
        if not new:
            break
        made.extend(new)
        wanted = set().union(*(names_in(d.body) for d in new))
    return tuple(made), tuple(notes)
