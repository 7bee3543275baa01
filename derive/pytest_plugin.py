"""pytest plugin: derivation documents as test items, one per claim (``pytest --derive notes/``).

Registered through the ``pytest11`` entry point. Nothing from ``derive`` is imported until a
derivation is actually collected, so the plugin costs nothing in a run that does not use it.
Documents come from ``--derive PATH`` (repeatable), the ini option ``derive_paths``, or, with
``derive_suffixes = .md .ipynb`` in the ini file, any such file pytest collects itself
(``pytest notes/x.md``). Each claim is an item named ``path::line:col`` (``path::cell 3:1:26``
in a notebook), so the collected count is the number of claims.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SUFFIXES = (".md", ".markdown", ".qmd", ".tex", ".ipynb")


def pytest_addoption(parser):
    group = parser.getgroup("derive", "derivation documents checked step by step")
    group.addoption("--derive", action="append", default=[], metavar="PATH",
                    help="check a derivation document (.md, .markdown, .qmd, .tex, .ipynb), or "
                         "every one under a folder; one test item per claim. Repeatable.")
    group.addoption("--derive-strict", action="store_true", default=False,
                    help="an ambiguous step (operator scope) fails its item too.")
    parser.addini("derive_paths", type="paths", default=[],
                  help="derivation documents or folders checked as with --derive")
    parser.addini("derive_suffixes", type="args", default=[],
                  help="file suffixes pytest collects as derivation documents when it meets "
                       "them (.md .tex .ipynb …), so `pytest notes/x.md` checks that note")


TARGETS = pytest.StashKey[set]()
MISSING = pytest.StashKey[list]()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "derive: a claim from a derivation document, checked by derive")
    roots = [Path(p) for p in config.getoption("derive", [])] + \
        [Path(p) for p in config.getini("derive_paths")]
    found, missing = set(), []
    for root in roots:
        if root.exists():  # collected by pytest itself, so its counts include every claim
            found.add(root.resolve())
            if str(root) not in config.args:
                config.args.append(str(root))
        else:
            missing.append(root)
    config.stash[TARGETS] = found
    config.stash[MISSING] = missing


def _wanted(file_path: Path, config) -> bool:
    suffix = file_path.suffix.lower()
    if suffix not in SUFFIXES:
        return False
    listed = {s if s.startswith(".") else f".{s}" for s in config.getini("derive_suffixes")}
    if suffix in listed:
        return True
    path = file_path.resolve()
    targets = config.stash.get(TARGETS, set())
    return path in targets or any(t in path.parents for t in targets if t.is_dir())


def pytest_collect_file(file_path, parent):
    if _wanted(Path(file_path), parent.config):
        return DerivationFile.from_parent(parent, path=file_path)
    return None


def pytest_collection_modifyitems(session, config, items):
    for path in config.stash.get(MISSING, []):  # one failing item says the file is missing
        items.extend(DerivationFile.from_parent(session, path=path.resolve()).collect())


class DerivationFile(pytest.File):
    """One derivation document; read once and checked once for all of its items."""

    def collect(self):
        from derive.check.document import error_steps, steps_of
        from derive.check.sources import location, read_source
        from derive.errors import DeriveError
        from derive.latex.document import read_document

        self.cells = None
        try:
            source = read_source(str(self.path))
        except DeriveError as exc:
            yield DerivationItem.from_parent(self, name="read", key=None, error=str(exc))
            return
        self.document = read_document(source.text, source.path)
        self.cells = source.cells
        self._checked = None
        for step in error_steps(self.document):
            yield DerivationItem.from_parent(
                self, name=location(self.cells, step.line, step.column), key=None, step=step)
        names: dict[str, int] = {}
        for c, chain in enumerate(self.document.chains):
            for k, step in enumerate(steps_of(chain)):
                name = location(self.cells, step.line, step.column)
                names[name] = names.get(name, 0) + 1
                if names[name] > 1:  # two claims at one place (a chain's bridged step)
                    name = f"{name}#{names[name]}"
                yield DerivationItem.from_parent(self, name=name, key=(c, k))

    def checked(self):
        if self._checked is None:
            from derive.check.document import check_chains

            self._checked = [steps for _, steps in check_chains(self.document)]
        return self._checked


class DerivationItem(pytest.Item):
    """One claim: passes when it is proved, consistent, skipped or (unless strict) ambiguous."""

    def __init__(self, *, key, error: str | None = None, step=None, **kw):
        super().__init__(**kw)
        self.key = key
        self.error = error
        self.step = step
        self.add_marker("derive")

    def runtest(self):
        from derive.testing import DerivationFailure, describe, failures

        if self.error is not None:
            raise DerivationFailure(self.error)
        if self.step is not None:  # read outside any chain: unreadable or skipped as read
            step = self.step
        else:
            chain, k = self.key
            step = self.parent.checked()[chain][k]
        bad = failures([step], strict=self.config.getoption("derive_strict"))
        if bad:
            raise DerivationFailure(describe(self.parent.name, bad, self.parent.cells))

    def repr_failure(self, excinfo):
        from derive.testing import DerivationFailure

        if isinstance(excinfo.value, DerivationFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        line = (self.step.line if self.step is not None else None) or 1
        return self.path, line - 1, self.name


@pytest.fixture
def derive_check():
    """``derive_check(path, strict=False)``: assert every step of a document holds."""
    from derive.testing import assert_derivation

    return assert_derivation
