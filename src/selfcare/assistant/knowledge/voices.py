"""Rendering a red flag's ``say`` line for someone, from the language's substitutions.

``say`` lines are written to the person ("you have chest pain that spreads to your arm").
:func:`render` gives the same line about someone they look after ("your child has chest pain
that spreads to their arm"), and :func:`said_back` in the person's own voice ("I have…",
"my son has…", "my mum has…") — the tests send those back to the engine.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from selfcare.assistant.knowledge.schema import Substitution, Voices

Audience = Literal["self", "child", "baby", "other"]
Voice = Literal["self", "child", "parent"]


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _fill(text: str, fill: dict[str, str]) -> str:
    # Plain replacement, not str.format: patterns may hold regex counts such as {2}.
    for name, value in fill.items():
        text = text.replace("{" + name + "}", value)
    return text


@cache
def _marked(
    rules: tuple[Substitution, ...], names: tuple[str, ...]
) -> tuple[tuple[re.Pattern[str], str], ...]:
    """``rules`` compiled with each placeholder in ``names`` as its marker (every reply that
    names a red flag renders its line: the rules are prepared once)."""
    marks = {name: f"\x01{name}\x01" for name in names}
    return tuple((_compiled(_fill(p, marks)), _fill(r, marks)) for p, r in rules)


def _apply(line: str, rules: tuple[Substitution, ...], fill: dict[str, str]) -> str:
    # Placeholders stand as markers until every rule has run, so that a filled-in word
    # ("your child") is never rewritten by a later rule (your -> their).
    for pattern, replacement in _marked(rules, tuple(fill)):
        line = pattern.sub(replacement, line)
    for name, value in fill.items():
        line = line.replace(f"\x01{name}\x01", value)
    return line


def _third(line: str, voices: Voices, person: str) -> str:
    p = voices.persons[person]  # type: ignore[index]
    fill = {
        "who": p.who,
        "whose": p.whose,
        "poss": p.poss,
        "obj": p.obj,
        "self": p.self,
        "pron": p.pron or p.who,
    }
    return _apply(line, voices.third, fill)


# Lines already rendered, by (voices, audience, line): every reply that names red flags
# renders their lines, the same few hundred per language. The voices are kept with the line
# so that their id is not reused while the entry stands (a knowledge base read anew).
_RENDERED: dict[tuple[int, str, str], tuple[Voices, str]] = {}
_MAX_RENDERED = 20_000


def render(line: str, voices: Voices, audience: Audience) -> str:
    """The line addressed to the person about ``audience`` (themselves by default)."""
    if audience == "self":
        return line
    key = (id(voices), audience, line)
    kept = _RENDERED.get(key)
    if kept is not None and kept[0] is voices:
        return kept[1]
    out = _render(line, voices, audience)
    if len(_RENDERED) >= _MAX_RENDERED:
        _RENDERED.clear()
    _RENDERED[key] = (voices, out)
    return out


def _render(line: str, voices: Voices, audience: Audience) -> str:
    if audience == "child":
        return _third(line, voices, "to_child")
    if audience == "baby":
        return _third(line, voices, "to_baby")
    if audience == "other":
        return _apply(line, voices.to_other, {})
    return line


def said_back(line: str, voices: Voices, voice: Voice) -> str:
    """The line as the person would write it: about themselves, their child or a parent."""
    if voice == "self":
        return _apply(line, voices.self, {})
    return _third(line, voices, "child" if voice == "child" else "parent")


def problems(line: str, voices: Voices) -> list[str]:
    """Why a ``say`` line cannot be rendered in every voice (empty: it can)."""
    second = re.compile(voices.second_person, re.IGNORECASE)
    if not second.search(line):
        return ["it is not written to the person"]
    out: list[str] = []
    # Addressed about a child ("your child has…") a line rightly keeps "your": not checked.
    rendered = [(v, said_back(line, voices, v)) for v in ("self", "child", "parent")]
    rendered.append(("other", render(line, voices, "other")))
    for name, text in rendered:
        left = second.search(text)
        if left:
            out.append(f"the {name} voice still says {left.group(0)!r}")
    return out
