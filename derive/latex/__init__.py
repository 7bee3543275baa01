"""Reading course LaTeX (``document``, ``notation``) and writing it back. Nothing is imported here:
``derive gradient`` must not pay for the LaTeX reader (STYLE.md, habit 5)."""
