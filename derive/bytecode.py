"""Compiled code for derive's own modules where Python keeps none.

An editable install (``pip install -e``) run with ``PYTHONDONTWRITEBYTECODE`` (usual in
containers and CI) compiles every one of derive's modules from source on every run: about 0.14 s
of a cold ``derive gradient``, more than half again what the packages it imports cost, whose
compiled files pip wrote at install. Here derive keeps the compiled code of its own modules, and
only those, in the user's cache directory (``$XDG_CACHE_HOME/derive/bytecode``, else
``~/.cache/derive/bytecode``), never beside the sources.

It holds code, never a verdict: every step is checked afresh on every run. An entry is used only
for the same source file with the same modification time and size under the same Python
(its magic number), as Python's own ``__pycache__`` does; anything else is compiled again.
A cache that cannot be read or written is passed over without a word. ``DERIVE_NO_BYTECODE_CACHE=1``
turns it off, and nothing happens where Python writes its own compiled files.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import marshal
import os
import struct
import sys
import types

PACKAGE = "derive."


def directory() -> str:
    """Where the compiled code is kept: one folder per Python (its cache tag)."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(root, "derive", "bytecode", sys.implementation.cache_tag or "python")


def _header(source_path: str) -> bytes:
    st = os.stat(source_path)
    return importlib.util.MAGIC_NUMBER + struct.pack("<qq", st.st_mtime_ns, st.st_size)


def _entry(source_path: str) -> str:
    import hashlib

    name = hashlib.sha256(os.path.abspath(source_path).encode()).hexdigest()[:32]
    return os.path.join(directory(), name + ".bin")


class Loader(importlib.machinery.SourceFileLoader):
    """Python's own loader, with derive's cache where Python's ``__pycache__`` has nothing."""

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        if os.path.exists(importlib.util.cache_from_source(source_path)):
            return super().get_code(fullname)  # Python's compiled file: Python decides
        try:
            header = _header(source_path)
        except OSError:
            return super().get_code(fullname)
        entry = _entry(source_path)
        try:
            with open(entry, "rb") as f:
                data = f.read()
            if data[:len(header)] == header:
                code = marshal.loads(data[len(header):])
                if isinstance(code, types.CodeType):
                    return code
        except (OSError, EOFError, ValueError, TypeError):
            pass  # missing, unreadable or damaged: compile again
        code = self.source_to_code(self.get_data(source_path), source_path)
        try:
            os.makedirs(os.path.dirname(entry), mode=0o700, exist_ok=True)
            partial = f"{entry}.{os.getpid()}.part"
            with open(partial, "wb") as f:
                f.write(header + marshal.dumps(code))
            os.replace(partial, entry)  # whole or not at all, whoever else writes it
        except OSError:
            pass
        return code


class Finder:
    """Finds derive's modules as Python does and loads them with ``Loader``."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if not name.startswith(PACKAGE):
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path, target)
        if spec is not None and type(spec.loader) is importlib.machinery.SourceFileLoader:
            spec.loader = Loader(spec.loader.name, spec.loader.path)
        return spec


def install() -> None:
    """Use the cache for derive's modules imported from now on, where Python keeps no compiled
    file of its own. Does nothing twice."""
    if not sys.dont_write_bytecode or os.environ.get("DERIVE_NO_BYTECODE_CACHE"):
        return
    if not any(f is Finder for f in sys.meta_path):
        sys.meta_path.insert(0, Finder)
