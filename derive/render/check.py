"""Render checked documents: one line per step for the terminal, one JSON object for machines."""

from __future__ import annotations

import json
from collections.abc import Sequence

from derive.derivation import Verdict
from derive.render.plain import readable, spans

ORDER = ("proved", "consistent", "ambiguous", "skipped", "refuted", "unreadable", "undecided")
COLOURS = {  # ANSI colours, used only when writing to a terminal
    "proved": "32", "consistent": "32", "ambiguous": "33", "skipped": "36",
    "refuted": "31;1", "unreadable": "31;1", "undecided": "35",
}
DEFAULT_ASSUMPTIONS = (
    "all quantities real; m (samples) and n (features) positive integers",
    "sample index i runs 1..m, feature indices j, k, l run 1..n",
    "y and ŷ sampled in (0, 1) for the numeric test, other variables in (-2, 2)",
    "\\log, \\ln and bare log are natural logarithms; \\sigma is the logistic sigmoid",
)


def summary(files) -> dict[str, int]:
    counts = dict.fromkeys(ORDER, 0)
    for f in files:
        for s in f.derivation.steps:
            counts[s.verdict.value] += 1
    return {k: v for k, v in counts.items() if v}


def summary_line(files) -> str:
    counts = summary(files)
    parts = [f"{n} {v}" for v, n in counts.items()] or ["no steps"]
    noun = "file" if len(files) == 1 else "files"
    return ", ".join(parts) + f" in {len(files)} {noun}"


def header(verbose: bool) -> list[str]:
    """What ``--verbose`` prints once, before the first file."""
    if not verbose:
        return []
    return ["assumptions:", *(f"  {a}" for a in DEFAULT_ASSUMPTIONS)]


QUIET_HIDDEN = ("proved", "consistent", "ambiguous", "skipped")  # what --quiet leaves out


def file_lines(f, *, color: bool = False, verbose: bool = False, quiet: bool = False) -> list[str]:
    """``path:line:col  verdict  detail`` per step of one file (``path:cell N:line:col`` in a
    notebook), with what ``--verbose`` adds; ``quiet`` keeps the steps that fail."""
    out = []
    if verbose:
        for key, value in f.assumptions.items():
            out.append(f"  {f.path}: {key}: {value}")
        for d in f.derivation.definitions:
            out.append(f"{f.path}:{d.line}  definition  {d.latex or d.target}")
        out.extend(f"{f.path}  reading: {n}" for n in f.notes)
    for s in f.derivation.steps:
        verdict = s.verdict.value
        if quiet and verdict in QUIET_HIDDEN:
            continue
        shown = f"{verdict:<10}"
        if color:
            shown = f"\x1b[{COLOURS[verdict]}m{shown}\x1b[0m"
        first, *rest = (s.outcome.detail or "").split("\n")
        out.append(f"{f.path}:{f.location(s)}  {shown}  {spans(first)}".rstrip())
        if verbose and s.lhs_latex:
            out.append(f"    {s.lhs_latex}  =  {s.rhs_latex}")
        out.extend(f"    {r}" for r in rest)
        if s.outcome.counterexample:
            out.append("    at " + ", ".join(f"{readable(k)} = {v}"
                                             for k, v in s.outcome.counterexample.items()))
    if f.claims == 0:
        out.append(f"0 claims checked in {f.path}")
    return out


def to_text(files, *, color: bool = False, verbose: bool = False, quiet: bool = False) -> str:
    """``path:line:col  verdict  detail`` per step, then a summary line."""
    out = header(verbose)
    for f in files:
        out += file_lines(f, color=color, verbose=verbose, quiet=quiet)
    out.append(summary_line(files))
    return "\n".join(out)


def json_number(value):
    """A value for JSON: a number when it is one (full precision kept as far as a float can),
    else the text as it was."""
    if value is None:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return value
    if out != out or out in (float("inf"), float("-inf")):
        return str(value)
    return int(out) if str(value).lstrip("-").isdigit() else out


def step_dict(f, s) -> dict:
    """One step for programs: where, both sides, the verdict and its evidence."""
    out = {
        "line": s.line,
        "column": s.column,
        "location": f"{f.path}:{f.location(s)}",
        "lhs": s.lhs_latex,
        "rhs": s.rhs_latex,
        "verdict": s.verdict.value,
        "detail": s.outcome.detail,
        "counterexample": (None if s.outcome.counterexample is None else
                           {k: json_number(v) for k, v in s.outcome.counterexample.items()}),
        "counterexample_sympy": s.outcome.counterexample_sympy,
        "lhs_value": json_number(s.outcome.lhs_value),
        "rhs_value": json_number(s.outcome.rhs_value),
    }
    if f.cells and s.line and 1 <= s.line <= len(f.cells):
        out["cell"], out["cell_line"] = f.cells[s.line - 1]
    return out


def file_dict(f) -> dict:
    """One checked file as a JSON object (``derive.check_text`` returns exactly this)."""
    return {"path": f.path, "claims": f.claims, "notes": list(f.notes),
            "steps": [step_dict(f, s) for s in f.derivation.steps],
            "summary": summary([f])}


def to_json(files, errors=()) -> str:
    """Exactly one JSON object: files with their steps, the verdict counts, and the paths that
    could not be read (``errors``: one line each)."""
    doc = {"files": [file_dict(f) for f in files], "summary": summary(files)}
    if errors:
        doc["errors"] = list(errors)
    return json.dumps(doc, ensure_ascii=False, indent=2)


def exit_status(files: Sequence, *, strict: bool = False) -> int:
    """0 when every step holds, is ambiguous or skipped; 1 when any fails. With ``strict`` an
    ambiguous or skipped step fails too, and so does a file in which no claim was checked."""
    for f in files:
        if strict and f.claims == 0:
            return 1
        for s in f.derivation.steps:
            if s.verdict.fails or (strict and s.verdict in (Verdict.AMBIGUOUS, Verdict.SKIPPED)):
                return 1
    return 0
