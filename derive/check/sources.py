"""What `derive check` reads: files, folders, notebooks and stdin, each as one text to check.

A folder stands for every derivation file under it (``.md``, ``.markdown``, ``.qmd``, ``.tex``,
``.ipynb``), in sorted order, hidden folders and virtual environments left out. A notebook's
Markdown cells, read with nbformat, become one Markdown text, cells apart, with a map from its
lines back to ``cell N, line L`` of the notebook. ``-`` is standard input, read as Markdown.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from derive.errors import DeriveError

SUFFIXES = (".md", ".markdown", ".qmd", ".tex", ".ipynb")
# folders never searched: version control, caches, and virtual environments
SKIP = frozenset({"node_modules", "__pycache__", "site-packages", "venv", "env", "_build",
                  "build", "dist"})
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One text to check: where it came from, the text, and, for a notebook, for each line of
    the text (1-based) its ``(cell, line)`` in the notebook (1-based both)."""

    path: str
    text: str
    cells: tuple[tuple[int, int], ...] | None = None
    markdown: bool = True  # read as Markdown (else LaTeX)

    def location(self, line: int | None, column: int | None = None) -> str:
        """``12:5`` (line, column), ``cell 3:2:5`` in a notebook; ``12`` without a column."""
        return location(self.cells, line, column)


def location(cells, line: int | None, column: int | None = None) -> str:
    if line is None:
        return "?"
    col = f":{column}" if column else ""
    if cells and 1 <= line <= len(cells):
        cell, at = cells[line - 1]
        return f"cell {cell}:{at}{col}"
    return f"{line}{col}"


def _skipped(folder: Path) -> bool:
    return (folder.name.startswith(".") or folder.name in SKIP
            or (folder / "pyvenv.cfg").exists())


def expand(paths: list[str]) -> list[tuple[str, str | None]]:
    """Each path as the files it stands for, in order: ``(path, None)`` for a file to check,
    ``(path, why)`` for one that cannot be (missing, a folder with nothing to check). A file named
    directly is checked whatever its suffix; a folder contributes only derivation files."""
    out: list[tuple[str, str | None]] = []
    for p in paths:
        if p == STDIN:
            out.append((p, None))
            continue
        path = Path(p)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not _skipped(Path(root) / d)]
                found += [str(Path(root) / f) for f in files
                          if f.lower().endswith(SUFFIXES) and not f.startswith(".")]
            found.sort()
            if not found:
                out.append((p, f"{p}: a folder with no derivation file ({', '.join(SUFFIXES)})"))
            out += [(f, None) for f in found]
        elif not path.exists():
            out.append((p, f"{p}: no such file"))
        else:
            out.append((p, None))
    return out


def read_source(path: str) -> Source:
    """The text to check for one path (DeriveError, one line, when it cannot be read)."""
    from derive.check.document import MAX_FILE_BYTES, read_text

    if path == STDIN:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise DeriveError("-: standard input is too large to check")
        try:
            return Source("<stdin>", myst(data.decode("utf-8-sig")))
        except UnicodeDecodeError as exc:
            raise DeriveError(f"-: not UTF-8 text (byte {exc.start})") from exc
    return from_text(path, read_text(path))


def from_text(path: str, text: str) -> Source:
    """The Source a file's text makes, by its name: a notebook's Markdown cells, LaTeX, or
    Markdown (MyST's maths read as displays and inline formulas)."""
    if path.lower().endswith(".ipynb"):
        return notebook(path, text)
    if path.lower().endswith(".tex"):
        return Source(path, text, markdown=False)
    return Source(path, myst(text))


def notebook(path: str, text: str) -> Source:
    """A notebook's Markdown cells as one Markdown text, a blank line between cells, with the
    map from its lines to (cell, line); code and raw cells are not read."""
    try:
        import nbformat
    except ImportError as exc:  # a dependency; only a broken install lacks it
        raise DeriveError(f"{path}: reading a notebook needs nbformat (pip install nbformat)") \
            from exc
    import warnings

    try:
        with warnings.catch_warnings():  # nbformat's advice about cell ids is not the user's business
            warnings.simplefilter("ignore")
            nb = nbformat.reads(text, as_version=4)
    except Exception as exc:  # nbformat raises several kinds for a file that is not a notebook
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DeriveError(f"{path}: not a Jupyter notebook ({reason[:120]})") from exc
    lines: list[str] = []
    cells: list[tuple[int, int]] = []
    for number, cell in enumerate(nb.cells, start=1):
        if cell.get("cell_type") != "markdown":
            continue
        body = cell.get("source", "")
        body = "".join(body) if isinstance(body, list) else str(body)
        for at, line in enumerate(body.split("\n"), start=1):
            lines.append(line)
            cells.append((number, at))
        lines.append("")  # cells never run together
        cells.append((number, len(body.split("\n")) + 1))
    return Source(path, myst("\n".join(lines)), tuple(cells))


_MYST_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*\{math\}\s*$")
_MYST_ROLE = re.compile(r"\{math\}`([^`]+)`")


def myst(text: str) -> str:
    """MyST Markdown's maths as the reader knows it, every line and column kept: a ```{math}
    fence becomes a $$ display (its ``:label:`` options blank lines), an inline {math}`…` role
    becomes $…$ (the role's name turned to spaces)."""
    if "{math}" not in text:
        return text
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        m = _MYST_FENCE.match(lines[k])
        if not m:
            lines[k] = _MYST_ROLE.sub(lambda r: "      $" + r.group(1) + "$", lines[k])
            k += 1
            continue
        indent, fence = m.groups()
        lines[k] = indent + "$$"
        k += 1
        while k < len(lines) and lines[k].strip().startswith(":") and lines[k].strip() != ":":
            lines[k] = ""  # an option (:label:, :nowrap:)
            k += 1
        while k < len(lines) and not lines[k].strip().startswith(fence):
            k += 1
        if k < len(lines):
            lines[k] = indent + "$$"
            k += 1
    return "\n".join(lines)
