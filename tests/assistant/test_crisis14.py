"""Suicidal crisis and overdose said indirectly, in six languages (crisis14, 2026-12-06).

NICE NG225 and the NHS page on suicidal thoughts: the means at hand or saved up, a method
thought of at a place (a bridge, a roof), a poison to be drunk, a lethal amount asked as "is 40
enough", farewells ("look after mum for me", "you won't hear from me again"), things given away
"where I'm going", and letters to everyone to say goodbye are emergencies; thoughts without a
plan are urgent. NHS paracetamol: double doses taken all day, with sickness or tummy pain, is a
staggered overdose (A&E). The neighbours stay low and are never a crisis: "this heat is killing
me", a dose question for a headache, a phone battery run flat ("battery khatam"), skipping a
meal ("sauter le repas"), looking after a pet while someone is away.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, local_of, rules

LEVELS: list[tuple[str, str, str, TriageLevel]] = [
    # English: a method thought of at a place
    ("en", "GB", "been up on the bridge for ages now thinking of jumping", E),
    ("en", "GB", "sat on the roof of the car park thinking about jumping", E),
    # English: a lethal amount asked as "enough to do it"
    ("en", "GB", "would 30 of my amitriptyline be enough to do it", E),
    ("en", "GB", "is 50 co codamol enough to end it all", E),
    # English: things given away "where I'm going", letters to say goodbye, pets provided for
    ("en", "GB", "gave my xbox to my brother, i wont need it where im going", E),
    ("en", "GB", "left notes for my family saying goodbye, it's all done", E),
    ("en", "GB", "made sure the dog will be looked after, i won't be around after friday", E),
    # English: hopeless with the means at hand
    ("en", "GB", "i cant see any way out, got all my tablets here, im going to take them all", E),
    # English: a staggered paracetamol overdose with symptoms
    ("en", "GB", "been taking double doses of paracetamol for 3 days, now vomiting", E),
    # English: thoughts without a plan stay urgent
    ("en", "GB", "everyone would honestly be better off without me", U),
    ("en", "GB", "i wish i wouldnt wake up tomorrow", U),
    # Spanish
    ("es", "MX", "llevo guardando pastillas y ahora ya tengo suficientes", E),
    ("es", "MX", "estoy arriba del puente, pienso en tirarme", E),
    ("es", "MX", "tengo raticida en la mochila y me lo voy a tomar", E),
    ("es", "MX", "50 pastillas de paracetamol serian suficientes para morir?", E),
    ("es", "MX", "porfa cuida a mis hijos por mi", E),
    ("es", "MX", "ya no vas a saber nada mas de mi", E),
    ("es", "MX", "todos estarian mejor sin mi", U),
    # Portuguese
    ("pt", "BR", "to juntando comprimidos faz tempo e agora tenho uns 60", E),
    ("pt", "BR", "comprei veneno de rato e quero tomar hoje", E),
    ("pt", "BR", "comprei uma corda. vai ser hoje", E),
    ("pt", "BR", "30 comprimidos de amitriptilina bastam pra morrer?", E),
    ("pt", "BR", "voces nunca mais vao ouvir falar de mim", E),
    ("pt", "BR", "todo mundo ficaria melhor sem mim", U),
    # French
    ("fr", "FR", "je suis en haut du pont, j'ai envie de sauter", E),
    ("fr", "FR", "j'ai acheté de la mort aux rats, je vais l'avaler ce soir", E),
    ("fr", "FR", "30 cachets de lexomil ça suffit pour mourir ?", E),
    ("fr", "FR", "occupe toi de mon chat pour moi s'il te plait", E),
    ("fr", "FR", "tout le monde serait mieux sans moi", U),
    # Swahili
    ("sw", "KE", "nimesimama juu ya daraja nawaza kujirusha", E),
    ("sw", "KE", "tembe ngapi za usingizi zinaweza kuniua", E),
    ("sw", "KE", "waangalie watoto wangu kwa ajili yangu", E),
    ("sw", "KE", "hamtasikia habari zangu tena", E),
    ("sw", "KE", "nimemeza boksi zima la panadol", E),
    ("sw", "KE", "kila mtu angekuwa bora bila mimi", U),
    # Hindi (Devanagari and Latin)
    ("hi", "IN", "मैंने फंदा ले लिया है, आज रात कर दूंगी", E),
    ("hi", "IN", "छत पर हूं, कूदने का मन है", E),
    ("hi", "IN", "कितनी नींद की गोलियां खाने से मौत हो सकती है", E),
    ("hi", "IN", "kitni goliyan khane se koi mar jata hai", E),
    ("hi", "IN", "mere baad meri maa ka khayal rakhna", E),
    ("hi", "IN", "mere bachchon ka khayal rakhna mere liye", E),
    ("hi", "IN", "zeher manga liya hai, aaj pee lunga", E),
    ("hi", "IN", "कभी कभी अपने आप को मारने का ख्याल आता है", U),
    # neighbours that stay self-care
    ("en", "GB", "how many paracetamol can i take for a headache", S),
    ("en", "GB", "is 2 paracetamol enough for period pain", S),
    ("es", "MX", "cuantas pastillas de paracetamol puedo tomar para el dolor de cabeza", S),
]

# Everyday idioms and ordinary questions of the same shape: never a crisis, never urgent.
NOT_CRISIS: list[tuple[str, str, str]] = [
    ("en", "GB", "this heat is killing me"),
    ("en", "GB", "dying to see you guys next week"),
    ("en", "GB", "id kill for a coffee right now"),
    ("en", "GB", "my phone is dying, ill message later"),
    ("en", "GB", "thinking about jumping in the pool later to cool off"),
    ("en", "GB", "made sure the cat will be fed while we are away"),
    ("es", "MX", "este calor me esta matando"),
    ("es", "MX", "me muero de ganas de verte"),
    ("pt", "BR", "meu celular esta morrendo"),
    ("fr", "FR", "je pense a sauter le petit dejeuner demain"),
    ("fr", "FR", "je tuerais pour un cafe"),
    ("sw", "KE", "simu yangu inaisha chaji"),
    ("hi", "IN", "mera phone mar raha hai battery khatam"),
    ("hi", "IN", "बैटरी खाली हो गई है फोन की"),
]


@pytest.mark.parametrize(("language", "country", "text", "want"), LEVELS)
def test_level(language: str, country: str, text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language, local_of(country))


@pytest.mark.parametrize(("language", "country", "text"), NOT_CRISIS)
def test_not_crisis(language: str, country: str, text: str) -> None:
    found = rules().assess(text, language, local_of(country))
    fired = [f.id for f in found.fired]
    assert found.level in (R, S), f"{text!r} -> {found.level.value}, fired {fired}"
    assert not found.crisis
