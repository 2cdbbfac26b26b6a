"""Indirect crisis statements in pairs, in six languages (fam16b, 2026-12-07).

The NHS page on suicidal thoughts and the Samaritans' warning signs: a goodbye, thanks or an
apology to everyone, or "look after my kids", is a warning sign; with another one (the phone
switched off, a room locked, the means bought, a place with a time, a day chosen, letters or a
will written, things given away) it is an emergency. Either alone stays what it is, and a goodbye
said on a journey (the airport, a flight), an apology for a late reply, rat poison bought for the
kitchen, a sale before a move or a phone left off are not a crisis.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, assert_level, assert_not_emergency, local_of, rules

LEVELS: list[tuple[str, str, str, TriageLevel]] = [
    # English
    ("en", "GB", "wanted to say thank you to everybody. bought rat poison this morning", E),
    ("en", "GB", "thanks all for everything, my phone is going off for good", E),
    ("en", "GB", "handed my bike and my laptop to my cousins, mobile will be off from tonight", E),
    ("en", "GB", "waved my family off at the airport today and I've got the tablets ready", E),
    # Spanish
    ("es", "MX", "perdónenme todos. ya compré la soga", E),
    ("es", "MX", "gracias a todos por todo, ya apagué mi teléfono", E),
    ("es", "MX", "perdón a toda la familia, mañana temprano voy a la vía del tren", E),
    # Portuguese
    ("pt", "BR", "vim me despedir de todo mundo. comprei chumbinho ontem", E),
    ("pt", "BR", "obrigada a todos por tudo, desliguei o meu celular", E),
    ("pt", "PT", "deixei as cartas escritas. domingo é o dia", E),
    ("pt", "BR", "já me despedi de todos e tranquei o quarto", E),
    # French
    ("fr", "FR", "désolé à tous. j'ai acheté une corde hier", E),
    ("fr", "FR", "prenez soin de mes filles. j'ai coupé mon portable", E),
    ("fr", "FR", "j'ai laissé mes lettres pour toute la famille, dimanche c'est le jour", E),
    ("fr", "FR", "merci pour tout, je me suis enfermée dans ma chambre", E),
    # Swahili
    ("sw", "KE", "nisameheni nyote. nimezima simu yangu", E),
    ("sw", "KE", "nimekuja kuwaaga nyote, nimenunua kamba", E),
    ("sw", "TZ", "asanteni nyote kwa kila kitu, simu yangu imezimwa", E),
    # Hindi, Devanagari
    ("hi", "IN", "सबसे माफी मांगती हूँ। मैंने रस्सी ले ली है", E),
    ("hi", "IN", "घरवालों को मैंने चिट्ठी लिख दी, रविवार का दिन तय कर लिया है", E),
    ("hi", "IN", "सबको शुक्रिया, मेरा फोन अब बंद रहेगा", E),
    # Hindi, Latin letters
    ("hi", "IN", "sabse maafi mangti hu, aaj zehar khareed liya", E),
    ("hi", "IN", "mere bachche ka khayal rakhna. phone band kar diya", E),
    ("hi", "IN", "apna saamaan dost ko de diya, sabko thanks", E),
    ("hi", "IN", "chitthi likh di hai, ravivar ka din tay kar liya", E),
    # a goodbye at the airport with low mood is not a farewell
    ("en", "GB", "dropped my sister at the airport and said goodbye to my family, feeling low", S),
    ("fr", "FR", "j'ai dit au revoir à ma famille à la gare, je suis un peu triste", S),
]

# One sign alone, or an ordinary neighbour: never an emergency.
NOT_EMERGENCY: list[tuple[str, str]] = [
    ("en", "look after my kids for me this afternoon while I'm at the dentist"),
    ("en", "sorry everyone for the slow reply, my mobile was off"),
    ("en", "we need rat poison for the shed, there are mice everywhere"),
    ("en", "my phone will be off for the flight, text me later"),
    ("en", "said goodbye to everyone at the airport, moving abroad for work"),
    ("es", "perdón a todos por el retraso, se me apagó el celular"),
    ("es", "vendo mi moto porque me voy a vivir al extranjero"),
    ("es", "me despedí de mis padres en la estación de autobuses"),
    ("pt", "desculpa a todos pelo atraso, o telefone descarregou"),
    ("pt", "comprei raticida para a garagem, tem ratos"),
    ("fr", "pardon à tous, j'étais en réunion"),
    ("fr", "prenez soin de mes enfants pendant le week end"),
    ("fr", "j'ai éteint mon portable pendant le film"),
    ("sw", "samahanini wote kwa kuchelewa"),
    ("sw", "nimenunua sumu ya panya kwa ajili ya stoo"),
    ("sw", "nimewaaga wazazi uwanja wa ndege, nasafiri kesho"),
    ("hi", "रसोई के चूहों के लिए दवा खरीदी है"),
    ("hi", "sabse maafi mangta hu late reply ke liye"),
    ("hi", "airport pe sabko bye bola, thoda udaas hu"),
]


@pytest.mark.parametrize(("language", "country", "text", "want"), LEVELS)
def test_level(language: str, country: str, text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language, local_of(country))


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCY)
def test_not_emergency(language: str, text: str) -> None:
    assert_not_emergency(rules(), text, language)


def test_one_sign_alone_is_not_a_crisis_emergency() -> None:
    # the phone off alone, or thanks to everyone alone, fires no emergency
    for text in ("my phone will be off tonight", "gracias a todos por todo"):
        found = rules().assess(text, None, frozenset())
        assert found.level in (R, S, TriageLevel.URGENT), (text, found.level)
