"""Writers: the only place text is formatted. Nothing in the library imports them back."""
