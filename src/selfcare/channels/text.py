"""Long texts cut into messages a provider accepts, at the most natural boundary in reach.

Shared by the adapters: each passes its own limit (WhatsApp's 4,096 characters is the default).
"""

from __future__ import annotations

import re

DEFAULT_LIMIT = 4096

_SENTENCE = re.compile(r"[.!?…。！？][\"'’”)\]»]*\s+")
_WORD = re.compile(r"\s+")
_BOUNDARIES = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"), _SENTENCE, _WORD)


def split_text(text: str, limit: int = DEFAULT_LIMIT) -> list[str]:
    """Split ``text`` into parts of at most ``limit`` characters.

    A text that fits is returned as is. Otherwise cuts fall on the last paragraph break in
    reach, else line break, else sentence end, else space (a cut that would leave a part
    shorter than a quarter of ``limit`` is passed over for the next kind of boundary); a
    word longer than ``limit`` is cut hard. Parts are stripped; blank text gives ``[]``.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    if not text.strip():
        return []
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _cut(rest: str, limit: int) -> int:
    """Where the next part ends: an index in ``1..limit`` (whitespace after it is dropped)."""
    window = rest[: limit + 1]
    floor = limit // 4
    for pattern in _BOUNDARIES:
        best = 0
        for match in pattern.finditer(window):
            end = match.start()
            if pattern is _SENTENCE:  # keep the punctuation, drop the space after it
                end += len(match.group().rstrip())
            if end <= limit:
                best = end
        if best > 0 and (best >= floor or pattern is _WORD):
            return best
    return limit


def split_tail(text: str, limit: int) -> tuple[str, str]:
    """``(head, tail)`` of a stripped text longer than ``limit``: the longest tail that fits,
    cut at a paragraph break, else a line break, sentence end or space, else hard."""
    for pattern in _BOUNDARIES:
        for match in pattern.finditer(text):
            if 0 < len(text) - match.end() <= limit:
                return text[: match.end()].rstrip(), text[match.end() :]
    return text[:-limit], text[-limit:]
