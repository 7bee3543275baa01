"""pytest plugin (entry point ``pytest11``): filled in by the pytest-assertions issue.

Kept import-light: nothing from ``derive`` is imported until a test asks for it.
"""
