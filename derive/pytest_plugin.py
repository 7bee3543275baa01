"""pytest plugin: derivation documents as test items (``pytest --derive notes/``).

Registered through the ``pytest11`` entry point. Nothing from ``derive`` is imported until a
derivation is actually collected, so the plugin costs nothing in a run that does not use it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SUFFIXES = (".md", ".markdown", ".tex")


def pytest_addoption(parser):
    group = parser.getgroup("derive", "derivation documents checked step by step")
    group.addoption("--derive", action="append", default=[], metavar="PATH",
                    help="check a derivation document (.md or .tex), or every one under a "
                         "folder; one test item per chain of equations. Repeatable.")
    group.addoption("--derive-strict", action="store_true", default=False,
                    help="an ambiguous step (operator scope) fails its item too.")
    parser.addini("derive_paths", type="paths", default=[],
                  help="derivation documents or folders checked as with --derive")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "derive: a chain of equations from a derivation document, checked by derive")


def _documents(config) -> list[Path]:
    roots = [Path(p) for p in config.getoption("derive")] + list(config.getini("derive_paths"))
    out = []
    for root in roots:
        if root.is_dir():
            out.extend(sorted(p for p in root.rglob("*") if p.suffix in SUFFIXES))
        else:
            out.append(root)
    return out


def pytest_collection_modifyitems(session, config, items):
    for path in _documents(config):
        node = DerivationFile.from_parent(session, path=path.resolve())
        items.extend(node.collect())


class DerivationFile(pytest.File):
    """One derivation document; reads it once and checks it once for all of its items."""

    def collect(self):
        from derive.check.document import read_path
        from derive.errors import DeriveError

        try:
            self.document = read_path(str(self.path))
        except DeriveError as exc:
            yield DerivationItem.from_parent(self, name="read", chain=None, error=str(exc))
            return
        from derive.check.document import error_steps
        from derive.testing import describe

        self._checked = None
        for step in error_steps(self.document):
            yield DerivationItem.from_parent(self, name=str(step.line), chain=None,
                                             error=describe(self.name, [step]))
        for chain in self.document.chains:
            yield DerivationItem.from_parent(self, name=str(chain.line), chain=chain)

    def checked(self):
        if self._checked is None:
            from derive.check.document import check_chains

            self._checked = {id(c): steps for c, steps in check_chains(self.document)}
        return self._checked


class DerivationItem(pytest.Item):
    """One chain: passes when each of its steps is proved, consistent, skipped or ambiguous."""

    def __init__(self, *, chain, error: str | None = None, **kw):
        super().__init__(**kw)
        self.chain = chain
        self.error = error
        self.add_marker("derive")

    def runtest(self):
        from derive.testing import DerivationFailure, describe, failures

        if self.error is not None:
            raise DerivationFailure(self.error)
        steps = self.parent.checked()[id(self.chain)]
        bad = failures(steps, strict=self.config.getoption("derive_strict"))
        if bad:
            raise DerivationFailure(describe(self.parent.name, bad))

    def repr_failure(self, excinfo):
        from derive.testing import DerivationFailure

        if isinstance(excinfo.value, DerivationFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, (self.chain.line - 1 if self.chain else 0), f"{self.parent.name}:{self.name}"


@pytest.fixture
def derive_check():
    """``derive_check(path, strict=False)``: assert every step of a document holds."""
    from derive.testing import assert_derivation

    return assert_derivation
