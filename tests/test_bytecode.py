"""derive's compiled-code cache: used only for the same source, never trusted when damaged,
silent when it cannot be written, and the program's output is the same with it and without."""

import os
import subprocess
import sys

import pytest

from derive import bytecode


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


def _module(path, body: str):
    path.write_text(body)
    return bytecode.Loader("derive.example", str(path))


def _value(loader) -> int:
    scope: dict = {}
    exec(loader.get_code("derive.example"), scope)  # noqa: S102 - our own test module's code
    return scope["VALUE"]


def test_the_compiled_code_is_kept_outside_the_sources_and_used_again(cache):
    loader = _module(cache / "example.py", "VALUE = 1\n")
    assert _value(loader) == 1
    entries = os.listdir(bytecode.directory())
    assert len(entries) == 1 and entries[0].endswith(".bin")
    assert not (cache / "__pycache__").exists()
    # the next run reads the entry: spoil the source's text without touching its size or time
    st = os.stat(cache / "example.py")
    (cache / "example.py").write_text("VALUE = 2\n")
    os.utime(cache / "example.py", ns=(st.st_atime_ns, st.st_mtime_ns))
    assert _value(loader) == 1


def test_an_edited_source_is_compiled_again(cache):
    loader = _module(cache / "example.py", "VALUE = 1\n")
    assert _value(loader) == 1
    (cache / "example.py").write_text("VALUE = 22\n")
    assert _value(loader) == 22


def _spoil_entry(body: bytes) -> None:
    """Keep the one entry's header (it still matches its source) and put ``body`` after it."""
    (entry,) = os.listdir(bytecode.directory())
    path = os.path.join(bytecode.directory(), entry)
    with open(path, "rb") as f:
        head = f.read(len(bytecode.importlib.util.MAGIC_NUMBER) + 16)
    with open(path, "wb") as f:
        f.write(head + body)


def test_a_damaged_entry_is_compiled_again(cache):
    loader = _module(cache / "example.py", "VALUE = 3\n")
    _value(loader)
    _spoil_entry(b"\x00garbage")
    assert _value(loader) == 3


def test_a_cache_that_cannot_be_written_is_passed_over(cache, monkeypatch):
    (cache / "cache").write_text("a file where the folder would go")
    loader = _module(cache / "example.py", "VALUE = 4\n")
    assert _value(loader) == 4


def test_only_where_python_keeps_no_compiled_file(monkeypatch):
    meta = list(sys.meta_path)
    monkeypatch.setattr(sys, "meta_path", [f for f in meta if f is not bytecode.Finder])
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    bytecode.install()
    assert bytecode.Finder not in sys.meta_path
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setenv("DERIVE_NO_BYTECODE_CACHE", "1")
    bytecode.install()
    assert bytecode.Finder not in sys.meta_path
    monkeypatch.delenv("DERIVE_NO_BYTECODE_CACHE")
    bytecode.install()
    bytecode.install()
    assert sys.meta_path.count(bytecode.Finder) == 1


def test_the_finder_leaves_other_packages_alone():
    assert bytecode.Finder.find_spec("sympy.core") is None
    assert bytecode.Finder.find_spec("derivex") is None


def test_the_same_bytes_with_the_cache_and_without(tmp_path):
    """A derivation's output does not depend on whether derive's code came from the cache."""
    # Python's own compiled files (a run without PYTHONDONTWRITEBYTECODE leaves them beside the
    # sources) are looked for in an empty folder, so derive's cache is what serves the modules
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", XDG_CACHE_HOME=str(tmp_path),
               PYTHONPYCACHEPREFIX=str(tmp_path / "python-own"))
    cmd = [sys.executable, "-m", "derive.cli", "gradient", "--loss", "mse", "--activation", "identity",
           "--no-check"]
    first = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
    assert first.returncode == 0, first.stderr.decode()
    assert os.listdir(os.path.join(tmp_path, "derive", "bytecode"))
    again = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
    off = subprocess.run(cmd, env=dict(env, DERIVE_NO_BYTECODE_CACHE="1"), capture_output=True, timeout=300)
    assert first.stdout == again.stdout == off.stdout
    assert b"J" in first.stdout


def test_an_entry_holding_something_else_than_code_is_compiled_again(cache):
    loader = _module(cache / "example.py", "VALUE = 5\n")
    _value(loader)
    _spoil_entry(bytecode.marshal.dumps(12345))
    assert _value(loader) == 5
