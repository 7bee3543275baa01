"""``derive report``: a model's derivation or a checked document, written as a LaTeX (or Markdown)
report a student can be handed, optionally compiled to PDF with latexmk.

The work is split three ways: this module gathers what a report shows (``model_report``,
``document_report``) and does the I/O (``write``, ``compile_pdf``); ``derive.render.latex`` and
``derive.render.markdown`` only format. ``add_parser`` and ``run`` are the CLI's two hooks.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from derive.errors import DeriveError

LATEXMK_TIMEOUT = 180  # seconds; a report compiles in about one, a hung TeX run must not hang us
LATEXMK = ("latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error")
# pdfTeX stamps the PDF with the build time unless told the epoch: fixed so PDFs are reproducible.
REPRODUCIBLE_ENV = {"SOURCE_DATE_EPOCH": "0", "FORCE_SOURCE_DATE": "1"}
FORMATS = ("tex", "md")


# --------------------------------------------------------------------------- what a report shows


@dataclass(frozen=True)
class CrossRow:
    """One component of the finite-difference check at one seeded point."""

    m: int
    n: int
    point: int  # 1-based number of the point at this (m, n)
    parameter: str  # "w_1", …, "b"
    derived: float
    finite_difference: float
    rel_error: float


@dataclass(frozen=True)
class ModelReport:
    """A model's gradient result (steps with verdicts, closed forms, numeric check) and the rows
    of its cross-check table."""

    name: str
    result: object  # derive.engine.Result
    rows: tuple[CrossRow, ...]


@dataclass(frozen=True)
class DocumentReport:
    """A read document, its chains with checked steps, and the section heading of each chain."""

    name: str
    path: str
    document: object  # derive.latex.document.Document
    chains: tuple  # ((Chain, [Step, …]), …)
    headings: tuple[str | None, ...]  # per chain: the last Markdown/LaTeX heading above it
    title: str = ""  # front matter's title, else the first heading, else the path

    def counts(self) -> dict:
        """Verdict -> how many steps have it."""
        out: dict = {}
        for _, steps in self.chains:
            for s in steps:
                out[s.verdict] = out.get(s.verdict, 0) + 1
        return out

    def lines_by_verdict(self, order) -> dict:
        """For each verdict (in ``order``) that does not hold: the lines of its steps."""
        lines = {v: [s.line for _, steps in self.chains for s in steps if s.verdict is v]
                 for v in order if not v.holds}
        return {v: ls for v, ls in lines.items() if ls}


def model_name(loss: str, activation: str, input_name: str = "linear",
               reduction: str = "mean") -> str:
    """File stem of a model report: ``mse-sigmoid`` (input and reduction only when not default)."""
    parts = [loss, activation]
    if input_name != "linear":
        parts.append(input_name)
    if reduction != "mean":
        parts.append(reduction)
    return "-".join(parts)


def model_report(loss: str, activation: str, input_name: str = "linear",
                 reduction: str = "mean") -> ModelReport:
    """Derive, verify and cross-check a model (SpecError for unknown names or clashing domains)."""
    from derive.engine import gradient
    from derive.model import model

    m = model(loss, activation, input_name, reduction)
    result = gradient(m)
    rows = getattr(result.numeric, "rows", None)
    if rows is None:
        rows = crosscheck_rows(m, result)
    return ModelReport(model_name(loss, activation, input_name, reduction), result, tuple(rows))


def crosscheck_rows(model, result) -> list[CrossRow]:
    """Every (point, parameter) the finite-difference check compares, with both values.

    gradcheck returns only its verdict and worst error; the table needs each comparison, so they
    are recomputed here with gradcheck's own seeded points, step and precision fallback.
    """
    import mpmath

    from derive.check import gradcheck as gc
    from derive.engine.rewrite import YHAT, Z, kinks

    f = model.activation(Z)
    per_sample = gc._concrete(model.loss(gc.Y, f))
    kink_exprs = [gc._concrete(k.xreplace({YHAT: f})) for k in kinks(model.loss(gc.Y, YHAT))]
    kink_exprs += [gc._concrete(k) for k in kinks(f)]
    derived = [gc._concrete(g.xreplace({YHAT: f}))
               for g in (result.dw.per_sample, result.db.per_sample)]
    args = (Z, gc.Y, gc.XJ)
    loss64 = gc._compile(per_sample, (Z, gc.Y), "math")
    der64 = [gc._compile(g, args, "math") for g in derived]
    kink_fns = [gc._compile(k, (Z, gc.Y), "math") for k in kink_exprs]
    rng = random.Random(f"{gc.SEED}/{model.name}")
    rows = []
    for m, n in gc.SIZES:
        for number in range(1, gc.POINTS_PER_SIZE + 1):
            p = gc._draw(rng, model, m, n, kink_fns)
            if p is None:
                return rows
            for comp in range(n + 1):
                err, got, want = gc._component(p, comp, loss64, der64, model, model.reduction,
                                               float, gc.FD_STEP)
                if err > gc.DECIDE or (abs(got) < gc.FLOOR and abs(want) < gc.FLOOR and err > 0):
                    with mpmath.workdps(gc.MP_DIGITS):
                        lo = gc._compile(per_sample, (Z, gc.Y), "mpmath")
                        de = [gc._compile(g, args, "mpmath") for g in derived]
                        err, got, want = gc._component(p, comp, lo, de, model, model.reduction,
                                                       mpmath.mpf, gc.MP_STEP)
                name = f"w_{comp + 1}" if comp < n else "b"
                rows.append(CrossRow(m, n, number, name, float(got), float(want), float(err)))
    return rows


_HEADING = re.compile(r"^(#{1,6})\s+(?P<md>.+?)\s*#*\s*$"
                      r"|^\s*\\(?:sub)*section\*?\{(?P<tex>[^{}]*)\}", re.M)


def _headings(text: str, lines: list[int]) -> tuple[str | None, ...]:
    """For each line number, the last heading at or above it (None before the first)."""
    found = [(text.count("\n", 0, h.start()) + 1, (h.group("md") or h.group("tex")).strip())
             for h in _HEADING.finditer(text)]
    out = []
    for line in lines:
        above = [title for at, title in found if at <= line]
        out.append(above[-1] if above else None)
    return tuple(out)


def document_report(path: str) -> DocumentReport:
    """Read and check one document, keeping its chains apart (DeriveError if it cannot be read)."""
    from derive.check.document import check_chains, read_path, read_text

    text = read_text(path)
    document = read_path(path)
    chains = tuple((chain, tuple(steps)) for chain, steps in check_chains(document))
    headings = _headings(text, [chain.line for chain, _ in chains])
    first = _HEADING.search(text)
    title = (document.assumptions.get("title")
             or (first and (first.group("md") or first.group("tex")).strip()) or path)
    return DocumentReport(Path(path).stem, path, document, chains, headings, title)


# --------------------------------------------------------------------------- output


def render(report, fmt: str = "tex") -> str:
    """The report's text in ``tex`` or ``md``."""
    if fmt == "md":
        from derive.render import markdown as writer
    else:
        from derive.render import latex as writer
    if isinstance(report, ModelReport):
        return writer.model(report)
    return writer.document(report)


def write(report, outdir: str, fmt: str = "tex") -> Path:
    """Write ``NAME.tex`` (or ``NAME.md``) into ``outdir`` and return its path."""
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DeriveError(f"{outdir}: cannot create the output directory ({exc.strerror})") from exc
    target = out / f"{report.name}.{fmt}"
    target.write_text(render(report, fmt), encoding="utf-8")
    return target


def first_tex_error(log: str) -> str:
    """The log's first error (``! …``) with the line it names, as one line."""
    lines = log.splitlines()
    for k, line in enumerate(lines):
        if line.startswith("!"):
            where = next((x.strip() for x in lines[k + 1 : k + 12] if re.match(r"l\.\d+", x)), "")
            return f"{line[1:].strip()}" + (f" (at {where})" if where else "")
    return "no error line in the log"


def compile_pdf(tex: Path) -> tuple[Path, str]:
    """Compile ``NAME.tex`` with latexmk (pdflatex) into ``NAME.pdf`` beside it; return the PDF's
    path and the TeX log. The auxiliary files stay in a scratch directory."""
    exe = shutil.which(LATEXMK[0])
    if exe is None:
        raise DeriveError("--pdf needs latexmk, which is not installed (on Debian/Ubuntu: "
                          "apt-get install latexmk texlive-latex-base texlive-latex-recommended)")
    tex = Path(tex)
    env = {**os.environ, **REPRODUCIBLE_ENV}
    with tempfile.TemporaryDirectory(prefix="derive-report-") as tmp:
        shutil.copy(tex, Path(tmp) / tex.name)
        try:
            subprocess.run([exe, *LATEXMK[1:], tex.name], cwd=tmp, env=env, capture_output=True,
                           timeout=LATEXMK_TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise DeriveError(f"{tex}: latexmk took longer than {LATEXMK_TIMEOUT} s") from exc
        log_path = Path(tmp) / (tex.stem + ".log")
        log = log_path.read_text(encoding="latin-1") if log_path.exists() else ""
        pdf = Path(tmp) / (tex.stem + ".pdf")
        if "\n!" in "\n" + log or not pdf.exists():
            raise DeriveError(f"{tex}: TeX failed: {first_tex_error(log)}")
        target = tex.with_suffix(".pdf")
        shutil.copy(pdf, target)
    return target, log


# --------------------------------------------------------------------------- CLI hooks


def add_parser(subparsers) -> argparse.ArgumentParser:
    """The ``report`` subcommand's parser."""
    p = subparsers.add_parser(
        "report", help="write a LaTeX (or Markdown) report of a model or of checked documents",
        description="Write a report a student can be handed: for documents, every chain as "
                    "written with each step's verdict and the diagnosis of every failing step; "
                    "for a model (--loss/--activation), its definitions, every derivation step "
                    "with rule and verdict, the boxed closed forms and the finite-difference "
                    "cross-check.",
        epilog="examples:\n  derive report derivations/logistic-regression.md -o out --pdf\n"
               "  derive report --loss mse --activation sigmoid -o out --pdf",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help="Markdown or LaTeX derivation files")
    p.add_argument("--loss", help="report a model: a registered loss (see `derive models`)")
    p.add_argument("--activation", help="with --loss: a registered activation")
    p.add_argument("--input", default="linear", help="with --loss: the input (default: linear)")
    p.add_argument("--reduction", default="mean", help="with --loss: mean (default) or sum")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="directory to write into")
    p.add_argument("--pdf", action="store_true", help="also compile NAME.pdf with latexmk")
    p.add_argument("--format", default="tex", choices=FORMATS, help="tex (default) or md")
    return p


def reports_for(args: argparse.Namespace) -> list:
    """The reports a parsed command line asks for (DeriveError for a contradictory one)."""
    is_model = args.loss is not None or args.activation is not None
    if is_model and args.paths:
        raise DeriveError("report takes either PATHs or --loss/--activation, not both")
    if is_model:
        if args.loss is None or args.activation is None:
            raise DeriveError("a model report needs both --loss and --activation")
        return [model_report(args.loss, args.activation, args.input, args.reduction)]
    if not args.paths:
        raise DeriveError("report needs PATHs of derivation files or --loss and --activation")
    return [document_report(p) for p in args.paths]


def run(args: argparse.Namespace) -> int:
    """Write every requested report (and PDF); print the paths written. 0 once all are written."""
    fmt = getattr(args, "format", "tex")
    if args.pdf and fmt != "tex":
        raise DeriveError("--pdf compiles the LaTeX report; it cannot be used with --format md")
    for report in reports_for(args):
        path = write(report, args.output, fmt)
        print(path)
        if args.pdf:
            pdf, _ = compile_pdf(path)
            print(pdf)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry until the CLI lists ``report``: ``python -m derive.report …``."""
    p = argparse.ArgumentParser(prog="derive")
    add_parser(p.add_subparsers(dest="command"))
    args = p.parse_args(["report", *(sys.argv[1:] if argv is None else argv)])
    try:
        return run(args)
    except DeriveError as exc:
        print(f"derive: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
