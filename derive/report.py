"""``derive report``: a model's derivation or a checked document, written as a LaTeX (or Markdown)
report a student can be handed, optionally compiled to PDF with latexmk.

The work is split three ways: this module gathers what a report shows (``model_report``,
``document_report``) and does the I/O (``write``, ``compile_pdf``); ``derive.render.latex`` and
``derive.render.markdown`` only format. ``run`` is the CLI's hook (its parser is in
``derive.cli``, so other commands never import this module).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from derive.errors import DeriveError

LATEXMK_TIMEOUT = 180  # seconds; a report compiles in about one, a hung TeX run must not hang us
LATEXMK = ("latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape")
# pdfTeX stamps the PDF with the build time unless told the epoch: fixed so PDFs are reproducible.
REPRODUCIBLE_ENV = {"SOURCE_DATE_EPOCH": "0", "FORCE_SOURCE_DATE": "1"}
# kpathsea's paranoid mode: TeX opens no file above its directory, no absolute path, no dot file,
# so even a command that slipped through cannot read /etc/passwd or write outside.
PARANOID_ENV = {"openin_any": "p", "openout_any": "p"}
# TeX's job name: the report's own when plain (the PDF's /ID hashes it), else this fixed one.
JOBNAME = "report"
PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
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
    figure: object = None  # derive.render.figure.Figure: L and |∂L/∂z| against z, or None


@dataclass(frozen=True)
class CompareReport:
    """Two or more models compared (``derive.engine.compare``) and the figure of their curves."""

    name: str
    comparison: object  # derive.engine.compare.Comparison
    figure: object = None


@dataclass(frozen=True)
class DocumentReport:
    """A read document, its chains with checked steps, and the section heading of each chain."""

    name: str
    path: str
    document: object  # derive.latex.document.Document
    chains: tuple  # ((Chain, [Step, …]), …)
    headings: tuple[str | None, ...]  # per chain: the last Markdown/LaTeX heading above it
    title: str = ""  # front matter's title, a .tex's \\title, else the first heading, else the path
    prose: tuple[tuple[str, ...], ...] = ()  # per chain: the author's paragraphs just above it
    tail: tuple[str, ...] = ()  # the paragraphs after the last chain
    tex: bool = False  # the source is LaTeX: its prose is LaTeX text, not Markdown

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
    if not rows:  # the check keeps its comparisons for K classes; for one output, redo them
        rows = crosscheck_rows(m, result)
    from derive.engine.compare import model_curves
    from derive.render.compare import model_figure

    fig = model_figure(m, *model_curves(m, result))
    return ModelReport(model_name(loss, activation, input_name, reduction), result, tuple(rows),
                       fig)


def compare_name(models) -> str:
    """File stem of a comparison: ``compare-mse-sigmoid-bce-sigmoid``."""
    return "-".join(["compare"] + [f"{m.loss.name}-{m.activation.name}" for m in models])


def compare_report(models, notes=()) -> CompareReport:
    from derive.engine.compare import compare
    from derive.render.compare import figure

    c = compare(models, notes=notes)
    return CompareReport(compare_name(models), c, figure(c))


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


_TITLE = re.compile(r"\\title\{([^{}]*)\}")
_DISPLAY_OPEN = re.compile(r"\\begin\{(equation|align|gather|multline|eqnarray|displaymath|math|split)"
                           r"\*?\}|\\\[")
_DISPLAY_CLOSE = re.compile(r"\\end\{(equation|align|gather|multline|eqnarray|displaymath|math|split)"
                            r"\*?\}|\\\]")
_TEX_SKIP = re.compile(r"\s*\\(documentclass|usepackage|begin\{document\}|end\{document\}|maketitle|"
                       r"title|author|date|label|newcommand|renewcommand|def\b)")


def _prose_lines(text: str, tex: bool) -> list[bool]:
    """For each line (0-based), whether it is the author's prose: not front matter, a code
    fence, an HTML comment, a heading, a TeX preamble line or comment, nor inside or on a line of
    displayed mathematics."""
    lines = text.split("\n")
    prose = [False] * len(lines)
    k = 0
    if lines and lines[0].strip() == "---":  # front matter
        k = next((n + 1 for n in range(1, len(lines)) if lines[n].strip() in ("---", "...")), 0)
    fence = comment = display = False
    while k < len(lines):
        line = lines[k]
        stripped = line.strip()
        if not tex and stripped.startswith(("```", "~~~")):
            fence = not fence
        elif fence:
            pass
        elif comment or stripped.startswith("<!--"):
            comment = "-->" not in stripped
        elif display:
            if line.count("$$") % 2 or _DISPLAY_CLOSE.search(line):
                display = False
        elif line.count("$$") % 2 or (_DISPLAY_OPEN.search(line) and not _DISPLAY_CLOSE.search(line)):
            display = True
        elif "$$" in line or _DISPLAY_OPEN.search(line) or _HEADING.match(line):
            pass
        elif tex and (stripped.startswith("%") or _TEX_SKIP.match(line)):
            pass
        else:
            prose[k] = True
        k += 1
    return prose


def _paragraphs(lines: list[str], keep: list[bool], lo: int, hi: int) -> tuple[str, ...]:
    """The prose paragraphs among lines lo..hi-1 (0-based): runs of prose lines joined."""
    out, run = [], []
    for k in range(max(lo, 0), min(hi, len(lines))):
        if keep[k] and lines[k].strip():
            run.append(lines[k].strip())
        elif run:
            out.append(" ".join(run))
            run = []
    if run:
        out.append(" ".join(run))
    return tuple(out)


def _prose(text: str, chains, tex: bool) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]:
    """Per chain, the author's paragraphs between the previous chain (or the top) and it; then
    those after the last chain."""
    lines = text.split("\n")
    keep = _prose_lines(text, tex)
    out, done = [], 0
    for chain, _ in chains:
        start = chain.line - 1
        out.append(_paragraphs(lines, keep, done, start))
        done = max(done, max(side.line for side in chain.sides))
    return tuple(out), _paragraphs(lines, keep, done, len(lines))


def document_report(path: str) -> DocumentReport:
    """Read and check one document, keeping its chains apart (DeriveError if it cannot be read)."""
    from derive.check.document import check_chains, read_path, read_text

    text = read_text(path)
    document = read_path(path)
    chains = tuple((chain, tuple(steps)) for chain, steps in check_chains(document))
    headings = _headings(text, [chain.line for chain, _ in chains])
    tex = Path(path).suffix.lower() == ".tex"
    first = _HEADING.search(text)
    declared = _TITLE.search(text) if tex else None
    title = (document.assumptions.get("title") or (declared and declared.group(1).strip())
             or (first and (first.group("md") or first.group("tex")).strip()) or path)
    prose, tail = _prose(text, chains, tex)
    return DocumentReport(Path(path).stem, path, document, chains, headings, title, prose, tail,
                          tex)


# --------------------------------------------------------------------------- output


def render(report, fmt: str = "tex") -> str:
    """The report's text in ``tex`` or ``md``."""
    if fmt == "md":
        from derive.render import markdown as writer
    else:
        from derive.render import latex as writer
    if isinstance(report, ModelReport):
        return writer.model(report)
    if isinstance(report, CompareReport):
        return writer.comparison(report)
    return writer.document(report)


def attachments(report, fmt: str = "tex") -> dict[str, bytes]:
    """Files written beside a report, by suffix: a Markdown report's figure as ``NAME.png``
    (when matplotlib, the ``plot`` extra, is installed; the report says so otherwise)."""
    from derive.render.figure import can_draw_png, png

    fig = getattr(report, "figure", None)
    if fmt == "md" and fig is not None and can_draw_png():
        return {".png": png(fig)}
    return {}


def generated_line(fmt: str) -> str:
    """The line every report in ``fmt`` (``tex`` or ``md``) starts with, newline included."""
    from derive.render import latex, markdown

    return (markdown if fmt == "md" else latex).GENERATED


def is_generated(path: Path) -> bool:
    """True when ``path`` is a file derive report wrote: a ``.tex`` or ``.md`` whose first line is
    the marker, or a ``.pdf`` beside a ``.tex`` of the same stem that is one."""
    path = Path(path)
    if path.suffix == ".pdf":
        return is_generated(path.with_suffix(".tex"))
    if path.suffix == ".png":
        return is_generated(path.with_suffix(".md"))
    if path.suffix not in (".tex", ".md"):
        return False
    marker = generated_line(path.suffix[1:]).encode("utf-8")
    try:
        with open(path, "rb") as f:
            return f.read(len(marker)) == marker
    except OSError:
        return False


def _same(a, b) -> bool:
    """Whether two paths name the same file (symlinks and hard links followed); False if either
    is missing."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _shown(path) -> str:
    """A path for a one-line message: control characters (a newline in a file name) become '?'."""
    return "".join(c if c.isprintable() else "?" for c in str(path))


def output_names(paths: list[str]) -> list[str]:
    """A distinct file stem per input: its own stem, or, for inputs whose stems are equal (case
    aside, as on case-insensitive file systems), the shortest run of parent folders that tells
    them apart, joined by '-' (``a/intro.md``, ``b/intro.md`` -> ``a-intro``, ``b-intro``).
    DeriveError when a file is given twice or names still clash.

    >>> output_names(["a/intro.md", "b/intro.md", "c/other.md"])
    ['a-intro', 'b-intro', 'other']
    """
    full = [Path(os.path.abspath(p)) for p in paths]
    for i, j in itertools.combinations(range(len(paths)), 2):
        if full[i] == full[j] or _same(full[i], full[j]):
            raise DeriveError(f"{_shown(paths[i])} and {_shown(paths[j])} are the same file; "
                              "give it once")
    names = [p.stem for p in full]
    groups: dict[str, list[int]] = {}
    for k, name in enumerate(names):
        groups.setdefault(name.casefold(), []).append(k)
    for members in (m for m in groups.values() if len(m) > 1):
        folders = {k: full[k].parent.relative_to(full[k].anchor).parts for k in members}
        for depth in range(1, max(map(len, folders.values())) + 1):
            tried = {k: "-".join((*folders[k][-depth:], full[k].stem)) for k in members}
            if len({t.casefold() for t in tried.values()}) == len(members):
                for k, name in tried.items():
                    names[k] = name
                break
    seen: dict[str, int] = {}
    for k, name in enumerate(names):
        first = seen.setdefault(name.casefold(), k)
        if first != k:
            raise DeriveError(f"{_shown(paths[first])} and {_shown(paths[k])} would both be "
                              f"reported as {_shown(name)}; rename one or report them separately")
    return names


def check_outdir(outdir: str) -> None:
    """DeriveError unless ``outdir`` is a directory or can be created (nothing is created)."""
    out = Path(outdir)
    if out.is_dir():
        return
    if os.path.lexists(out):
        raise DeriveError(f"{_shown(outdir)}: exists and is not a directory")
    up = Path(os.path.abspath(out))
    while not os.path.lexists(up):
        up = up.parent
    if not up.is_dir():
        raise DeriveError(f"{_shown(outdir)}: cannot create the output directory "
                          f"({_shown(up)} is not a directory)")
    if not os.access(up, os.W_OK | os.X_OK):
        raise DeriveError(f"{_shown(outdir)}: cannot create the output directory "
                          f"({_shown(up)} is not writable)")


def check_targets(targets: list[Path], inputs: list[str], *, force: bool = False) -> None:
    """DeriveError for the first target that must not be written: one of the inputs (even with
    ``force``), a directory, or an existing file derive report did not write (unless ``force``).
    Called for every target before the first is written, so a refusal writes nothing."""
    if len({str(t) for t in targets}) != len(targets):
        raise DeriveError("two reports would be written to the same file")
    for target in targets:
        for source in inputs:
            if _same(target, source):
                raise DeriveError(f"{_shown(target)}: would be written over the input "
                                  f"{_shown(source)}; derive report never does that, not even "
                                  "with --force (choose another -o DIR)")
        if target.is_dir():
            raise DeriveError(f"{_shown(target)}: is a directory")
        if os.path.lexists(target) and not force and not is_generated(target):
            raise DeriveError(f"{_shown(target)}: exists and was not written by derive report; "
                              "--force writes over it")


def _mkdir(outdir: str) -> None:
    try:
        Path(outdir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DeriveError(f"{_shown(outdir)}: cannot create the output directory "
                          f"({exc.strerror})") from exc


def _put(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a scratch file beside it and a rename: a reader never
    sees half a file, and a symlink at ``target`` is replaced, not written through."""
    fd, scratch = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(scratch, 0o666 & ~umask)
        os.replace(scratch, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(scratch)
        raise DeriveError(f"{_shown(target)}: cannot write ({exc.strerror})") from exc


def _inputs(reports) -> list[str]:
    return [r.path for r in reports if isinstance(r, DocumentReport)]


def write(report, outdir: str, fmt: str = "tex", *, force: bool = False) -> Path:
    """Write ``NAME.tex`` (or ``NAME.md``) into ``outdir`` and return its path. DeriveError, with
    nothing written, when that is the report's input or an existing file derive report did not
    write (``force`` allows the latter)."""
    target = Path(outdir) / f"{report.name}.{fmt}"
    check_outdir(outdir)
    extra = attachments(report, fmt)
    check_targets([target, *(target.with_suffix(k) for k in extra)], _inputs([report]), force=force)
    _mkdir(outdir)
    _put(target, render(report, fmt).encode("utf-8"))
    for suffix, data in extra.items():
        _put(target.with_suffix(suffix), data)
    return target


def first_tex_error(log: str) -> str:
    """The log's first error (``! …``) with the line it names, as one line."""
    lines = log.splitlines()
    for k, line in enumerate(lines):
        if line.startswith("!"):
            where = next((x.strip() for x in lines[k + 1 : k + 12] if re.match(r"l\.\d+", x)), "")
            return f"{line[1:].strip()}" + (f" (at {where})" if where else "")
    return "no error line in the log"


def _latexmk() -> str:
    exe = shutil.which(LATEXMK[0])
    if exe is None:
        raise DeriveError("--pdf needs latexmk, which is not installed (on Debian/Ubuntu: "
                          "apt-get install latexmk texlive-latex-base texlive-latex-recommended)")
    return exe


def _compile(source: bytes, name: str, shown: str) -> tuple[bytes, str]:
    """pdflatex (through latexmk) on ``source`` in a scratch directory: the PDF's bytes and the
    log. TeX runs without shell escape and may open files only in that directory; it sees the
    name ``name`` only when it is plain (on TeX's command line ``^^5c`` is a backslash)."""
    exe = _latexmk()
    job = name if PLAIN_NAME.fullmatch(name) else JOBNAME
    env = {k: v for k, v in os.environ.items() if k != "TEXMFOUTPUT"}  # a place TeX may write
    env.update(REPRODUCIBLE_ENV)
    env.update(PARANOID_ENV)
    with tempfile.TemporaryDirectory(prefix="derive-report-") as tmp:
        (Path(tmp) / f"{job}.tex").write_bytes(source)
        try:
            subprocess.run([exe, *LATEXMK[1:], f"{job}.tex"], cwd=tmp, env=env,
                           capture_output=True, timeout=LATEXMK_TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise DeriveError(f"{shown}: latexmk took longer than {LATEXMK_TIMEOUT} s") from exc
        log_path = Path(tmp) / f"{job}.log"
        log = log_path.read_text(encoding="latin-1") if log_path.exists() else ""
        pdf = Path(tmp) / f"{job}.pdf"
        if "\n!" in "\n" + log or not pdf.exists():
            raise DeriveError(f"{shown}: TeX failed: {first_tex_error(log)}")
        return pdf.read_bytes(), log


def compile_pdf(tex: Path, *, force: bool = False) -> tuple[Path, str]:
    """Compile ``NAME.tex`` with latexmk (pdflatex) into ``NAME.pdf`` beside it; return the PDF's
    path and the TeX log. The auxiliary files stay in a scratch directory. DeriveError, with
    nothing written, when ``NAME.pdf`` exists and ``NAME.tex`` is not a report (unless ``force``)."""
    tex = Path(tex)
    target = tex.with_suffix(".pdf")
    check_targets([target], [str(tex)], force=force)  # a user's PDF is never at stake, tools or not
    _latexmk()
    try:
        source = tex.read_bytes()
    except OSError as exc:
        raise DeriveError(f"{_shown(tex)}: cannot read ({exc.strerror})") from exc
    pdf, log = _compile(source, tex.stem, _shown(tex))
    _put(target, pdf)
    return target, log


# --------------------------------------------------------------------------- CLI hooks


def _names(value) -> list[str]:
    """--loss/--activation as a list: the CLI appends; a caller may pass one name or None."""
    return [value] if isinstance(value, str) else list(value or [])


def _kind(args: argparse.Namespace) -> str:
    """``model``, ``compare`` or ``documents``: what the command line asks for (DeriveError for a
    contradictory one)."""
    losses, activations = _names(args.loss), _names(args.activation)
    if getattr(args, "compare", False):
        if args.paths:
            raise DeriveError("report --compare takes models (--loss, --activation), not PATHs")
        return "compare"
    is_model = bool(losses or activations)
    if is_model and args.paths:
        raise DeriveError("report takes either PATHs or --loss/--activation, not both")
    if is_model and (not losses or not activations):
        raise DeriveError("a model report needs both --loss and --activation")
    if len(losses) > 1 or len(activations) > 1:
        raise DeriveError("a model report takes one --loss and one --activation; to set "
                          "several models side by side, add --compare")
    if not is_model and not args.paths:
        raise DeriveError("report needs PATHs of derivation files or --loss and --activation")
    return "model" if is_model else "documents"


def _models(args: argparse.Namespace):
    from derive.engine.compare import models_from

    return models_from([], _names(args.loss), _names(args.activation), args.input,
                       args.reduction)


def reports_for(args: argparse.Namespace) -> list:
    """The reports a parsed command line asks for (DeriveError for a contradictory one)."""
    kind = _kind(args)
    if kind == "model":
        return [model_report(_names(args.loss)[0], _names(args.activation)[0], args.input,
                             args.reduction)]
    if kind == "compare":
        return [compare_report(*_models(args))]
    return [document_report(p) for p in args.paths]


def run(args: argparse.Namespace) -> int:
    """Write every requested report (and PDF); print the paths written. 0 once all are written.
    Every target is checked, every report made (and compiled) before the first file is written,
    so a refusal or a failure writes nothing."""
    fmt = getattr(args, "format", "tex")
    force = getattr(args, "force", False)
    if args.pdf and fmt != "tex":
        raise DeriveError("--pdf compiles the LaTeX report; it cannot be used with --format md")
    kind = _kind(args)
    if kind == "model":
        names = [model_name(_names(args.loss)[0], _names(args.activation)[0], args.input,
                            args.reduction)]
        inputs = []
    elif kind == "compare":
        names, inputs = [compare_name(_models(args)[0])], []
    else:
        from derive.check.document import read_text

        for path in args.paths:
            read_text(path)  # a missing, binary or unreadable input: its own one-line error
        names, inputs = output_names(args.paths), list(args.paths)
    targets = [Path(args.output) / f"{name}.{fmt}" for name in names]
    pdfs = [t.with_suffix(".pdf") for t in targets] if args.pdf else []
    check_outdir(args.output)
    check_targets(targets + pdfs, inputs, force=force)
    if args.pdf:
        _latexmk()
    reports = reports_for(args)
    texts = [render(r, fmt).encode("utf-8") for r in reports]
    extras = [attachments(r, fmt) for r in reports]
    check_targets(targets + pdfs + [t.with_suffix(k) for t, e in zip(targets, extras, strict=True)
                                    for k in e], inputs, force=force)
    compiled = [_compile(t, name, _shown(target))[0]
                for t, name, target in zip(texts, names, targets, strict=True)] if args.pdf else []
    _mkdir(args.output)
    for k, target in enumerate(targets):
        _put(target, texts[k])
        print(target)
        for suffix, data in extras[k].items():
            _put(target.with_suffix(suffix), data)
            print(target.with_suffix(suffix))
        if args.pdf:
            _put(pdfs[k], compiled[k])
            print(pdfs[k])
    return 0
