"""Thinking about dying said with an adverb between the thinking and what it is about ("thinking
a lot about dying", "pensando mucho en morirme"): a suicidal thought, seen the same day (NHS
help for suicidal thoughts). Own phrasings from the tenth round's family; both sides."""

from __future__ import annotations

from selfcare.assistant.engine import engine

THOUGHTS = [
    ("en", "been thinking so much about dying lately, cant shake it"),
    ("en", "i think a lot about ending it all but i wont do anything"),
    ("es", "ultimamente pienso demasiado en la muerte y en desaparecer"),
    ("es", "mi hermana me dijo que esta pensando mucho en matarse"),
    ("fr", "je pense souvent a mourir quand je suis seule le soir"),
    ("fr", "depuis le deces de mon mari je pense de plus en plus a en finir"),
    ("pt", "ando pensando demais em morrer, nao sei com quem falar"),
    ("pt", "penso sempre em sumir e em me matar, mas nao tenho plano"),
    ("hi", "mai roz marne ke baare me sochti hu, kisi se baat nahi hoti"),
    ("hi", "पिछले महीने से आत्महत्या के बारे में सोच रहा हूं"),
]

NOT_THOUGHTS = [
    ("en", "thinking a lot about my grandad who died last spring, feeling sad"),
    ("es", "pienso mucho en mi examen de manana y no duermo"),
    ("fr", "je pense souvent a ma mere qui est morte l an dernier"),
    ("pt", "estou pensando muito em viajar e em mudar de emprego"),
    ("hi", "papa ke marne ke baad se neend nahi aati"),
]


def _thought(language: str, text: str) -> bool:
    return "suicidal_thoughts" in engine().understand(text, language).present


def test_thinking_about_dying_is_a_suicidal_thought() -> None:
    assert [t for lang, t in THOUGHTS if not _thought(lang, t)] == []


def test_thinking_about_someone_who_died_or_something_else_is_not() -> None:
    assert [t for lang, t in NOT_THOUGHTS if _thought(lang, t)] == []
