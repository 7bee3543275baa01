"""derive: a symbolic derivation verifier for the gradients machine-learning courses teach.

``derive.check_text(text, path="…", **options) -> dict`` checks one derivation's text and returns
what ``derive check --format json`` gives for one file; it is safe to call from any thread,
process or Dask worker (see ``derive.check.batch``).
"""

__version__ = "0.1.0"

from derive import bytecode as _bytecode  # noqa: E402

_bytecode.install()  # compiled code for derive's own modules where Python keeps none


def __getattr__(name: str):
    if name == "check_text":  # imported on first use: `import derive` stays cheap
        from derive.check.batch import check_text

        return check_text
    raise AttributeError(f"module 'derive' has no attribute {name!r}")
