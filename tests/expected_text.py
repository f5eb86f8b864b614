"""How scraped text must read, written apart from the project's NormalisePipeline so that its tests can catch it."""

from __future__ import annotations

# Whitespace as the pipeline collapses it: ASCII only, for a non-breaking space is part of the text.
_SPACES = {ord(character): " " for character in "\t\n\r\f\v"}


def collapse_whitespace(text: str) -> str:
    """Every run of ASCII whitespace one space, none at either end."""
    return " ".join(word for word in text.translate(_SPACES).split(" ") if word)
