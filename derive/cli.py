"""The ``derive`` command. Only this module prints and chooses exit codes.

Each subcommand is one ``add_<name>`` function (its subparser) and one ``run_<name>`` function
(its work), listed in ``COMMANDS``; add ``check`` and ``report`` the same way. Imports of the
engine, checker and renderers happen inside the run functions, so ``derive --help`` stays cheap and
``derive gradient`` never loads the LaTeX reader.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from derive.errors import DeriveError

EXAMPLE = """example:
  derive gradient --loss bce --activation sigmoid
      ∂J/∂w_j = 1/m Σᵢ (ŷ⁽ⁱ⁾ − y⁽ⁱ⁾) x_j⁽ⁱ⁾, every step checked, plus a numeric check
  derive gradient --loss mse --activation tanh --format json
  derive models
  derive compare --loss mse --loss bce --activation sigmoid
      the two gradients side by side, their ratio ŷ(1 − ŷ) = σ′(z), where each stops learning
  derive check derivations/logistic-regression.md
      one line per step: path:line:col  verdict  detail
  derive check notes/ --output-format github      (a folder, notebooks too; CI annotations)
  derive report derivations/logistic-regression.md -o out --pdf
  derive report --loss mse --activation sigmoid -o out --pdf
"""


# --------------------------------------------------------------------------- models


def add_models(sub) -> argparse.ArgumentParser:
    return sub.add_parser("models", help="list the registered losses, activations and inputs",
                          description="List the registered losses, activations and inputs "
                                      "with their formulas and domains.")


def run_models(args: argparse.Namespace) -> int:
    from derive.model import ACTIVATIONS, INPUTS, LOSSES
    from derive.render import text

    sys.stdout.write(text.models(LOSSES, ACTIVATIONS, INPUTS))
    return 0


# --------------------------------------------------------------------------- gradient


def add_gradient(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "gradient", help="derive ∂J/∂w_j and ∂J/∂b for a model, every step checked",
        description="Derive ∂J/∂w_j and ∂J/∂b by the chain rule, check every step, give the "
                    "closed forms as a course writes them and cross-check them against finite "
                    "differences of J.",
        epilog="example: derive gradient --loss bce --activation sigmoid --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--loss", required=True, help="a registered loss (see `derive models`)")
    p.add_argument("--activation", required=True, help="a registered activation")
    p.add_argument("--input", default="linear", help="a registered input (default: linear)")
    p.add_argument("--reduction", default="mean",
                   help="J = (1/m) sum_i L (mean, default) or sum_i L (sum)")
    p.add_argument("--format", default="text", choices=("text", "latex", "json"))
    p.add_argument("--no-check", action="store_true",
                   help="skip re-verifying each step (the numeric check still runs)")
    return p


def run_gradient(args: argparse.Namespace) -> int:
    from derive.engine import gradient
    from derive.model import model

    m = model(args.loss, args.activation, args.input, args.reduction)
    result = gradient(m, check_steps=not args.no_check)
    if args.format == "json":
        from derive.render import json_

        sys.stdout.write(json_.render(result))
    else:
        from derive.render import text

        sys.stdout.write(text.latex(result) if args.format == "latex" else text.result(result))
    steps = result.dw.derivation.steps + result.db.derivation.steps
    failed = any(s.verdict is not None and s.verdict.fails for s in steps)
    return 1 if failed or (result.numeric is not None and not result.numeric.passed) else 0


# --------------------------------------------------------------------------- compare

COMPARE_EPILOG = """models: each MODEL is LOSS/ACTIVATION (mse/sigmoid); --loss and --activation, each
repeatable, add every pair of them whose domains fit (a pair that clashes, such as bce with
an unbounded activation, is left out with a note). At least two models.

what it shows: each model's closed forms and its per-sample error signal δ = ∂L/∂z; for every
pair the ratio of their gradients, named when it is an activation's derivative (ŷ(1 − ŷ) =
σ′(z)), when the two coincide, whether the updates point the same way (a maximised objective
climbs: ascent on log-likelihood is descent on bce); and |∂L/∂z| where each model's prediction
is confidently wrong (z = −5 with y = 1, z = 5 with y = 0), where squared error with a sigmoid
stalls.

exit status: 0; 1 if a step of a derivation fails its check; 2 for usage errors.

examples:
  derive compare --loss mse --loss bce --activation sigmoid
  derive compare mse/generic bce/sigmoid mse/identity
  derive compare --loss bce --loss log-likelihood --activation sigmoid --format json
  derive report --compare --loss mse --loss bce --activation sigmoid -o out --pdf
"""


def add_compare(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "compare", help="set two or more models' gradients side by side: ratio, agreement, "
                        "where each stops learning",
        description="Derive and check the gradients of two or more models and compare them: "
                    "are (ŷ − y) x_j and (ŷ − y) f′(z) x_j the same gradient, and what does the "
                    "difference do to learning?",
        epilog=COMPARE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("models", nargs="*", metavar="MODEL", help="a model written LOSS/ACTIVATION")
    _model_options(p, "compare")
    p.add_argument("--format", default="text", choices=("text", "latex", "json"))
    p.add_argument("--no-check", action="store_true",
                   help="skip re-verifying each derivation step")
    return p


def _model_options(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--loss", action="append", default=[],
                   help=f"a registered loss; repeat it to {what} several (see `derive models`)")
    p.add_argument("--activation", action="append", default=[],
                   help=f"a registered activation; repeat it to {what} several")
    p.add_argument("--input", default="linear", help="the input of every model (default: linear)")
    p.add_argument("--reduction", default="mean",
                   help="J = (1/m) sum_i L (mean, default) or sum_i L (sum)")


def run_compare(args: argparse.Namespace) -> int:
    from derive.engine.compare import compare, models_from
    from derive.render import compare as render

    models, notes = models_from(args.models, args.loss, args.activation, args.input,
                                args.reduction)
    result = compare(models, check=not args.no_check, notes=notes)
    if args.format == "json":
        sys.stdout.write(render.render_json(result))
    elif args.format == "latex":
        sys.stdout.write(render.latex(result))
    else:
        sys.stdout.write(render.text(result))
    failed = any(s.verdict is not None and s.verdict.fails for e in result.entries
                 for g in (e.result.dw, e.result.db) for s in g.derivation.steps)
    return 1 if failed else 0


# --------------------------------------------------------------------------- check

CHECK_EPILOG = """verdicts: proved, consistent (agrees numerically to 30+ digits without a proof, or
holds where the derivatives set to 0 above it hold), ambiguous (fails as written, holds under
another reading the document leaves open: an operator's scope, another paragraph's meaning),
skipped (an elided \\dots step; its neighbours are bridged), refuted (with a counterexample),
unreadable (line, column, caret, why), undecided (a quantity defined nowhere, an equation to
solve rather than an identity, or no verdict within the budget).

exit status: 0 when every step is proved, consistent, ambiguous or skipped; 1 when any step is
refuted, unreadable or undecided; with --strict also when any step is ambiguous or skipped or a
file has no claim checked at all ("0 claims checked in notes.md"); 2 for usage errors and when a
path could not be read (after the others were checked).

locations: path:line:col (the column where a step's right side starts); in a notebook
path:cell N:line:col.

examples:
  derive check derivations/logistic-regression.md
  derive check notes/ -j 4 --format json          every .md/.qmd/.tex/.ipynb under notes/
  derive check lecture.ipynb                      a notebook's Markdown cells (cell 3:1:26)
  derive check notes/ --output-format github      GitHub annotations at line and column
  cat note.md | derive check -                    standard input, as Markdown
"""


def add_check(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "check", help="check every step of hand-written derivations (.md, .tex, .ipynb, folders)",
        description="Read Markdown, LaTeX or Jupyter derivations and check every '=' of every "
                    "chain of equations: each step is proved, found numerically consistent, "
                    "refuted with a counterexample, or reported unreadable with the place and "
                    "reason. A folder stands for every .md, .markdown, .qmd, .tex and .ipynb file "
                    "under it (hidden folders and virtual environments left out); - reads "
                    "standard input as Markdown.",
        epilog=CHECK_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="derivation files or folders (.md, .markdown, .qmd, .tex, .ipynb), or -")
    p.add_argument("--output-format", "--format", dest="format", default="text",
                   choices=("text", "json", "github", "junit", "sarif"),
                   help="text (default), json, github (workflow annotations), junit (XML, one "
                        "test case per claim) or sarif (2.1.0, for code scanning)")
    p.add_argument("--timeout", type=_seconds, default=5.0, metavar="S",
                   help="time budget per step in seconds (default 5)")
    p.add_argument("--document-timeout", type=_seconds, default=600.0, metavar="S",
                   help="time budget per file in seconds (default 600); steps left when it is "
                        "spent are reported undecided, never dropped")
    p.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help="work at once: several files are checked N at a time, one process each; "
                        "a single file's steps N at a time (default: one per core, at most 4); "
                        "the verdicts and the output are the same for every N")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="check the files on a dask.distributed cluster (its scheduler's address, "
                        "tcp://host:8786); needs pip install 'derive[dask]'")
    p.add_argument("--strict", action="store_true",
                   help="an ambiguous or skipped step fails too, and so does a file with no claim")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only the steps that fail and the summary")
    p.add_argument("--verbose", action="store_true",
                   help="also print the assumptions, the definitions read, every convention chosen "
                        "in reading (θ x read as θᵀx: θ_j on line 12) and each step's sides")
    return p


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: '{text}'") from None
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("the number of jobs must be between 1 and 64")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: '{text}'") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("the budget must be between 0 and 3600 seconds")
    return value


def run_check(args: argparse.Namespace) -> int:
    from derive.check.batch import checked_in_order
    from derive.check.sources import expand
    from derive.render import check as render

    stream = args.format == "text"
    color = stream and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    files, errors = [], []
    if stream:
        for line in render.header(args.verbose):
            print(line)
    for _, result in checked_in_order(expand(args.paths), timeout=args.timeout,
                                      budget=args.document_timeout, jobs=args.jobs,
                                      dask=args.dask):
        if isinstance(result, str):  # missing or unreadable: one line, and the rest go on
            errors.append(result)
            print(f"derive: {result}", file=sys.stderr, flush=True)
            continue
        files.append(result)
        if stream:  # each file as soon as it is decided
            for line in render.file_lines(result, color=color, verbose=args.verbose,
                                          quiet=args.quiet):
                print(line)
            sys.stdout.flush()
    if errors and not files:  # nothing read at all: the error lines say it all
        return 2
    if stream:
        print(render.summary_line(files))
    elif args.format == "json":
        sys.stdout.write(render.to_json(files, errors) + "\n")
    else:
        from derive.render import ci

        if args.format == "github":
            sys.stdout.write(ci.github(files, render.summary_line(files)))
        elif args.format == "junit":
            sys.stdout.write(ci.junit(files))
        else:
            sys.stdout.write(ci.sarif(files, version()))
    if errors:
        return 2
    return render.exit_status(files, strict=args.strict)


# --------------------------------------------------------------------------- report


OUTPUT_HELP = """\
output files:
  Each PATH gives DIR/NAME.tex (DIR/NAME.md with --format md), NAME being its file name
  without the extension; inputs that share a NAME are told apart by the shortest run of
  parent folders that differs: a/intro.md b/intro.md -> DIR/a-intro.tex DIR/b-intro.tex.
  A model gives DIR/LOSS-ACTIVATION.tex; --compare gives DIR/compare-LOSS-ACTIVATION-….tex.
  A Markdown report of a model or a comparison also writes its figure as DIR/NAME.png
  (with the extra derive[plot], i.e. matplotlib; else the figure's values as a table).
  Every report starts with a line saying it was generated by derive report: such a file
  (and NAME.pdf beside such a NAME.tex, NAME.png beside such a NAME.md) is replaced,
  any other existing file is kept unless --force is given, and an input is never written
  over, not even with --force. A refusal is one line on stderr, exit status 2, and nothing
  is written. --pdf runs TeX without shell escape, reading and writing only in a scratch
  directory."""


def add_report(sub) -> argparse.ArgumentParser:
    p = sub.add_parser(
        "report", help="write a LaTeX (or Markdown) report of a model or of checked documents",
        description="Write a report a student can be handed: for documents, every chain as "
                    "written with each step's verdict and the diagnosis of every failing step; "
                    "for a model (--loss/--activation), its definitions, every derivation step "
                    "with rule and verdict, the boxed closed forms and the finite-difference "
                    "cross-check.",
        epilog="examples:\n  derive report derivations/logistic-regression.md -o out --pdf\n"
               "  derive report --loss mse --activation sigmoid -o out --pdf\n"
               "  derive report --compare --loss mse --loss bce --activation sigmoid -o out --pdf\n"
               "\n" + OUTPUT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH", help="Markdown or LaTeX derivation files")
    p.add_argument("--loss", action="append", default=[],
                   help="report a model: a registered loss (see `derive models`); with "
                        "--compare, repeat it")
    p.add_argument("--activation", action="append", default=[],
                   help="with --loss: a registered activation; with --compare, repeat it")
    p.add_argument("--input", default="linear", help="with --loss: the input (default: linear)")
    p.add_argument("--reduction", default="mean", help="with --loss: mean (default) or sum")
    p.add_argument("--compare", action="store_true",
                   help="report a comparison of every --loss with every --activation (as "
                        "`derive compare`), with the figure of their |dL/dz|")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="directory to write into")
    p.add_argument("--pdf", action="store_true", help="also compile NAME.pdf with latexmk")
    p.add_argument("--format", default="tex", choices=("tex", "md"), help="tex (default) or md")
    p.add_argument("--force", action="store_true",
                   help="write over existing files that derive report did not write (never "
                        "over an input)")
    return p



def run_report(args: argparse.Namespace) -> int:
    from derive import report

    return report.run(args)


# --------------------------------------------------------------------------- the table

# name -> (add subparser, run). `check` and `report` go here, one line each.
COMMANDS: dict[str, tuple[Callable, Callable[[argparse.Namespace], int]]] = {
    "models": (add_models, run_models),
    "gradient": (add_gradient, run_gradient),
    "compare": (add_compare, run_compare),
    "check": (add_check, run_check),
    "report": (add_report, run_report),
}


def version() -> str:
    """The package's version (``derive.__version__``; a test keeps it equal to the installed
    metadata's), without reading metadata files on every start."""
    from derive import __version__

    return __version__


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="derive", description="A symbolic derivation verifier for the gradients "
                                   "machine-learning courses teach.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"derive {version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, (add, _) in COMMANDS.items():
        add(sub).set_defaults(command=name)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the command line; usage errors and DeriveErrors exit 2 with one line on stderr."""
    p = parser()
    try:
        args = p.parse_args(argv)
    except SystemExit as exc:  # argparse already wrote its usage line
        return int(exc.code or 0)
    if not args.command:
        p.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command][1](args)
    except DeriveError as exc:
        print(f"derive: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("derive: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `derive check … | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the exit's flush does not fail again
        return 141


def command() -> None:
    """The `derive` command: main(), then a quick exit. The work is done and its output written;
    tearing down an interpreter full of SymPy objects would only add a tenth of a second to
    every run. The checking processes are stopped first, as at a normal exit; if the output
    cannot be flushed (a closed pipe), Python's own exit reports it as it always has."""
    code = main()
    from derive.check.worker import stop_all

    stop_all()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
