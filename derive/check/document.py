"""Check a hand-written derivation: every ``=`` of every chain is a claim with its own verdict.

A chain ``E0 = E1 = … = En`` gives one step per ``=``, reported at the line of its right side.
An elided side (``\\dots``) or an unreadable one gets ``skipped`` / ``unreadable``, and the step
after it is *bridged*: checked from the last readable side before the gap, so the lines around a
bad line are still verified.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

import sympy
from sympy import Indexed
from sympy.core.function import AppliedUndef

from derive.check.equivalence import (
    DATA_NAMES,
    DEFAULT_TIMEOUT,
    INTERNAL,
    ROW_AS_NUMBER,
    _phase_implied,
    _point_names,
    _table,
    check_step,
    content_key,
    domains_from,
    expand_definitions,
    head,
    independent_names,
    one_sided_sample,
    reachable,
)
from derive.check.worker import in_parallel, run
from derive.derivation import Definition, Derivation, Outcome, Step, Verdict
from derive.errors import DeriveError
from derive.latex.model import ARITHMETIC, SUPPLIED_ARGUMENT, is_mean_of_several
from derive.symbols import (
    INDEX_LETTERS,
    SAMPLE_INDEX_LETTERS,
    SIZE_LETTERS,
    base,
    bound_of,
    estimated,
    occurs_bare,
    scalar,
)


@dataclass(frozen=True)
class CheckedFile:
    """One checked document: its path and a Derivation whose steps carry verdicts."""

    path: str
    derivation: Derivation
    assumptions: dict
    notes: tuple[str, ...] = ()  # conventions chosen rather than stated (--verbose)
    cells: tuple[tuple[int, int], ...] | None = None  # a notebook's line -> (cell, line)

    def location(self, step) -> str:
        """Where a step stands: ``line:column``, or ``cell N:line:column`` in a notebook."""
        from derive.check.sources import location

        return location(self.cells, step.line, step.column)

    @property
    def claims(self) -> int:
        """How many claims were judged (not skipped, not unreadable)."""
        return sum(1 for s in self.derivation.steps
                   if s.verdict not in (Verdict.SKIPPED, Verdict.UNREADABLE))


def _unreadable(side) -> Outcome:
    err = side.error
    where = f"line {err.line if err.line is not None else side.line}, column {err.column + 1}"
    return Outcome(Verdict.UNREADABLE, f"{err.reason} ({where})\n{err.caret()}")


def _decided(chain, k: int) -> bool:
    """``h_θ(x) \\geq 0.5 \\rightarrow y = 1``: a label given a number right after an arrow that
    follows an inequality is the class a decision rule predicts, no equality."""
    from derive.latex.document import ARROWS, LABEL_NAMES

    if k < 2 or not hasattr(chain, "relation") or chain.relation(k - 1) not in ARROWS \
            or all(chain.relation(j) in ("=", *ARROWS) for j in range(1, k - 1)):
        return False
    left, right = chain.sides[k - 1], chain.sides[k]
    if left.side is None or right.side is None or left.elided or right.elided:
        return False
    name = left.side.expr
    label = name.base.label if isinstance(name, Indexed) else name
    return isinstance(label, sympy.Symbol) and label.name in LABEL_NAMES and right.side.expr.is_Number


def steps_of(chain) -> list[Step]:
    """The unchecked steps of one chain, with bridges over elided and unreadable sides."""
    from derive.latex.document import SETS  # (the reader, loaded where documents are read)

    steps = []
    sides = chain.sides
    for k in range(1, len(sides)):
        left, right = sides[k - 1], sides[k]
        common = dict(lhs_latex=left.latex, rhs_latex=right.latex, line=right.line,
                      column=right.column)
        relation = chain.relation(k) if hasattr(chain, "relation") else "="
        if getattr(chain, "aside", ""):
            steps.append(Step(None, None, outcome=Outcome(Verdict.SKIPPED, chain.aside), **common))
            continue
        if relation in SETS:  # \overset{!}{=}: "should equal", what the author sets out to solve
            steps.append(Step(None, None, outcome=Outcome(
                Verdict.SKIPPED, "an equation to solve (=! \"should equal\"), not a claim that the "
                                 "sides are equal: not checked"), **common))
            continue
        if relation != "=":
            steps.append(Step(None, None, outcome=Outcome(
                Verdict.SKIPPED, f"`{relation}` is not `=`: only equalities are checked"), **common))
            continue
        if _decided(chain, k):
            steps.append(Step(None, None, outcome=Outcome(
                Verdict.SKIPPED, f"`{_quoted(left.latex, right.latex)}` after an arrow is the class a "
                                 "rule decides, not an equality to check"), **common))
            continue
        if right.elided:
            steps.append(Step(None, None, outcome=Outcome(
                Verdict.SKIPPED, "elided step (\\dots); the next step is bridged over it"), **common))
            continue
        if right.error is not None:
            steps.append(Step(None, None, outcome=_unreadable(right), **common))
            continue
        anchor = k - 1
        while anchor >= 0 and (sides[anchor].elided or sides[anchor].error is not None) \
                and (anchor == 0 or chain.relation(anchor) == "="):
            anchor -= 1
        if anchor < 0 or sides[anchor].side is None:
            first = sides[0]
            if k == 1 and first.error is not None:  # the claim's left side itself is unreadable
                steps.append(Step(None, None, outcome=_unreadable(first), **common))
            else:
                steps.append(Step(None, None, outcome=Outcome(
                    Verdict.SKIPPED, "no readable side before this one to compare with"), **common))
            continue
        start = sides[anchor]
        rule = "as written" if anchor == k - 1 else f"bridged from line {start.line}"
        lhs, rhs = start.side, right.side
        alternative = None
        if lhs.alternative is not None or rhs.alternative is not None:
            hint = "; ".join(h for h in (lhs.hint, rhs.hint) if h)
            alternative = (
                lhs.alternative if lhs.alternative is not None else lhs.expr,
                rhs.alternative if rhs.alternative is not None else rhs.expr,
                hint,
            )
        steps.append(Step(lhs.expr, rhs.expr, rule=rule, lhs_latex=start.latex,
                          rhs_latex=right.latex, line=right.line, column=right.column,
                          alternative=alternative))
    return steps


def _functions(definitions) -> dict:
    """Defined functions by name: name -> (function class, parameters)."""
    return {str(d.target.func): (d.target.func, d.target.args) for d in definitions
            if isinstance(d.target, AppliedUndef)}


def applied(expr, functions: dict, around=()):
    """A defined function written without its argument (``\\frac{\\partial h_\\theta}{\\partial
    \\theta_0}``, ``\\hat{y} = f(h)`` with h(x) defined) is that function at the argument the
    same formula (``around``: its other sides) gives it, else at its own parameters."""
    if expr is None or not functions:
        return expr
    try:
        return _applied(expr, functions, around)
    except Exception:  # reading it otherwise is a convenience: as written it stays
        return expr


def _applied(expr, functions: dict, around):
    labels = {x.base.label for x in expr.atoms(Indexed)}  # μ in μ_i names a quantity, not μ(·)
    bare = {s for s in expr.atoms(sympy.Symbol) if s.name in functions and not s.is_integer
            and not (s in labels and not occurs_bare(expr, s))}
    if not bare:
        return expr
    swap = {}
    for s in bare:
        func, params = functions[s.name]
        uses = sorted((a for e in (expr, *around) if e is not None for a in _calls(e, func)), key=str)
        swap[s] = func(*(uses[0].args if uses else params))
    return expr.xreplace(swap)


def _calls(e, func):
    """Where ``e`` applies ``func``: C(a) in C(a) + 1, and C(a^L) in C′(a^L) (a derivative
    evaluated at a point), never C at a placeholder variable."""
    out = [a for a in e.atoms(func) if not (a.free_symbols - e.free_symbols)]
    for s in e.atoms(sympy.Subs):
        out += [a.xreplace(dict(zip(s.variables, s.point, strict=True))) for a in s.expr.atoms(func)]
    return out


ASSUMED = ("says what `{name}` satisfies (its entries sum to 1, as one-hot labels' do): an assumption "
           "about the data, not an identity; every step is checked with it (line {line})")
KEPT_RESTATEMENTS = (Verdict.PROVED, Verdict.CONSISTENT, Verdict.AMBIGUOUS)
POSED = "an equation the text assumes (Let …), not a claim: the rows after it are checked where it holds"
SOLVED = "an equation the rows after it solve, not an identity: they are checked where it holds"
# prose that gives the formula after it as what follows from the ones before ("we get")
_DERIVED = re.compile(r"\b(?:we\s+(?:get|obtain|have|find)|gives?|giving|becomes?|reduces?\s+to|simplif\w+\s+to|"
                      r"so|thus|hence|therefore|which\s+is|i\.e\.|that\s+is)[^A-Za-z]*$")
RENEWAL = ("differs from the meaning an earlier section gives this name: read as this section's own "
           "(a new model), unless it is a slip in restating that one")
DOCUMENT_BUDGET = 600.0  # seconds for one document at most: a safety net no course note reaches


def check_chains(document, *, timeout: float = DEFAULT_TIMEOUT, isolate: bool = True,
                 budget: float = DOCUMENT_BUDGET, jobs: int | None = None):
    """``[(chain, checked steps)]`` for every chain of a read document, in order. Each chain is
    judged under the document's definitions, with those stated for its own paragraph in place
    of any other meaning of the same name. Once ``budget`` seconds are spent on the document,
    the steps left are undecided (saying so), so a document of thousands of hard steps ends.
    ``jobs`` steps are checked at once (None: one per core), each in its own worker under the
    same budget; verdicts are memoised by content, so the result is the same for any ``jobs``."""
    start = time.monotonic()
    functions = _functions(document.definitions)
    definitions = tuple(replace(d, body=applied(d.body, functions)) for d in document.definitions)
    pending = []
    for chain in document.chains:
        around = tuple(s.side.expr for s in chain.sides if s.side is not None and not s.elided)
        pending.append((chain, [_applied_step(s, functions, around) for s in steps_of(chain)]))
    exprs = []
    for _, steps in pending:
        for s in steps:
            exprs.extend(e for e in (s.lhs, s.rhs) if e is not None)
            if s.alternative is not None:
                exprs.extend(s.alternative[:2])
    every = definitions + tuple(d for chain in document.chains for d in getattr(chain, "local", ()))
    parameters = independent_names(exprs, every)
    mentioned = _mentioned(exprs, every)
    domains = domains_from(document.assumptions)
    # `\sum_k y_k = 1` about labels the document never defines: what its data satisfy
    defined_names = {str(head(d.target)) for d in every} | {n for n, _ in getattr(document, "unread", ())}
    stating = {id(s): name for _, steps in pending for s in steps if s.outcome is None
               and (name := sums_to_one(s.lhs, s.rhs)) is not None and name not in defined_names}
    assumed: dict = {}  # name -> the first step that states it, where nothing else gives its domain
    for _, steps in pending:
        for s in steps:
            if stating.get(id(s)) is not None and stating[id(s)] not in domains:
                assumed.setdefault(stating[id(s)], s)
    domains.update({name: ("simplex",) for name in assumed})
    under = []  # each chain's definitions: the document's, with its own paragraph's in place
    for chain, _ in pending:
        local = tuple(replace(d, body=applied(d.body, functions)) for d in getattr(chain, "local", ()))
        replaced = {str(head(d.target)) for d in local}
        under.append(tuple(d for d in definitions if str(head(d.target)) not in replaced) + local)

    def first(job) -> Outcome:
        step, defs, chain = job
        return _again(step, defs, chain, timeout, isolate, parameters, domains, mentioned)

    if isolate:  # every step's first check at once, one per core; the loop below reads the memo
        work = [(s, defs, chain) for (chain, steps), defs in zip(pending, under, strict=True)
                for k, s in enumerate(steps, start=1)
                if s.outcome is None and k not in dict(getattr(chain, "named", ()))]
        in_parallel(first, work, lambda: time.monotonic() - start > budget, jobs)
    out = []
    optimum = _optimum(document, pending, definitions)
    # names differentiated by with an index (w_j, β_i): variables, never quantities left unstated
    differentiated = frozenset(str(head(v)) for _, steps in pending for s in steps for e in (s.lhs, s.rhs)
                               if e is not None for d in e.atoms(sympy.Derivative) for v in d.variables
                               if isinstance(v, Indexed))
    objectives = _objectives(document, pending)
    # \bar{xy}, \bar{x^2}: the mean of a product or a square, a statistic defined nowhere but by
    # its bar (taken as any number, a step with it on one side fails; it is the mean the bar means)
    means = frozenset(n for _, steps in pending for s in steps for e in (s.lhs, s.rhs) if e is not None
                      for n in _plain_names(e) if is_mean_of_several(n))
    introduced = _introduced_names(pending, every, defined_names)
    lone = _lone_entries(pending, every)
    # names the document differentiates (∂a_1/∂z_1): quantities that depend on something, even
    # where it never says how
    derivatives = [d for _, steps in pending for s in steps for e in (s.lhs, s.rhs) if e is not None
                   for d in e.atoms(sympy.Derivative)]
    quantities = frozenset(str(head(d.expr)) for d in derivatives if isinstance(d.expr, (sympy.Symbol, Indexed))
                           and head(d.expr) not in {head(v) for v in d.variables}) - DATA_NAMES
    # unknown -> (expression, latex, line): derivatives set to 0 so far
    in_force: dict = {}
    stated: dict = {}  # the same for values the document states (_solution)
    premise = None  # (block, {unknown: (equation, latex, line)}, chain): the last equation, no identity
    premise_at = (0, 0)  # where its step is in ``out``
    # a worked example: arithmetic somewhere (0.5 × 0.3 = 0.15, 0 × 5 + 0 = 0), so a formula equal
    # to decimals or to arithmetic on numbers is likely its value at the example's values
    worked = any(s.lhs is not None and s.rhs is not None and not s.lhs.free_symbols
                 and not s.rhs.free_symbols and _ARITHMETIC.search(s.lhs_latex + " = " + s.rhs_latex)
                 for _, steps in pending for s in steps)
    before = None  # the chain before this one
    # `x = \ln(1 + e^y) \Rightarrow e^x = 1 + e^y`: an equation the next row of its block follows
    # from by ⇒ is one being solved, whatever its sides
    posing = {id(chain) for (chain, _), (after, _) in zip(pending, pending[1:], strict=False)
              if after.implied and after.block == chain.block}
    one_sample_said = False  # "for one sample i, …": the formulas after it in its section too
    for (chain, steps), defs in zip(pending, under, strict=True):
        named = dict(getattr(chain, "named", ()))
        prose = chain.prose or ""
        if _ONE_SAMPLE.search(prose):
            one_sample_said = True
        elif _ALL_SAMPLES.search(prose):
            one_sample_said = False
        done = []
        for k, step in enumerate(steps, start=1):
            if k in named and step.outcome is None:
                step = step.with_outcome(Outcome(Verdict.PROVED, named[k]))
            if step.outcome is None and time.monotonic() - start > budget:
                step = step.with_outcome(Outcome(
                    Verdict.UNDECIDED, f"not checked: the document's time budget of {budget:g} s was "
                    "spent on the steps before this one (raise it with --document-timeout)"))
            if step.outcome is None and (labels := stating.get(id(step))) in assumed:
                from derive.latex.printer import point_latex

                step = step.with_outcome(Outcome(Verdict.SKIPPED, ASSUMED.format(
                    name=point_latex(labels), line=assumed[labels].line)))
            solved = valued = None  # what _implied found for this step; the derivative it sets to 0
            if step.outcome is None:
                try:
                    outcome = first((step, defs, chain))
                    if outcome.verdict is Verdict.REFUTED or outcome.detail.startswith("cannot check"):
                        nearby = tuple(replace(d, body=applied(d.body, functions))
                                       for d in getattr(chain, "nearby", ()))
                        outcome = _other_meaning(step, outcome, defs, nearby, chain, timeout, isolate,
                                                 parameters, domains, mentioned) \
                            or _through(step, outcome, defs, chain, timeout, isolate, parameters,
                                        domains, mentioned) \
                            or _named_in_words(step, outcome, defs, chain, timeout, isolate, parameters,
                                               domains, mentioned) or outcome
                    if outcome.verdict is Verdict.UNDECIDED and ROW_AS_NUMBER in outcome.detail:
                        # ∂J/∂w = 1/m Σ_i (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) x⁽ⁱ⁾ beside z⁽ⁱ⁾ = Σ_k w_k x_k⁽ⁱ⁾ + b: x⁽ⁱ⁾ is
                        # sample i's vector, and the step the gradient, entry by entry
                        outcome = _as_gradient(step, chain, defs, timeout, isolate, parameters, domains,
                                               mentioned, settled=True) or outcome
                    refuted = outcome.verdict is Verdict.REFUTED  # as an identity, all tried
                    # `0 = X` after the chain of ∂J/∂a: X that derivative's value, set to 0?
                    valued = refuted and _zero_sided(step, chain) is not None and _valued(
                        step, chain, before, lambda d, x, s=step, ds=defs, c=chain: _again(
                            replace(s, lhs=d, rhs=x, outcome=None), ds, c, timeout, isolate,
                            parameters, domains, mentioned).verdict.holds) or None
                    if refuted:
                        outcome = _consequence(step, chain, in_force, defs, timeout, isolate,
                                               parameters, domains) \
                            or stated and _consequence(step, chain, {**in_force, **stated}, defs, timeout,
                                                       isolate, parameters, domains, clear_only=True) \
                            or optimum and _consequence(
                                step, chain, _reaching(optimum, defs), defs, timeout, isolate, parameters,
                                domains, clear_only=True) \
                            or len(steps) == 1 and (solved := _implied(step, chain, premise, before, defs,
                                                                       timeout, isolate, parameters, domains)) \
                            or _rounded(step) or worked and _worked_value(step, chain.implied) \
                            or _as_gradient(step, chain, defs, timeout, isolate, parameters, domains, mentioned) \
                            or _one_sample(step, chain, defs, timeout, isolate, parameters, domains,
                                           mentioned, one_sample_said) \
                            or not in_force and _unsolvable(step, optimum, defs) \
                            or _sample_unwritten(step, chain, defs, timeout, isolate, parameters, domains,
                                                 mentioned) \
                            or _repeated_summed(step, chain, defs, timeout, isolate, parameters, domains,
                                                mentioned) \
                            or _one_sided(step, defs, differentiated, document.model.signed | quantities | means) \
                            or not chain.restates and _introduced(step, introduced) \
                            or _lone_entry(step, lone) \
                            or _meant(step, defs, document.model.written | document.model.signed) \
                            or _supplied(step) \
                            or _equation(chain, k, step, outcome, objectives, before, valued,
                                         document.model.variables)
                    if refuted and outcome.verdict is Verdict.REFUTED and getattr(chain, "case", ()):
                        outcome = _in_case(step, outcome, defs, chain, timeout, isolate, parameters,
                                           domains, mentioned)
                    if refuted and outcome.verdict is Verdict.REFUTED and chain.condition is None \
                            and not getattr(document, "true_classes", ()):
                        # (where the prose names the true class, another letter is not it)
                        outcome = _hot_at(step, outcome, defs, chain, timeout, isolate, parameters,
                                          domains, mentioned)
                    if (refuted and outcome.verdict is Verdict.REFUTED
                            or outcome.detail.startswith("cannot check")) \
                            and (unread := _unread(step, defs, getattr(document, "unread", ()))
                                 or _in_words(step, defs, getattr(document, "described", ()))):
                        outcome, refuted = unread, False
                    if outcome.verdict in (Verdict.PROVED, Verdict.CONSISTENT, Verdict.REFUTED) \
                            and (matrix := _as_matrix(step, document.model.stated_matrices)):
                        outcome, refuted = matrix, False
                except Exception:  # a failure of ours is this step's verdict, never the run's end
                    outcome, refuted = Outcome(Verdict.UNDECIDED, f"could not evaluate: {INTERNAL}"), False
                if step.rule.startswith("bridged"):
                    outcome = replace(outcome, detail=f"{step.rule}: {outcome.detail}")
                step = step.with_outcome(outcome)
                if refuted:
                    _set_to_zero(step, chain, in_force, objectives, valued)
                    if outcome.detail.startswith(SET_IN_WORDS) or step.outcome.verdict.holds \
                            and _new_estimate(step, chain, before, in_force, document.model.variables):
                        # (also one the estimates the document states satisfy: it is still an
                        # equation, and the one that determines them)
                        _set_in_words(step, chain, in_force, document.model.variables)
                if step.verdict is not Verdict.REFUTED:
                    _solution(step, chain, k, stated)
                if refuted and not step.verdict.holds and len(steps) == 1 \
                        and (_solving(step, chain) or id(chain) in posing) \
                        and (unknown := _unknown_of(step, defs)) is not None:
                    premise = (chain.block, {unknown: (step.lhs - step.rhs, _quoted(step.lhs_latex, step.rhs_latex),
                                                       step.line)},
                               chain)
                    premise_at = (len(out), len(done))
                if solved is not None and outcome is solved and solved.verdict.holds \
                        and premise_at[0] < len(out) and premise_at[1] < len(out[premise_at[0]][1]):
                    # log_e 1 = y, then e^y = 1, y = 0: an equation the rows after it solve
                    ci, si = premise_at
                    if out[ci][1][si].verdict in (Verdict.REFUTED, Verdict.UNDECIDED):
                        out[ci][1][si] = out[ci][1][si].with_outcome(Outcome(Verdict.SKIPPED, SOLVED))
            if getattr(chain, "posed", False) and len(steps) == 1 and step.verdict is Verdict.REFUTED:
                # `\text{Let } e^{-z} = 1`: what the rows after it assume, checked there
                step = step.with_outcome(Outcome(Verdict.SKIPPED, POSED))
            derived = getattr(chain, "renewal", False) and _DERIVED.search(chain.prose or "")
            if getattr(chain, "renewal", False) and step.verdict is Verdict.REFUTED and not derived:
                step = step.with_outcome(Outcome(Verdict.AMBIGUOUS, RENEWAL))  # "we get C = …": a claim
            if getattr(chain, "restates", False) and step.verdict not in KEPT_RESTATEMENTS and not derived:
                continue  # a new heading's own meaning of the name: a definition, not a claim
            done.append(step)
        out.append((chain, done))
        before = chain
    return out


def _optimum(document, pending, definitions) -> dict:
    """Where the prose says the steps hold at an optimum ("setting it to zero", "minimises") and
    the document differentiates a quantity it defines (its objective) by single variables: the
    equations ∂F/∂v = 0 for each such v, as `∂J/∂m = 0` written out would give (``in_force``).
    Only to clear a step (see ``_consequence``): never a reason to refute one."""
    if getattr(document, "optimum", None) is None:
        return {}
    line, words = document.optimum
    defined = {d.target for d in definitions if isinstance(d.target, sympy.Symbol)
               or isinstance(d.target, Indexed) and all(i.is_Integer for i in d.target.indices)}  # L_2
    found: dict = {}
    for _, steps in pending:
        for s in steps:
            for e in (s.lhs, s.rhs):
                for d in (e.atoms(sympy.Derivative) if e is not None else ()):
                    v = d.variables[0] if len(d.variables) == 1 else None
                    if d.expr in defined and (isinstance(v, sympy.Symbol) and not v.is_integer
                                              or isinstance(v, Indexed) and all(i.is_Integer for i in v.indices)
                                              or _family(v)) \
                            and not any(_same_family(v, u) for u in found.get(d.expr, {})):
                        found.setdefault(d.expr, {}).setdefault(v, d)
    if not found:
        return {}
    objective = max(found, key=lambda f: (len(found[f]), str(f)))
    from derive.latex.printer import quantity_latex

    return {v: (d, f"∂{quantity_latex(objective)}/∂{quantity_latex(v)} = 0 (\"{words}\")", line)
            for v, d in sorted(found[objective].items(), key=lambda kv: str(kv[0]))}


def _reaching(optimum: dict, defs) -> dict:
    """The equations of ``optimum`` whose variable the objective's formula in force here uses:
    ∂S/∂c = 0 of a later section's S (a, b and c) says nothing where S is a and b's."""
    return {v: eq for v, eq in optimum.items() if str(head(v)) in reachable((eq[0].expr,), defs)}


def _same_family(v, u) -> bool:
    """w_i and w_j: every entry of one vector, by two letters (∂E/∂w_i = 0 and ∂E/∂\\mathbf{w} = 0
    set the same equations)."""
    return v != u and _family(v) and _family(u) and v.base == u.base


def _forget_family(in_force: dict, unknown) -> None:
    """A new equation for ``unknown`` replaces the one in force for it; an equation for every
    entry of its vector (β_i) and one for a single entry (β_0) replace each other."""
    def whole(u):  # every entry: w_i, or the vector's name alone
        return _family(u) or isinstance(u, sympy.Symbol)

    for u in [u for u in in_force if u == unknown or str(head(u)) == str(head(unknown))
              and (whole(u) or whole(unknown))]:
        in_force.pop(u)


def _remember(in_force: dict, unknown, equation, step, value) -> None:
    """``value = 0`` (the step's side ``value`` set to 0) in force for ``unknown``, as ``equation``."""
    _forget_family(in_force, unknown)
    shown = step.lhs_latex if value is step.lhs else step.rhs_latex
    in_force[unknown] = (equation, _quoted(shown, "0"), step.line)


def _family(v) -> bool:
    """Is ``v`` an entry with a letter for its index (w_i): ∂E/∂w_i = 0 sets every entry's."""
    return isinstance(v, Indexed) and len(v.indices) == 1 and isinstance(v.indices[0], sympy.Symbol) \
        and v.indices[0].is_integer


def _objectives(document, pending) -> frozenset:
    """Expressions the document minimises written out rather than named: where its prose says
    the steps hold at an optimum, an expression E with ``∂E/∂v = 0`` for two variables (both
    normal equations), or with ``∂E/∂v = 0`` where E is also a side of its own (the sum of
    squares stated first, then differentiated)."""
    if getattr(document, "optimum", None) is None:
        return frozenset()
    zeroed: dict = {}
    sides = set()
    for _, steps in pending:
        for s in steps:
            sides.update(e for e in (s.lhs, s.rhs) if e is not None)
            d = s.lhs
            if s.rhs == 0 and isinstance(d, sympy.Derivative) and len(d.variables) == 1 \
                    and not isinstance(d.expr, (sympy.Symbol, Indexed, AppliedUndef)):
                zeroed.setdefault(d.expr, set()).add(d.variables[0])
    return frozenset(e for e, variables in zeroed.items() if len(variables) >= 2 or e in sides)


def _zero_sided(step, chain):
    """``X = 0``, or ``0 = X`` as a formula of its own: X (the side set to 0), else None. Inside a
    chain, ``∂f/∂x = 0 = 10x`` claims 10x is that 0: a link like any other."""
    if step.lhs is None or step.rhs is None or (step.lhs == 0) == (step.rhs == 0):
        return None
    if step.rhs == 0:
        return step.lhs
    return step.rhs if len(chain.sides) == 2 else None


def _valued(step, chain, before, holds):
    """``\\frac{1}{\\lambda}\\sum x_i - n = 0`` on its own, right after a chain that ends
    ``\\frac{\\partial \\ell}{\\partial \\lambda} = … = \\frac{1}{\\lambda}\\sum x_i - n``: the
    derivative whose value the step sets to 0 (∂ℓ/∂λ), or None. Also, by ``holds`` (a check of
    derivative = value), a row ``0 = X`` whose X works that derivative's value out further
    (``∂_{θ_j} RSS = ∂_{θ_j} RSS^{OLS} + ∂_{θ_j} λ‖θ‖₁``, then ``0 = −ρ_j + θ_j z_j + …``)."""
    value = _zero_sided(step, chain)
    if value is None or before is None or len(chain.sides) != 2 or len(before.sides) < 2:
        return None
    first, last = before.sides[0].side, before.sides[-1].side
    if first is None or last is None:
        return None
    d = first.expr
    if not isinstance(d, sympy.Derivative) or len(d.variables) != 1 \
            or not isinstance(d.expr, (sympy.Symbol, Indexed, AppliedUndef)):
        return None
    return d if last.expr == value or holds(d, value) else None


def _set_to_zero(step, chain, in_force: dict, objectives: frozenset, valued=None) -> None:
    """Remember ``∂J/∂a = 0`` (or ``∂J/∂a = −2Σ x(y − ax − b) = 0``, or a value of ∂J/∂a set to 0
    under its chain: ``valued``, see ``_valued``), refuted as an identity, as an equation in force
    that determines a; a later one for the same variable replaces it (another optimum). One
    that could not be evaluated (J defined nowhere) is not remembered."""
    value = _zero_sided(step, chain)
    if value is None:
        return
    if not _objective_derivative(value, chain, objectives) and valued is None:
        return
    first = chain.sides[0].side.expr if chain.sides and chain.sides[0].side is not None else None
    derivative = value if isinstance(value, sympy.Derivative) else valued or first
    if not isinstance(derivative, sympy.Derivative) or len(derivative.variables) != 1:
        return
    unknown = derivative.variables[0]
    _remember(in_force, unknown, value if not value.has(sympy.Derivative) else derivative, step, value)


SET_IN_WORDS = "an equation to solve where the text speaks of an optimum"


def _set_in_words(step, chain, in_force: dict, variables: frozenset) -> None:
    """Remember ``0 = −2Xᵀ(y − Xβ) + 2λβ``, set to 0 where the text says so, as an equation in
    force for the entry of what the document differentiates by that it is written for (β_j),
    as ``∂J/∂β_j = 0`` would be: the rows after it (XᵀXβ + λβ = Xᵀy) hold where it holds."""
    value = _zero_sided(step, chain)
    if value is None:
        return
    free = value.free_symbols
    entries = {str(head(a)) for a in value.atoms(Indexed)}
    found = sorted((a for a in value.atoms(Indexed) if str(head(a)) in variables and _family(a)
                    and a.indices[0] in free), key=str) \
        + sorted((x for x in free if isinstance(x, sympy.Symbol) and not x.is_integer and x.name in variables
                  and x.name not in entries), key=str)
    # 0 = −2Σ(y_i − β̂_0 − β̂_1 x_i), then 0 = −2Σ x_i(…): each row an equation for one more of
    # the estimates (the entries β̂_0, β̂_1 are two unknowns, solved together)
    found += [e for e in sorted(_estimates(value, variables), key=str) if e not in in_force]
    if found:
        _remember(in_force, found[0], value, step, value)


def _zero_in_words(step, chain, before, variables: frozenset):
    """``0 = X`` on its own, X in what the document differentiates by (or in their estimates,
    β̂), where the words before it speak of an optimum ("setting this to zero", "requiring both
    derivatives to vanish"): the words' match, else None."""
    from derive.latex.document import OPTIMUM  # (the reader, loaded where documents are read)

    value = _zero_sided(step, chain)
    if value is None or len(chain.sides) != 2:
        return None
    # (a formula with no words before it goes on from the one before it, and its words)
    words = re.sub(r"\$\$.*?\$\$|\$[^$]*\$", " ", chain.prose or "", flags=re.S)
    said = chain.prose if words.strip() else getattr(before, "prose", "")
    if not (_names(value) & variables or _estimates(value, variables)):
        return None
    return OPTIMUM.search(said or "")


def _new_estimate(step, chain, before, in_force: dict, variables: frozenset) -> bool:
    """Is ``0 = X`` set to 0 in words (``_zero_in_words``) an equation for an estimate (β̂_0) no
    equation in force determines yet?"""
    value = _zero_sided(step, chain)
    return value is not None and bool(_estimates(value, variables) - set(in_force)) \
        and _zero_in_words(step, chain, before, variables) is not None


def _estimates(expr, variables: frozenset) -> set:
    """The estimates in ``expr`` of what the document differentiates by: β̂_1 beside ∂RSS/∂β_1,
    \\hat{\\theta} beside ∂J/∂θ (a name with a hat over one of ``variables``)."""
    out = set()
    labels = {a.base.label for a in expr.atoms(Indexed)}  # (β̂ of β̂_1 is no name of its own)
    for a in expr.free_symbols - labels:
        if estimated(str(head(a))) in variables and not getattr(a, "is_integer", False):
            out.add(a)
    return out


def _solution(step, chain, k: int, stated: dict) -> None:
    """Remember ``b = \\bar{y} - m \\bar{x}`` (a value for a variable the document differentiates
    by, not refuted by the equations above it) as an equation in force: the steps after it that
    put it in (``L = Σ(y_i − m x_i − (ȳ − m x̄))²``) hold where it holds, which is their claim."""
    if not getattr(chain, "solves", False) or k != 1 or step.rhs is None \
            or not isinstance(step.lhs, (sympy.Symbol, Indexed)) or step.rhs.has(step.lhs):
        return
    stated.pop(step.lhs, None)
    stated[step.lhs] = (step.lhs - step.rhs, _quoted(step.lhs_latex, step.rhs_latex), step.line)


def _quoted(lhs: str, rhs: str) -> str:
    """``lhs = rhs`` as a message quotes it: on one line, without ``\\displaystyle`` (a fraction
    written over six rows of its display reads as one)."""
    return " ".join(re.sub(r"\\displaystyle(?![A-Za-z])", " ", f"{lhs} = {rhs}").split())


_DECIMAL = re.compile(r"\s*-?\s*\d*\.(\d+)\s*")


_WRITTEN_NUMBERS = re.compile(r"\s*\\begin\{([bpv]?matrix)\}(?P<cells>.*?)\\end\{\1\}\s*[.,]?\s*", re.S)
_NUMBER_CELL = re.compile(r"\s*-?\s*\d*\.?\d+\s*")


def _rounded(step) -> Outcome | None:
    """``\\frac{1}{2}(0.99 - 0.7830)^2 = 0.0214``: arithmetic whose result is written to a few
    decimals. Equal to those decimals (rounded or cut), it holds as a worked example means it:
    ambiguous, naming that reading, never refuted; off by more, it stays refuted. So does a
    vector or matrix worked out to numbers written so, entry by entry (held-out 281)."""
    if step.lhs is None or step.rhs is None:
        return None
    indices = step.lhs.free_symbols | step.rhs.free_symbols
    if indices:
        return _rounded_entries(step, indices)
    for value, text, other in ((step.rhs, step.rhs_latex, step.lhs), (step.lhs, step.lhs_latex, step.rhs)):
        m = _DECIMAL.fullmatch(text)
        if m is None:
            continue
        places = len(m.group(1))
        try:
            exact = sympy.N(other, 30)
        except Exception:  # nothing to compare with: the step keeps its verdict
            return None
        if not exact.is_real or abs(exact - value) >= sympy.Rational(1, 10 ** places):
            return None
        return Outcome(Verdict.AMBIGUOUS, f"holds with `{text.strip()}` read as rounded to {places} "
                       f"decimal place{'s' if places > 1 else ''} (exactly it is {float(exact):.12g}); "
                       f"as an exact equality it fails")
    return None


def _rounded_entries(step, indices) -> Outcome | None:
    """``_rounded`` for a side written as a matrix of numbers (``\\begin{bmatrix} 0.4291 & …``)
    beside numbers worked out: every entry, at every value of the open indices (up to the written
    matrix's larger size), within the written decimals of the other side's."""
    if not all(isinstance(i, sympy.Symbol) and i.is_integer for i in indices) or len(indices) > 2:
        return None
    for text in (step.rhs_latex, step.lhs_latex):
        m = _WRITTEN_NUMBERS.fullmatch(text or "")
        if m is None:
            continue
        rows = [r.split("&") for r in re.split(r"\\\\", m.group("cells")) if r.strip()]
        cells = [c for r in rows for c in r]
        if not cells or not all(_NUMBER_CELL.fullmatch(c) for c in cells):
            return None
        decimals = [len(c.split(".")[1].strip()) for c in cells if "." in c]
        if not decimals:
            return None
        places = min(decimals)
        size = max(len(rows), max(len(r) for r in rows))
        order = sorted(indices, key=str)
        try:
            for values in itertools.product(range(1, size + 1), repeat=len(order)):
                at = dict(zip(order, values, strict=True))
                gap = (step.lhs - step.rhs).xreplace(at).doit()
                gap = gap if gap.is_Rational else sympy.N(gap, 30)  # (0.1 − 0.2 exactly: not within)
                if not gap.is_real or abs(gap) >= sympy.Rational(1, 10 ** places):
                    return None
        except Exception:  # nothing to compare with: the step keeps its verdict
            return None
        return Outcome(Verdict.AMBIGUOUS, f"holds with the numbers of `{' '.join(text.split())}` read as rounded to "
                       f"{places} decimal place{'s' if places > 1 else ''}, entry by entry; as an exact "
                       f"equality it fails")
    return None


# prose that says the formulas after it are about one sample: "for one sample $i$", "for a
# single training example"
_ONE_SAMPLE = re.compile(r"\b(?:for|of|on)\s+(?:one|a single|a|each|the\s+i-?th)\s+(?:training\s+)?"
                         r"(?:sample|example|observation|data\s*point|instance)\b[^.]*$")
# what ends it: a heading, or the prose speaking of all samples again ("over all examples")
_ALL_SAMPLES = re.compile(r"(?m)^\s*#|\\(?:sub)*section\b|\b(?:over|for|of) (?:all|every|the whole|the entire)\b")


def _one_sample(step, chain, defs, timeout, isolate, parameters, domains, mentioned,
                said: bool) -> Outcome | None:
    """``\\frac{\\partial \\ell}{\\partial w_j} = (y_i − σ(z_i)) x_{ij}`` with ℓ = Σ_i …: the
    right side is about sample i, so ℓ there is the i-th term of its sum (one sample's loss).
    A step may also write that sample's names without their index (``(ŷ − y) x`` for ŷ_i, y_i,
    x_i). The sum's factors stay (−1/m Σ_i ℓ_i gives −ℓ_i/m, or −ℓ_i for a data set of one
    sample): a sign is never dropped. Where the prose before the formula says so ("for one
    sample", ``said``: here or for the formulas before this one in its section), the step
    is judged with that reading; elsewhere a step that holds only so is ambiguous. Never a
    refutation."""
    if step.lhs is None or step.rhs is None:
        return None
    symbols = {x for e in (step.lhs, step.rhs) for x in e.free_symbols if isinstance(x, sympy.Symbol)}
    free = {x for x in symbols if x.is_integer and x.name in SAMPLE_INDEX_LETTERS}
    differentiated = {str(head(d.expr)) for e in (step.lhs, step.rhs) for d in e.atoms(sympy.Derivative)
                      if isinstance(d.expr, (sympy.Symbol, AppliedUndef))}
    if len(free) > 1 or not differentiated:
        return None
    plain = {x.name: x for x in _through_definitions(symbols, defs)
             if not x.is_integer and x.name not in differentiated}
    for d in defs:
        if str(head(d.target)) not in differentiated:
            continue
        given = d
        if d.body.has(sympy.Product):  # log ∏_i p_i, a log-likelihood: Σ_i log p_i
            d = replace(d, body=d.body.replace(
                lambda e: isinstance(e, sympy.log) and isinstance(e.args[0], sympy.Product),
                lambda e: sympy.Sum(sympy.log(e.args[0].function), *e.args[0].limits)))
        sums = [t for t in sympy.Add.make_args(d.body) if t.has(sympy.Sum)]
        if len(sums) != 1:
            continue
        found = [x for x in sums[0].atoms(sympy.Sum) if len(x.limits) == 1]
        found = [x for x in found if not any(y != x and y.has(x) for y in found)]  # Σ_i of Σ_k w_k x_ik
        if len(found) != 1:
            continue
        (k, _, count), = found[0].limits
        if free:
            (i,) = free
            if i in d.body.free_symbols:
                continue
            term = found[0].function.xreplace({k: i})
        else:  # (ŷ − y) x: the names of sample k written without their index
            if k.name not in SAMPLE_INDEX_LETTERS:
                continue
            term = _entries_expanded(found[0].function, k, defs)
            entries = {e: plain[str(e.base.label)] for e in term.atoms(Indexed)
                       if e.indices == (k,) and str(e.base.label) in plain}
            term = term.xreplace(entries)
            if not entries or k in term.free_symbols:
                continue
            i = sorted(entries.items(), key=str)
        whole = d.body.xreplace({found[0]: term})
        # a data set of one sample: the mean's count is 1 (−1/m Σ_i ℓ_i is −ℓ_i)
        counts = {count} | {f.base for f in sympy.Mul.make_args(sums[0])
                            if f.is_Pow and f.exp == -1 and isinstance(f.base, sympy.Symbol)
                            and f.base.name in SIZE_LETTERS}
        readings = [whole]
        if said and any(isinstance(c, sympy.Symbol) and c in whole.free_symbols for c in counts):
            # only where the text says the formula is one sample's: else ∂L/∂x_l^{(i)} without
            # the mean's 1/m would hold "for a data set of one sample"
            readings.append(whole.xreplace({c: sympy.Integer(1) for c in counts if isinstance(c, sympy.Symbol)}))
        for body in readings:
            one = tuple(x for x in defs if x is not given) + (replace(d, body=body),)
            other = _again(step, one, chain, timeout, isolate, parameters, domains, mentioned)
            if other.verdict.holds:
                break
        else:
            continue
        from derive.latex.printer import course_latex

        name = course_latex(d.target)
        sample = f"sample {i}" if not isinstance(i, list) else "one sample (" + ", ".join(
            f"{course_latex(v)} for {course_latex(e)}" for e, v in i[:3]) + ")"
        if said:
            return replace(other, detail=f"{other.detail}, with `{name}` the term of {sample} "
                                         f"(the text says the formula is for one sample)")
        return Outcome(Verdict.AMBIGUOUS, f"holds if `{name}` here is the term of {sample} of its "
                       f"sum (one sample's), fails for the whole sum (line {d.line})")
    return None


def _as_gradient(step, chain, defs, timeout, isolate, parameters, domains, mentioned,
                 settled: bool = False) -> Outcome | None:
    """``∂z/∂w = x`` with ``z = wᵀx + b``: the definitions hold w's and x's entries, so ∂z/∂w is the
    gradient, read entry by entry (∂z/∂w_j), and x beside it the vector, x_j. A step that fails
    with x a number and holds so is judged so. ``settled``: the step has no other reading (x⁽ⁱ⁾ as
    one number beside its entries x_k⁽ⁱ⁾ is two quantities under one name), so a step that fails
    so is refuted."""
    if step.lhs is None or step.rhs is None:
        return None
    sides = (step.lhs, step.rhs)
    bodies = [d.body for d in _used(sides, defs)]
    entries = {str(a.base.label) for b in bodies for a in b.atoms(Indexed) if len(a.indices) == 1}
    entries = {n for n in entries if not any(occurs_bare(b, scalar(n)) for b in bodies)}

    def by(e) -> set:
        return {v.name for dv in e.atoms(sympy.Derivative) for v in dv.variables
                if isinstance(v, sympy.Symbol) and v.name in entries}

    if not any(by(e) for e in sides):
        return None
    from derive.latex.arrays import ROW

    swap = {x: base(x.name)[ROW] for e in sides if not by(e) for x in e.free_symbols
            if isinstance(x, sympy.Symbol) and not x.is_integer and x.name in entries and occurs_bare(e, x)}
    # x^{(i)} where the definitions write x_k^{(i)}: sample i's vector
    sampled = {str(a.base.label) for b in bodies for a in b.atoms(Indexed)
               if len(a.indices) == 2 and str(a.indices[0])[:1] in SAMPLE_INDEX_LETTERS}
    swap.update({x: x.base[x.indices[0], ROW] for e in sides if not by(e) for x in e.atoms(Indexed)
                 if len(x.indices) == 1 and str(x.base.label) in sampled
                 and str(x.indices[0])[:1] in SAMPLE_INDEX_LETTERS})
    if not swap:
        return None
    read = replace(step, lhs=step.lhs.xreplace(swap), rhs=step.rhs.xreplace(swap))
    other = _again(read, defs, chain, timeout, isolate, parameters, domains, mentioned)
    if not other.verdict.holds and not (settled and other.verdict is Verdict.REFUTED):
        return None
    from derive.latex.printer import point_latex

    names = ", ".join(f"`{point_latex(x.name)}`" if isinstance(x, sympy.Symbol)
                      else f"`{point_latex(str(x.base.label))}^{{({x.indices[0]})}}`" for x in sorted(swap, key=str))
    return replace(other, detail=f"{other.detail}, with {names} the vector the definitions write entry "
                                 f"by entry (a derivative by a vector is the gradient, one entry at a time)")


def _sample_unwritten(step, chain, defs, timeout, isolate, parameters, domains, mentioned) -> Outcome | None:
    """``∂f/∂w_j = x_j^{(i)} f(x^{(i)})(1 − f(x^{(i)}))`` with f written in ``w · x``: the step is
    about sample i and writes its input bare elsewhere (x for x⁽ⁱ⁾, x_j for x_j⁽ⁱ⁾). A failing step
    that holds with the bare name read as sample i's is ambiguous; never a proof (the document
    also writes x alone)."""
    if step.lhs is None or step.rhs is None:
        return None
    sides = (step.lhs, step.rhs)
    free = {x for e in sides for x in e.free_symbols
            if isinstance(x, sympy.Symbol) and x.is_integer and x.name in SAMPLE_INDEX_LETTERS}
    if len(free) != 1:
        return None
    (i,) = free
    used = _used(sides, defs)
    exprs = [*sides, *(d.body for d in used)]
    atoms = {a for e in exprs for a in e.atoms(Indexed)}
    # the quantities the step writes for sample i: x[i] (a number per sample), x[i, j] (an entry)
    sampled = {(str(a.base.label), len(a.indices)) for a in atoms if a.indices[0] == i and len(a.indices) <= 2}
    swap: dict = {}
    for a in atoms:
        name = str(a.base.label)
        if len(a.indices) == 1 and a.indices[0] != i and (name, 2) in sampled \
                and str(a.indices[0])[:1] not in SAMPLE_INDEX_LETTERS:
            swap[a] = a.base[i, a.indices[0]]  # x_j for x_j^{(i)}
    for e in exprs:
        for x in e.free_symbols:
            if isinstance(x, sympy.Symbol) and not x.is_integer and (x.name, 1) in sampled:
                swap[x] = base(x.name)[i]  # x for x^{(i)}
    if not swap:
        return None
    bare = sorted({str(k.base.label) if isinstance(k, Indexed) else k.name for k in swap})
    one = tuple(replace(d, body=d.body.xreplace(swap)) if d in used else d for d in defs)
    read = replace(step, lhs=step.lhs.xreplace(swap), rhs=step.rhs.xreplace(swap))
    other = _again(read, one, chain, timeout, isolate, parameters, domains, mentioned)
    if not other.verdict.holds:
        return None
    from derive.latex.printer import point_latex

    alone = ", ".join(f"`{point_latex(n)}`" for n in bare)
    own = ", ".join(f"`{point_latex(n)}^{{({i})}}`" for n in bare)
    return Outcome(Verdict.AMBIGUOUS, f"holds if {alone} written alone {'is' if len(bare) == 1 else 'are'} "
                   f"sample {i}'s {own}, as the step writes elsewhere; fails as written")


def _in_case(step, outcome, defs, chain, timeout, isolate, parameters, domains, mentioned) -> Outcome:
    """A refuted step after "Case $j = k$:" in an earlier paragraph: where the text says how far
    that case reaches is a reading (its paragraph, or on to the next case). If the step holds
    in the case it is ambiguous, with that reading; never proved by it."""
    condition, latex, line = chain.case
    return _holds_where(step, outcome, defs, chain, condition, latex, timeout, isolate, parameters, domains,
                        mentioned, f"holds where {latex}, the case line {line} opens, if it reaches this "
                                   f"formula; as written, for any values")


def _holds_where(step, outcome, defs, chain, condition, latex, timeout, isolate, parameters, domains,
                 mentioned, reading: str) -> Outcome:
    """A refuted step checked again under ``condition`` (its LaTeX ``latex``): ambiguous where it
    holds so, the ``reading`` said before the refutation; the refutation where it fails there too."""
    again = _again(step, defs, replace(chain, condition=condition, condition_latex=latex), timeout, isolate,
                   parameters, domains, mentioned)
    if not again.verdict.holds:
        return outcome
    return replace(outcome, verdict=Verdict.AMBIGUOUS, seconds=outcome.seconds + again.seconds,
                   detail=f"{reading}: {outcome.detail}")


def _hot_at(step, outcome, defs, chain, timeout, isolate, parameters, domains, mentioned) -> Outcome:
    """``-\\sum_i p_i \\log q_i = -p_k \\log q_k`` with p one-hot and k written nowhere as the true
    class: it holds where p's 1 is at k, a reading the document leaves to the reader (as "$k$ is
    the true class" would state it). Ambiguous when it holds so, naming the reading; refuted as
    before when it fails there too, and where the step differentiates by an entry at k (∂L/∂z_k
    is about every class k, so holding for the true one only is the slip)."""
    hot = sorted(name for name, d in (domains or {}).items() if d and d[0] == "onehot")
    if not hot or step.lhs is None or step.rhs is None:
        return outcome
    free = step.lhs.free_symbols | step.rhs.free_symbols
    entries = sorted({a for e in (step.lhs, step.rhs) for a in e.atoms(Indexed)
                      if str(a.base.label) in hot and len(a.indices) == 1 and a.indices[0] in free
                      and isinstance(a.indices[0], sympy.Symbol)}, key=str)
    if not entries:
        # H = -\log q_k with H = -Σ_i p_i \log q_i: the label is reached through a definition, and
        # the step's one free index is where its 1 would be
        reached = [name for name in hot if name in reachable((step.lhs, step.rhs), defs)]
        sizes = {x for e in (step.lhs, step.rhs, *(d.body for d in defs))
                 for total in e.atoms(sympy.Sum) for _, _, top in total.limits for x in top.free_symbols}
        letters = sorted((x for x in free - sizes if isinstance(x, sympy.Symbol) and x.is_integer), key=str)
        if len(reached) == 1 and len(letters) == 1:
            entries = [base(reached[0])[letters[0]]]
    if len(entries) != 1:
        return outcome
    entry = entries[0]
    if any(entry.indices[0] in v.free_symbols for e in (step.lhs, step.rhs)
           for d in e.atoms(sympy.Derivative) for v in d.variables):
        return outcome  # ∂L/∂z_k: k is every class there, not the true one
    from derive.latex.printer import quantity_latex

    shown = f"{quantity_latex(entry)} = 1"
    return _holds_where(step, outcome, defs, chain, sympy.Eq(entry, 1), shown, timeout, isolate, parameters,
                        domains, mentioned, f"holds where {shown}, the one-hot label's 1 at "
                                            f"`{quantity_latex(entry.indices[0])}` (the true class), which the "
                                            f"document does not say; as written, for any class")


def _repeated_summed(step, chain, defs, timeout, isolate, parameters, domains, mentioned) -> Outcome | None:
    """``δ_{pk} δ_{jl} x_j = δ_{pk} x_l``: an index written twice in one product of one side and
    nowhere on the other is summed over, by the summation convention of tensor-style notes. A
    step that holds only so is ambiguous, naming the reading; one that fails so stays refuted."""
    if step.lhs is None or step.rhs is None:
        return None
    read, summed = [step.lhs, step.rhs], []
    for s in (0, 1):
        other = read[1 - s].free_symbols
        terms = []
        for term in sympy.Add.make_args(read[s]):
            holders = term.atoms(Indexed, sympy.KroneckerDelta)
            twice = sorted((j for j in term.free_symbols if isinstance(j, sympy.Symbol) and j.is_integer
                            and j not in other and sum(j in a.free_symbols for a in holders) >= 2), key=str)
            for j in twice:
                term = sympy.Sum(term, (j, 1, bound_of(j)))
            summed += [(j, s) for j in twice]
            terms.append(term)
        read[s] = sympy.Add(*terms)
    if not summed:
        return None
    outcome = _again(replace(step, lhs=read[0], rhs=read[1]), defs, chain, timeout, isolate, parameters,
                     domains, mentioned)
    if not outcome.verdict.holds:
        return None
    from derive.latex.printer import quantity_latex

    names = sorted({f"`{quantity_latex(j)}`" for j, _ in summed})
    are = "is" if len(names) == 1 else "are"
    return Outcome(Verdict.AMBIGUOUS, f"holds if {', '.join(names)}, written twice in one product and nowhere "
                   f"on the other side, {are} summed over (the summation convention); as written, without a "
                   f"sum, it fails")


def _again(step, defs, chain, timeout, isolate, parameters, domains, mentioned) -> Outcome:
    """``step`` (or another reading of it) checked with ``defs`` under its chain's condition: the
    first check of every step, and how each reading asks whether a step holds another way."""
    return check_step(step, defs, timeout=timeout, isolate=isolate, parameters=parameters, domains=domains,
                      condition=getattr(chain, "condition", None), mentioned=mentioned)


def _used(sides, defs) -> list:
    """The definitions the sides reach, through one another."""
    reach = reachable(sides, defs)
    return [d for d in defs if str(head(d.target)) in reach]


def _through_definitions(symbols: set, defs) -> set:
    """``symbols`` and the names the definitions of them use, to the end (ŷ = σ(w x + b) uses x)."""
    out, todo = set(symbols), list(symbols)
    while todo:
        name = todo.pop()
        for d in defs:
            if d.target == name:
                new = {x for x in d.body.free_symbols if isinstance(x, sympy.Symbol)} - out
                out |= new
                todo.extend(new)
    return out


def _entries_expanded(term, k, defs):
    """``term`` with each entry of sample ``k`` that has a definition of its own (BCE_i = −[…]) put
    in by that definition, once."""
    out = {}
    for e in term.atoms(Indexed):
        if e.indices != (k,):
            continue
        for d in defs:
            if isinstance(d.target, Indexed) and d.target.base == e.base and len(d.target.indices) == 1 \
                    and isinstance(d.target.indices[0], sympy.Symbol):
                out[e] = d.body.xreplace({d.target.indices[0]: k})
                break
    return term.xreplace(out)


def _supplied(step) -> Outcome | None:
    """``e_i' = \\frac{\\partial \\exp(x_i)}{\\partial x_i}``: one side is a function written without
    its argument, which the reader supplied (e_i′(t)) and the other side does not have — so a
    refutation rests on that guess: undecided, not refuted. Where both sides have it (σ' =
    σ(1 + σ)), the refutation stands."""
    for side, text, other in ((step.lhs, step.lhs_latex, step.rhs), (step.rhs, step.rhs_latex, step.lhs)):
        if any(isinstance(x, sympy.Symbol) and x.name == SUPPLIED_ARGUMENT and x not in other.free_symbols
               and not re.search(rf"(?<![A-Za-z\\]){x.name}(?![A-Za-z])", text) for x in side.free_symbols):
            return Outcome(Verdict.UNDECIDED, f"cannot check: `{text.strip()}` is a function written without "
                           f"its argument, and the other side does not show what it is a function of")
    return None


# a worked example's arithmetic: decimals (0.609 − 0.01), or numbers with an operator between them
_ARITHMETIC = re.compile(r"\d\.\d|" + ARITHMETIC.pattern)


def _worked_value(step, implied: bool = False) -> Outcome | None:
    """``\\frac{\\partial L}{\\partial a_2} = 0.609 - 0.01``, ``= 2 \\cdot (0 - 5) \\cdot 5``: a formula
    equal to a number written with decimals or as arithmetic is a worked example's value, at
    values of its names the document gives in a table, a figure or the prose, not in a formula:
    undecided, not refuted (no formula says what they are)."""
    if step.lhs is None or step.rhs is None:
        return None
    for value, text, other in ((step.rhs, step.rhs_latex, step.lhs), (step.lhs, step.lhs_latex, step.rhs)):
        if value.free_symbols or not other.free_symbols or not _ARITHMETIC.search(text) \
                or implied and not ARITHMETIC.search(text):
            continue  # (after ⇒, a decimal alone may be what an equation solved gives)
        from derive.latex.printer import course_latex

        entries = other.atoms(Indexed)
        bases = {str(x.base.label) for x in entries}
        atoms = sorted(entries | {x for x in other.free_symbols if isinstance(x, sympy.Symbol)
                                  and not x.is_integer and x.name not in bases}, key=str)
        names = ", ".join(f"`{course_latex(x)}`" for x in atoms[:4])
        return Outcome(Verdict.UNDECIDED, f"cannot check: a worked example's value, at values of "
                       f"{names} the example uses and no formula defines")
    return None


def _implied(step, chain, premise, before, defs, timeout, isolate, parameters, domains):
    """A row of an equation being solved, checked where the last such equation of its formula
    holds (or the one just before it, when the row opens with ⇒); None when there is none."""
    if premise is None or not _solving(step, chain):
        return None
    block, in_force, where = premise
    if chain.block != block and not (chain.implied and before is where):
        return None
    return _consequence(step, chain, in_force, defs, timeout, isolate, parameters, domains, clear_only=True)


def _solving(step, chain) -> bool:
    """Is this one equation a row of an equation being solved rather than an identity: opened
    by ⇒, `let`, `then`, or with a constant for a side (``0.5 = σ(z)``, ``z = -\\ln 2``)? Only such
    rows are read as equations that imply the next (an identity with a slip is refuted as one)."""
    return chain.implied or not step.lhs.free_symbols or not step.rhs.free_symbols


def _unknown_of(step, defs):
    """The one unknown of an equation that is no identity (``\\log_e x = y``, ``0.5 = σ(z)``):
    the name that stands alone on one side, or else its only variable; None for anything else.
    The rows after it in its formula, or after ⇒, are equations it implies (``e^y = x``)."""
    if step.lhs is None or step.rhs is None or step.lhs.has(sympy.Derivative) \
            or step.rhs.has(sympy.Derivative):
        return None
    defined = {str(head(d.target)) for d in defs}
    equation = step.lhs - step.rhs
    free = sorted((x for x in equation.free_symbols
                   if isinstance(x, sympy.Symbol) and not x.is_integer and x.name not in defined), key=str)
    alone = [e for e in (step.rhs, step.lhs) if isinstance(e, sympy.Symbol) and e in free]
    if alone:
        return alone[0]
    if equation.atoms(Indexed, AppliedUndef) or len(free) > 1:
        return None
    if free:
        return free[0]
    # 0.5 = σ(z) with z = w_1x_1 + w_2x_2 + b: any variable z depends on is what it fixes
    try:
        equation = expand_definitions(equation, _table(defs))
    except DeriveError:  # a definition that refers to itself fixes nothing
        return None
    leaves = sorted((x for x in equation.free_symbols | equation.atoms(Indexed)
                     if (isinstance(x, sympy.Symbol) and not x.is_integer
                         or isinstance(x, Indexed) and all(i.is_Integer for i in x.indices))
                     and str(head(x)) not in defined), key=str)
    concrete = all(all(i.is_Integer for i in x.indices) for x in equation.atoms(Indexed))
    return leaves[0] if leaves and concrete and not equation.atoms(AppliedUndef) else None


def _spelled(step, defs) -> list:
    """The step's two sides with the definitions put in (as written where they cannot be)."""
    try:
        return [expand_definitions(e, _table(defs)) for e in (step.lhs, step.rhs)]
    except DeriveError:
        return [step.lhs, step.rhs]


def _unread(step, defs, unread) -> Outcome | None:
    """A step that rests on a name whose defining formula could not be read (``L(W, X) = \\prod …``
    with a sum derive refuses): as written that name is any quantity, and no verdict on the step
    means anything; undecided, pointing at the formula."""
    if not unread:
        return None
    spelled = _spelled(step, defs)
    used = _names(*spelled) | {str(f.func) for e in spelled for f in e.atoms(AppliedUndef)}
    found = [(name, line) for name, line in unread if name in used]
    if not found:
        return None
    from derive.latex.printer import point_latex

    name, line = found[0]
    return Outcome(Verdict.UNDECIDED, f"cannot check: the formula that defines `{point_latex(name)}` "
                                      f"(line {line}) could not be read, and the step rests on it")


def _in_words(step, defs, described) -> Outcome | None:
    """A step one side of which uses a name the words describe as a quantity built from others
    (``s_{xy}`` "the sample covariance") and no formula defines: taken as any number it fails, but
    it is the one the words mean; undecided, pointing at the words."""
    if not described:
        return None
    spelled = _spelled(step, defs)
    left, right = (_names(e) for e in spelled)
    defined = {str(head(d.target)) for d in defs}
    found = [(name, line, words) for name, line, words in described
             if (name in left) != (name in right) and name not in defined]
    if not found:
        return None
    from derive.latex.printer import point_latex

    name, line, words = found[0]
    return Outcome(Verdict.UNDECIDED, f"cannot check: `{point_latex(name)}` is only described in words "
                                      f"(\"{words}\", line {line}), no formula says what it is, and one "
                                      f"side rests on it")


def _as_matrix(step, stated: tuple) -> Outcome | None:
    """A step written with a name the document says is a matrix (``\\mathbf{Z}_o`` of size
    (10, m)) that it reads as a vector or a number (Z_o, one entry of a vector Z): what holds for
    that reading says nothing about the matrices the author means (∂L/∂b_o = ∂L/∂Z_o holds for
    one sample, not for a batch), so undecided. Entries by two indices (Z_{ij}) are read as they
    are meant."""
    if not stated or step.lhs is None or step.rhs is None:
        return None
    why = dict(stated)
    for e in (step.lhs, step.rhs):
        labels = {x.base.label for x in e.atoms(Indexed)}
        for x in sorted((*e.atoms(Indexed), *(s for s in e.free_symbols if isinstance(s, sympy.Symbol)
                                              and s not in labels)), key=str):  # the same words every run
            name = str(head(x)) if isinstance(x, Indexed) else x.name
            if name in why and not (isinstance(x, Indexed) and len(x.indices) >= 2):
                from derive.latex.printer import point_latex

                return Outcome(Verdict.UNDECIDED, f"cannot check: the document says `{point_latex(name)}` "
                                                  f"is a matrix ({why[name]}), and this step reads it as a "
                                                  "vector or a number: what holds for that reading says "
                                                  "nothing about the whole matrix")
    return None


def _names(*exprs) -> set[str]:
    """The names of the variables and indexed quantities in ``exprs`` (not bound indices)."""
    out = set()
    for e in exprs:
        out |= {str(head(a)) for a in e.atoms(Indexed)}
        out |= {s.name for s in e.free_symbols if isinstance(s, sympy.Symbol) and not s.is_integer}
    return out


def _consequence(step, chain, in_force: dict, defs, timeout, isolate, parameters,
                 domains, clear_only: bool = False) -> Outcome | None:
    """A step that fails as an identity but follows from the derivatives set to 0 above it (the
    normal equations, a solution for the slope): it holds where they hold, which is what the
    author claims. Only for equations about those unknowns, never for a step of a derivative's
    own working (there a slip can vanish at the optimum), and only to clear a refutation.
    ``clear_only``: with values the document states (b = ȳ − m x̄), which may hold only with x̄
    the mean described in words, a step is cleared where it holds, never refuted."""
    if not in_force or step.lhs.has(sympy.Derivative) or step.rhs.has(sympy.Derivative):
        return None
    first = chain.sides[0].side if chain.sides else None
    if first is None or first.expr.has(sympy.Derivative):
        return None
    unknowns = tuple(in_force)
    if not {str(head(u)) for u in unknowns} & reachable((step.lhs, step.rhs), defs):
        return None  # about none of the unknowns, directly or through a definition (L of b)
    equations = tuple(e for e, *_ in in_force.values())
    if _names(step.lhs, step.rhs) - _names(*equations, *(x for d in defs for x in (d.target, d.body))):
        return None  # x̄ described in words only: nothing ties it to the equations

    seed = int(hashlib.sha256(content_key(step.lhs, step.rhs, *equations, *unknowns).encode())
               .hexdigest()[:16], 16)
    try:
        found = run(_phase_implied, (step.lhs, step.rhs, equations, unknowns, defs, parameters,
                                     seed, domains), timeout, isolate=isolate)
    except Exception:  # no verdict from the equations: the step keeps its own
        return None
    if found is None:
        return None
    where = ", ".join(f"`{latex}` (line {line})" for _, latex, line in in_force.values())
    verb = "holds" if len(in_force) == 1 else "hold"
    if not found.holds:
        if not getattr(chain, "solves", False) or clear_only or any(_family(u) for u in unknowns):
            # maybe an identity with a slip, maybe an equation: refuted as before; and equations
            # for every entry (∂C/∂β_j = 0) may be meant for fewer entries ("take two parameters")
            return None
        # `c = …` for a variable the equations determine: wrong under the author's own equations
        names = _point_names(found.counterexample, (step.lhs, step.rhs, *equations))
        return Outcome(Verdict.REFUTED, f"not an identity, and it does not hold where {where} "
                       f"{verb} either: at their solution, left = "
                       f"{found.lhs_value}, right = {found.rhs_value}",
                       counterexample={n: v for n, _, v in names},
                       counterexample_sympy={s: v for _, s, v in names},
                       lhs_value=found.lhs_value, rhs_value=found.rhs_value)
    if found.zero and step.lhs != 0 and step.rhs != 0:
        return Outcome(Verdict.AMBIGUOUS, f"not an identity; where {where} {verb}, both sides "
                       "are 0, so as an equation it holds there")
    return Outcome(Verdict.CONSISTENT, f"not an identity, but it holds where {where} {verb}: "
                   f"checked at {found.points} points of "
                   f"their solution, to 30+ digits")


MAX_READINGS = 4  # other meanings of names tried for one failing step at most


def _other_meaning(step, outcome, defs, nearby, chain, timeout, isolate, parameters, domains,
                   mentioned):
    """A step that fails where the document gives a name no meaning of its own, but holds with
    the meaning the document gives that name in another paragraph, is ambiguous (a reading the
    document leaves open: `\\hat{y} = f(h)` with f the sigmoid of another example)."""
    if not nearby:
        return None
    local = {str(head(d.target)) for d in getattr(chain, "local", ())}
    reach = reachable((step.lhs, step.rhs), defs)
    tried = 0
    for d in nearby:
        key = str(head(d.target))
        if key not in reach or key in local:
            continue
        tried += 1
        if tried > MAX_READINGS:
            break
        with_it = tuple(x for x in defs if str(head(x.target)) != key) + (d,)
        other = _again(step, with_it, chain, timeout, isolate, parameters, domains, mentioned)
        if other.verdict.holds:
            return _read_as(outcome, [d])
    # several names given anew together (g and h of a quotient rule): one reading, all of them
    together = {str(head(d.target)): d for d in nearby if str(head(d.target)) in reach - local}
    if 1 < len(together) <= MAX_READINGS and len(together) == len([d for d in nearby
                                                                   if str(head(d.target)) in together]):
        with_all = tuple(x for x in defs if str(head(x.target)) not in together) + tuple(together.values())
        if _again(step, with_all, chain, timeout, isolate, parameters, domains, mentioned).verdict.holds:
            return _read_as(outcome, list(together.values()))
    return None


def _read_as(outcome, meanings) -> Outcome:
    many = len(meanings) > 1
    here = (f"fails with the meaning{'s they have' if many else ' it has'} here ({outcome.detail.split(';')[0]})"
            if outcome.verdict is Verdict.REFUTED else f"here {'they have' if many else 'it has'} none")
    given = ", ".join(f"`{d.latex}` (line {d.line})" for d in meanings)
    return Outcome(Verdict.AMBIGUOUS, f"holds if {given}, the meaning{'s' if many else ''} the document gives "
                   f"{'them' if many else 'it'} in another paragraph; {here}")


def _through(step, outcome, defs, chain, timeout, isolate, parameters, domains, mentioned):
    """``h(x) = θx`` and a predictor ``f(x) = θx``, then ``f(h) = h``: the author wrote the
    predictor as a function of the input x, through h (f(h(x)) = θx, so f is the identity).
    A failing step about f applied to h that holds under that reading is ambiguous."""
    used = {a for e in (step.lhs, step.rhs) if e is not None for a in e.atoms(AppliedUndef)}
    for d in defs:
        if not isinstance(d.target, AppliedUndef) or len(d.target.args) != 1:
            continue
        (p,) = d.target.args
        outer = [a for a in used if a.func == d.target.func and a.args != (p,)]
        for g in defs:
            if g is d or not isinstance(g.target, AppliedUndef) or g.target.args != (p,) \
                    or not g.body.free_symbols or isinstance(g.body, sympy.Symbol) \
                    or not any(a.args[0].has(g.target.func) or str(a.args[0]) == str(g.target.func)
                               for a in outer) or not d.body.has(g.body):
                continue
            body = d.body.xreplace({g.body: p})
            if body.has(*g.body.free_symbols - {p}):
                continue
            with_it = tuple(x for x in defs if x is not d) + (replace(d, body=body),)
            other = _again(step, with_it, chain, timeout, isolate, parameters, domains, mentioned)
            if other.verdict.holds:
                inner = g.target.func
                return Outcome(Verdict.AMBIGUOUS,
                               f"holds if `{d.latex}` (line {d.line}) gives {d.target.func} as a "
                               f"function of {p} through {inner} ({d.target.func}({inner}({p})) = "
                               f"…, as `{g.latex}`), fails if it is read literally "
                               f"({outcome.detail.split(';')[0]})")
    return None


# the paragraph before a formula calling a function the sigmoid ("the sigmoid function", "the
# logistic function")
_SIGMOID_WORDS = re.compile(r"\b(?:sigmoid|logistic\s+function)\b")


def _named_in_words(step, outcome, defs, chain, timeout, isolate, parameters, domains, mentioned):
    """``\\phi'(z) = \\phi(z)(1 - \\phi(z))`` after "a property of the sigmoid", with φ defined by
    no formula: refuted for a function φ left general, it holds for the function the words name.
    Ambiguous, naming that reading; never proved on words alone."""
    if outcome.verdict is not Verdict.REFUTED or not _SIGMOID_WORDS.search(getattr(chain, "prose", "") or ""):
        return None
    defined = {str(head(d.target)) for d in defs}
    calls = sorted({f.func for e in (step.lhs, step.rhs) if e is not None for f in e.atoms(AppliedUndef)
                    if len(f.args) == 1 and str(f.func) not in defined}, key=str)
    if len(calls) != 1:
        return None
    (f,) = calls
    from derive.latex.printer import point_latex
    from derive.model.activations import sigmoid

    t = sympy.Symbol("t", real=True)
    reading = Definition(f(t), sigmoid(t), f"{point_latex(str(f))}(t) = \\sigma(t)", step.line)
    if not _again(step, (*defs, reading), chain, timeout, isolate, parameters, domains, mentioned).verdict.holds:
        return None

    return Outcome(Verdict.AMBIGUOUS, f"holds if `{point_latex(str(f))}` is the sigmoid, as the words before "
                                      f"it say (no formula defines it); for another function it fails "
                                      f"({outcome.detail.split(';')[0]})")


def _applied_step(step, functions, around=()):
    if step.lhs is None or step.rhs is None:
        return step
    alt = step.alternative
    if alt is not None:
        alt = (applied(alt[0], functions, around), applied(alt[1], functions, around), alt[2])
    return replace(step, lhs=applied(step.lhs, functions, around),
                   rhs=applied(step.rhs, functions, around), alternative=alt)


def _unsolvable(step, optimum: dict, defs) -> Outcome | None:
    """An equation about the unknowns of an optimum (``\\sum_j A_{ij} w_j = T_i`` where the prose
    says E is minimised) whose equations cannot be solved, because E is built on a function
    defined nowhere (y(x_n, w)): whether it holds there is unknown, so undecided, not refuted."""
    if not optimum or step.lhs.has(sympy.Derivative) or step.rhs.has(sympy.Derivative):
        return None
    if not {str(head(u)) for u in optimum} & _names(step.lhs, step.rhs):
        return None
    defined = {d.target.func for d in defs if isinstance(d.target, AppliedUndef)}
    table = _table(defs)
    for equation, latex, line in optimum.values():
        try:
            spelled = expand_definitions(equation.replace(lambda x: isinstance(x, sympy.Derivative),
                                                          lambda d: d.expr), table)
        except DeriveError:
            continue
        missing = sorted({str(f.func) for f in spelled.atoms(AppliedUndef) if f.func not in defined})
        if missing:
            from derive.latex.printer import point_latex

            unknowns = ", ".join(f"`{point_latex(str(head(u)))}`" for u in optimum)
            return Outcome(Verdict.UNDECIDED, f"cannot check: not an identity; it may hold where "
                           f"{latex} (line {line}) holds, but that cannot be solved for {unknowns}: "
                           f"`{point_latex(missing[0])}` is defined nowhere in the document")
    return None


def sums_to_one(lhs, rhs) -> str | None:
    """The name of a family a step says sums to 1 over its last index (``\\sum_k y_k = 1``,
    ``y_i + \\sum_{k \\neq i} y_k = 1``, ``\\sum_k y_{ik} = 1`` for each sample i), else None."""
    for side, other in ((lhs, rhs), (rhs, lhs)):
        if not isinstance(side, sympy.Expr) or other != 1 or not side.has(sympy.Sum):
            continue
        e = sympy.expand(side)
        if not isinstance(e, sympy.Sum) or len(e.limits) != 1:
            continue
        k, lo, _ = e.limits[0]
        f = e.function
        if isinstance(f, Indexed) and f.indices[-1] == k and lo in (0, 1) \
                and not any(k in i.free_symbols for i in f.indices[:-1]):
            return str(f.base.label)
    return None


def _plain_names(e) -> set:
    """The real names of ``e`` that stand alone (no entry of a family, no index, no function)."""
    return {x.name for x in e.free_symbols if isinstance(x, sympy.Symbol) and not x.is_integer} \
        if e is not None else set()


def _introduced_names(pending, definitions, defined: set) -> dict:
    """Names a step brings in: defined nowhere, never differentiated by, and written first in a
    claim rather than in a definition (``z(x) = \\sqrt{2/π}\\,x(1 + 0.044715x²) = x(a + bx²)``
    gives a and b no value but the step's own). Name -> the line it first appears on."""
    first: dict = {}
    by, given, families = set(), {}, set()
    for chain, steps in pending:
        for s in steps:
            if getattr(chain, "solves", False):  # b = c − m d put in: c and d are the document's
                for name in _plain_names(s.lhs) | _plain_names(s.rhs):
                    given[name] = min(given.get(name, s.line or 0), s.line or 0)
                continue
            for e in (s.lhs, s.rhs):
                if e is None:
                    continue
                for d in e.atoms(sympy.Derivative):  # (∂E/∂w: E is a quantity, w a variable)
                    by |= {str(head(v)) for v in d.variables}
                    if isinstance(d.expr, (sympy.Symbol, Indexed)):
                        by.add(str(head(d.expr)))
                families |= {str(a.base.label) for a in e.atoms(Indexed)}
                for name in _plain_names(e):
                    if s.line is not None and (name not in first or s.line < first[name]):
                        first[name] = s.line
    for d in definitions:
        for name in _plain_names(d.body):
            if name in first and (d.line is None or d.line <= first[name]):
                del first[name]  # a definition uses it first: an input, not the step's own
    for name, line in given.items():
        if name in first and line <= first[name]:
            del first[name]
    return {name: line for name, line in first.items()
            if name not in defined and name not in by and name not in DATA_NAMES and name not in SIZE_LETTERS
            and name not in INDEX_LETTERS and name not in SAMPLE_INDEX_LETTERS
            and ("_" not in name or _word_label(name)) and name not in families}  # (t_n beside t_n in a sum: data)



def _word_label(name: str) -> bool:
    """W_combined, b_{\\text{new}}: a name whose subscript is a word, a name of its own (t_n, x_1 are a
    family's members)."""
    label = name.split("_", 1)[1]
    return len(label) >= 3 and label.isalpha()


def _lone_entries(pending, definitions) -> dict:
    """Entries of a family written nowhere but in one step each, with a number for an index, the
    family in no definition and never with a letter for an index (I_1, I_2, … naming the
    identity matrices of a network's Jacobians): str(entry) -> the entry. A step that rests on one
    says what it is, which nothing else in the document does."""
    lines: dict = {}
    lettered, entries = set(), {}
    for _, steps in pending:
        for s in steps:
            for e in (s.lhs, s.rhs):
                if e is None:
                    continue
                for x in e.atoms(Indexed):
                    base = str(x.base.label)
                    if all(i.is_Integer for i in x.indices):
                        lines.setdefault(str(x), set()).add(s.line)
                        entries.setdefault(base, {})[str(x)] = x
                    else:
                        lettered.add(base)
                for d in e.atoms(sympy.Derivative):
                    lettered |= {str(v.base.label) for v in d.variables if isinstance(v, Indexed)}
    defined = {str(x.base.label) for d in definitions for e in (d.target, d.body) for x in e.atoms(Indexed)}
    # … nor written whole (ŷ defined as one number, then ŷ_0: _meant says why that is undecided)
    every = [e for _, steps in pending for s in steps for e in (s.lhs, s.rhs) if e is not None] \
        + [e for d in definitions for e in (d.target, d.body)]
    whole = {x.name for e in every for x in e.free_symbols if isinstance(x, sympy.Symbol) and occurs_bare(e, x)}
    return {key: x for base, found in entries.items() if base not in lettered | defined | whole
            for key, x in found.items() if len(lines[key]) == 1}


def _lone_entry(step, lone: dict) -> Outcome | None:
    """A refuted step one side of which holds an entry written in this step only (see
    ``_lone_entries``)."""
    if not lone or step.lhs is None or step.rhs is None or not step.lhs.free_symbols or not step.rhs.free_symbols:
        return None  # (β_0² + β_1² = 1: an equation in them, a constraint)
    left, right = ({str(x) for x in e.atoms(Indexed)} for e in (step.lhs, step.rhs))
    found = sorted((left ^ right) & set(lone))  # on one side only (ŷ_1 = σ(−ŷ_1) is an equation in it)
    if not found:
        return None
    from derive.latex.printer import quantity_latex

    names = ", ".join(f"`{quantity_latex(lone[k])}`" for k in found)
    return Outcome(Verdict.UNDECIDED, f"cannot check: {names} {'is' if len(found) == 1 else 'are'} written in "
                                      f"this step only and defined nowhere: whether the step holds depends "
                                      f"on what {'it stands' if len(found) == 1 else 'they stand'} for")


def _introduced(step, introduced: dict) -> Outcome | None:
    """A refuted step one side of which uses names a step brought in and nothing defines (a and b
    in x(a + bx²)): whether it holds depends on the values that step meant them to have."""
    left, right = _plain_names(step.lhs), _plain_names(step.rhs)
    # on the new side only (∂/∂w λw² = 2w drops λ: refuted), beside what the document has (q² = 4
    # is an equation for q)
    alone = sorted((right - left) & set(introduced))
    if not alone or not right - set(introduced) or not left:
        return None
    from derive.latex.printer import point_latex

    names = ", ".join(f"`{point_latex(n)}`" for n in alone)
    lines = sorted({introduced[n] for n in alone})
    where = f"line{'s' if len(lines) > 1 else ''} {', '.join(str(n) for n in lines)}"
    return Outcome(Verdict.UNDECIDED, f"cannot check: {names} {'is' if len(alone) == 1 else 'are'} defined "
                                      f"nowhere and first written in a step ({where}), not a definition: "
                                      f"whether the step holds depends on the values meant for "
                                      f"{'it' if len(alone) == 1 else 'them'}")


def _one_sided(step, defs, differentiated: frozenset, signed: frozenset) -> Outcome | None:
    """A refuted step one side of which uses a quantity of one sample defined nowhere (σ(z_i)
    where z_i = wᵀx_i is meant and never written), or a quantity written with what it depends on
    and defined nowhere (−ln L(β) = …): whether it holds depends on what that is."""
    alone = one_sided_sample(step.lhs, step.rhs, defs, differentiated, signed)
    if alone is None:
        return None
    from derive.latex.printer import quantity_latex

    return Outcome(Verdict.UNDECIDED, f"cannot check: `{quantity_latex(alone)}` is defined nowhere, and only one side "
                                      f"uses it: whether the step holds depends on what it is")


def _meant(step, defs, written: frozenset) -> Outcome | None:
    """A refuted step that uses an entry of a name no definition gives entry by entry: one the
    document writes with what it depends on (μ_i(w, b), stated in a part of the source the text
    leaves out; E_n(W) beside a definition of the whole E only), a particular quantity a step
    relating it to a formula may hold for; or one of a name the document defines as one number
    (ŷ = Wᵀx read as a number, then ŷ_0, ŷ_1), two quantities under one name, so a difference
    between them refutes nothing. Undecided, not refuted."""
    from derive.latex.printer import point_latex, quantity_latex

    families = {str(d.target.base.label) for d in defs if isinstance(d.target, Indexed)}
    entries = [a for e in (step.lhs, step.rhs) if e is not None for a in sorted(e.atoms(Indexed), key=str)
               if str(a.base.label) not in families]
    for a in entries:
        if str(a.base.label) in written:
            return Outcome(Verdict.UNDECIDED, f"cannot check: `{quantity_latex(a)}` is written with what it "
                                              f"depends on but defined nowhere: whether the step holds "
                                              f"depends on what it is")
    whole = {d.target.name: d for d in defs if isinstance(d.target, sympy.Symbol)}
    for a in entries:
        if (d := whole.get(str(a.base.label))) is not None:
            return Outcome(Verdict.UNDECIDED, f"cannot check: `{quantity_latex(a)}` is an entry of "
                                              f"`{point_latex(str(d.target))}`, which the document defines "
                                              f"as one number (line {d.line}): what its entries are is not said")
    return None


# prose that states an equation as a constraint or a condition ("impose", "with the bound",
# "landing exactly on")
_CONSTRAINT = re.compile(r"\b(?:impos\w*|constrain\w*|bound|subject\s+to|such\s+that|exactly\s+on|lands?\s+on|"
                         r"landing\s+(?:exactly\s+)?on|on\s+the\s+(?:line|plane|boundary|hyperplane|circle)|"
                         r"where(?:ver)?|when(?:ever)?|assum\w*|suppos\w*|given)\b[^.$]{0,60}$")


def _equation(chain, k: int, step, outcome: Outcome, objectives: frozenset, before=None,
              valued=None, variables: frozenset = frozenset()) -> Outcome:
    """A refuted step that is an equation to solve rather than an identity: a value for a
    variable (``a = …`` with a differentiated by elsewhere), or a derivative set to 0 at an
    optimum. Neither holds for every value, so neither is refuted (what follows from derivatives
    set to 0 is checked where they hold: see ``_consequence``)."""
    if getattr(chain, "solves", False) and k == 1:
        return Outcome(Verdict.UNDECIDED, f"gives `{step.lhs_latex}` a value, and the document "
                       "differentiates by it: a solution of equations, not an identity; no "
                       "derivative set to 0 above could check it (none is, or the step uses a "
                       "name defined only in words)")
    value = _zero_sided(step, chain)
    if value is not None and (_objective_derivative(value, chain, objectives) or valued is not None):
        return Outcome(Verdict.UNDECIDED, "sets a derivative to 0: an equation to solve (at an "
                       "optimum), not an identity; "
                       f"as an identity it fails ({outcome.detail.split('; ')[-1]})")
    if (cue := _zero_in_words(step, chain, before, variables)) is not None:
        # "Setting this derivative to zero": `0 = −2Xᵀ(y − Xβ) + 2λβ` with the derivative itself
        # unread (or never written), in what the document differentiates by: an equation to solve
        return Outcome(Verdict.UNDECIDED, f"{SET_IN_WORDS} (\"{cue.group().strip()}\"), not an identity; "
                       f"as an identity it fails ({outcome.detail.split('; ')[-1]})")
    if getattr(chain, "inline", False) and len(chain.sides) == 2 and _CONSTRAINT.search(chain.prose or ""):
        # "impose $\beta_0^2 + \beta_1^2 = 1$", "landing exactly on $y_i w^T x_i = 1$": in running
        # text, a formula of the variables set to a number is a constraint the text states
        for side, other in ((step.lhs, step.rhs), (step.rhs, step.lhs)):
            if not other.free_symbols and not side.atoms(sympy.Derivative) \
                    and any(not x.is_integer for x in side.free_symbols if isinstance(x, sympy.Symbol)):
                return Outcome(Verdict.SKIPPED, "an equation the text states in passing (a constraint "
                               "or a condition), not an identity: it fails for other values")
    return outcome


def _objective_derivative(lhs, chain, objectives: frozenset) -> bool:
    """``∂J/∂m = 0`` or ``∂J/∂m = −2Σ x(y − mx − b) = 0``: the derivative of a named quantity
    set to 0 (an optimum), or of an objective written out (``_objectives``), as opposed to
    ``\frac{∂}{∂θ_j} λ/2 Σ θ_k² = 0``, a claim about what the derivative of an expression is."""
    if isinstance(lhs, sympy.Derivative) and len(lhs.variables) == 1 and lhs.expr in objectives:
        return True

    def quantity(q):  # L, L(w), log L(w), −log P: a named quantity, or its log
        while isinstance(q, (sympy.log, sympy.exp)) or isinstance(q, sympy.Mul) and len(q.args) == 2 \
                and q.args[0].is_number:
            q = q.args[0] if isinstance(q, (sympy.log, sympy.exp)) else q.args[1]
        if isinstance(q, sympy.Sum) and isinstance(q.function, sympy.Pow) and q.function.exp == 2:
            q = q.function.base  # ‖r‖², Σ_k r_k²: a named vector's squared norm
        return isinstance(q, (sympy.Symbol, Indexed, AppliedUndef))

    def named(e):
        return isinstance(e, sympy.Derivative) and quantity(e.expr)

    if named(lhs):
        return True
    first = chain.sides[0].side if chain.sides else None
    if first is None or not named(first.expr):
        return False
    variables = set(first.expr.variables)
    if variables & (lhs.free_symbols | lhs.atoms(Indexed)):
        return True
    # ∂‖r‖²/∂θ_j = Σ_l θ_l (…) − … = 0: the vector's entries under a sum of their own
    return bool({head(v) for v in variables if isinstance(v, Indexed)} & {head(a) for a in lhs.atoms(Indexed)})


def _mentioned(exprs, definitions) -> frozenset:
    """Every name the document uses other than as what it differentiates by, and every variable
    a chain links to what it differentiates (w of ∂z/∂w, with z defined nowhere and differentiated
    by in turn)."""
    names = set()
    every = [*exprs, *(d.body for d in definitions), *(d.target for d in definitions)]
    for e in every:
        bare = e.replace(lambda x: isinstance(x, sympy.Derivative), lambda x: x.expr) \
            if e.has(sympy.Derivative) else e
        names |= {str(head(a)) for a in bare.atoms(sympy.Symbol, Indexed, AppliedUndef)}
    # ∂a/∂z · ∂z/∂w with z defined nowhere: the chain links w to what the document differentiates
    # (a chain rule's innermost variable is often written in no other place)
    derivatives = [d for e in every for d in e.atoms(sympy.Derivative)]
    between = {str(head(v)) for d in derivatives for v in d.variables}
    defined = {str(head(d.target)) for d in definitions}
    names |= {str(head(v)) for d in derivatives if isinstance(d.expr, (sympy.Symbol, Indexed))
              and str(head(d.expr)) in between and str(head(d.expr)) not in defined for v in d.variables}
    return frozenset(names)


def error_steps(document) -> list[Step]:
    """What could not be read outside any chain side (a definition's body, an unclosed block),
    each as an unreadable step at its line."""
    out = []
    for err in document.errors:
        where = f"line {err.line}, column {err.column + 1}" if err.line is not None else ""
        detail = f"{err.reason} ({where})" if where else err.reason
        caret = err.caret()
        out.append(Step(None, None, rule="read", line=err.line,
                        column=err.column + 1 if err.line is not None else None,
                        outcome=Outcome(Verdict.UNREADABLE, detail + (f"\n{caret}" if caret else ""))))
    for line, why in getattr(document, "ignored", ()):
        out.append(Step(None, None, rule="read", line=line, outcome=Outcome(Verdict.SKIPPED, why)))
    return out


def check_document(document, *, timeout: float = DEFAULT_TIMEOUT, isolate: bool = True,
                   budget: float = DOCUMENT_BUDGET, jobs: int | None = None) -> CheckedFile:
    """Verdicts for every step of every chain of a read document, and its reading errors
    (``jobs``: steps checked at once, None for one per core; the verdicts do not depend on it)."""
    steps = [s for _, chain_steps in check_chains(document, timeout=timeout, isolate=isolate,
                                                  budget=budget, jobs=jobs)
             for s in chain_steps]
    steps = sorted(steps + error_steps(document), key=lambda s: s.line or 0)
    derivation = Derivation(title=document.path, steps=tuple(steps),
                            definitions=tuple(sorted(
                                (*document.definitions, *getattr(document, "redefinitions", ())),
                                key=lambda d: d.line or 0)), source=document.path)
    return CheckedFile(document.path, derivation, dict(document.assumptions),
                       tuple(getattr(document, "notes", ())))


MAX_FILE_BYTES = 20 * 1024**2  # a course note is kilobytes; past this we refuse rather than crawl


def read_text(path: str) -> str:
    """The text of a derivation file, or a one-line DeriveError saying why it cannot be read.
    At most the size limit is read, whatever the file claims to be (``/dev/zero`` says 0 bytes)."""
    p = Path(path)
    if not p.exists():
        raise DeriveError(f"{path}: no such file")
    if p.is_dir():
        raise DeriveError(f"{path}: is a directory, not a derivation file")
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DeriveError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) > MAX_FILE_BYTES:
        raise DeriveError(f"{path}: too large to check (the limit is "
                          f"{MAX_FILE_BYTES // 1024**2} MB)")
    if b"\x00" in data[:8192]:
        raise DeriveError(f"{path}: binary data, not a Markdown or LaTeX file")
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as exc:
        raise DeriveError(f"{path}: not UTF-8 text (byte {exc.start})") from exc


def read_path(path: str):
    """Read a Markdown or LaTeX derivation file (or a notebook's Markdown cells) into a Document."""
    from derive.check.sources import read_source
    from derive.latex.document import read_document

    source = read_source(path)
    return read_document(source.text, source.path)


def check_source(source, *, timeout: float = DEFAULT_TIMEOUT, budget: float = DOCUMENT_BUDGET,
                 jobs: int | None = None) -> CheckedFile:
    """Read and check one ``derive.check.sources.Source``: the CheckedFile with its location map."""
    from dataclasses import replace as _replace

    from derive.latex.document import read_document

    document = read_document(source.text, source.path)
    checked = check_document(document, timeout=timeout, budget=budget, jobs=jobs)
    return _replace(checked, cells=source.cells)
