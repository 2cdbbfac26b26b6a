"""Round-13 misses in Spanish, Portuguese, French, Swahili and Hindi (both sides).

Crisis: "no longer a problem/burden for anyone" with the pills laid out and "how many are
needed" asked after them; "you won't see me tomorrow" posted with a rope bought. A large scald
poured on a toddler with skin coming off; a baby not drinking at all who does not open the eyes
when woken (WHO IMCI danger signs). Urgent: a swollen wrist that cannot be moved after a fall,
quinsy told as "la garganta fatal" with one side swollen, a teen's cuts on the arms even when
she says she does not want to die, a child's sunken eyes with diarrhoea, yellow eyes said with
a plain "are". Routine: irregular periods at 49, a fungal nail or acne that pharmacy treatment
did not help, thirst with frequent peeing.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, local_of, rules

LEVELS: list[tuple[str, str, TriageLevel, str]] = [
    # crisis: not being a problem or a burden to anyone any more, with the means or a
    # lethal-amount question (NHS help for suicidal thoughts, NICE NG225)
    (
        "no os preocupéis, a partir de mañana dejo de ser un problema para vosotros, "
        "las pastillas ya están juntas en la mesa",
        "es",
        E,
        "es",
    ),
    (
        "ya no voy a ser una molestia para nadie, tengo las pastillas de dormir aquí, "
        "cuántas serían suficientes",
        "es",
        E,
        "mx",
    ),
    (
        "tengo los somníferos de mi madre, dime cuántas hacen falta. ya no seré un estorbo "
        "para mi familia",
        "es",
        E,
        "ar",
    ),
    ("não vou ser mais um problema pra ninguém, tenho os comprimidos aqui", "pt", E, "br"),
    (
        "juntei os comprimidos de dormir, quantos seriam suficientes? vou deixar de ser "
        "um peso pra vocês",
        "pt",
        E,
        "pt",
    ),
    (
        "je ne serai plus un problème pour personne, j'ai mes somnifères, combien il en faut ?",
        "fr",
        E,
        "fr",
    ),
    # neighbours: a dose question about a treatment, a worry said kindly
    ("tengo pastillas para la presion, cuantas necesito al dia?", "es", R, "mx"),
    (
        "j'ai des comprimés de doliprane pour la fièvre, combien il en faut par jour ?",
        "fr",
        S,
        "fr",
    ),
    # "you won't see me tomorrow" posted, with a rope bought (NICE NG225)
    (
        "dada ametuma kwenye group 'hamtaniona kesho', tena niliona alinunua kamba juzi",
        "sw",
        E,
        "ke",
    ),
    ("mwanangu ameandika 'hamtaniona tena baada ya leo' na amenunua kamba", "sw", E, "tz"),
    ("hamtaniona kesho kazini, nina safari ya Arusha", "sw", R, "tz"),
    # a scald poured on a toddler's chest and belly, skin come off (NHS burns and scalds: A&E)
    (
        "mtoto wa miezi 18 amejimwagia uji unaochemka kifuani na tumboni, ngozi inabanduka",
        "sw",
        E,
        "ke",
    ),
    ("mwanangu wa miaka 2 amejimwagia chai ya moto mkononi kidogo, ni pekundu tu", "sw", U, "tz"),
    # a baby not drinking at all, not opening the eyes when woken (WHO IMCI danger signs)
    (
        "beti 7 mahine ki, doodh bilkul nahi pee rahi, jagane pe bhi aankhen nahi khol rahi",
        "hi-latn",
        E,
        "in",
    ),
    ("मेरी 8 महीने की बेटी दूध बिल्कुल नहीं पी रही, जगाने पर भी आँख नहीं खोलती", "hi", E, "in"),
    # urgent: a swollen wrist that cannot be moved after a fall (NHS broken arm or wrist)
    ("me caí en la escalera, la muñeca súper hinchada y casi no la puedo mover", "es", U, "cl"),
    ("se cayó de la bici y el tobillo está enorme, no lo puede mover", "es", U, "pe"),
    ("tengo la rodilla hinchada por la artritis y no la puedo doblar bien", "es", S, "es"),
    # quinsy told as an awful throat with one side swollen (NHS quinsy: same day)
    (
        "la garganta hecha polvo desde el lunes, el lado derecho muy hinchado "
        "y me cuesta mucho tragar",
        "es",
        U,
        "es",
    ),
    ("tengo la garganta fatal, hablo como con una patata caliente en la boca", "es", U, "es"),
    ("tengo la garganta fatal desde ayer y un poco de moco", "es", S, "es"),
    # a teen's cuts on the arms, superficial, saying she does not want to die (NICE NG225)
    ("meu filho de 16 se cortou nos antebraços, diz que não quer se matar", "pt", U, "br"),
    ("minha filha se cortou de leve mas jura que não queria morrer", "pt", U, "pt"),
    ("meu filho se cortou no braço com um vidro jogando bola", "pt", S, "br"),
    ("o menino se cortou nas pernas caindo na cerca de arame", "pt", S, "br"),
    # sunken eyes with diarrhoea in a child: IMCI some dehydration, same day (as Hindi reads it)
    ("beti 3 saal ki, 2 din se dast, aankhen kuch andar dhans gayi hai", "hi-latn", U, "in"),
    ("मेरी आँखें थकान से थोड़ी अंदर लगती हैं", "hi", S, "in"),
    # yellow eyes said with "are" (NHS jaundice: urgent GP); yellow discharge is not
    ("मेरी माँ की आंखें 2 दिन से पीली सी है और भूख नहीं लगती", "hi", U, "in"),
    ("bhai ki aankhen 4 din se peeli hain", "hi-latn", U, "in"),
    ("बच्चे की आँखों से पीला कीचड़ निकल रहा है", "hi", S, "in"),
    # routine: irregular periods at the menopause (NHS menopause: GP for treatment)
    ("tengo 50, sofocos todo el dia y la regla me baja cuando le da la gana", "es", R, "co"),
    # pharmacy treatment that did not work (NHS fungal nail, acne: see a GP)
    ("ongle du gros orteil jaune et épais, la solution de la pharmacie marche pas", "fr", R, "be"),
    ("chehre pe daane 8 mahine se, face wash aur gel lagaya koi fayda nahi", "hi-latn", R, "in"),
    # thirst with frequent peeing (NHS type 2 diabetes: GP blood test)
    ("mujhe 3 hafte se baar baar peshab aur pyaas lagti hai", "hi-latn", R, "in"),
    ("कुछ दिनों से बहुत पेशाब और ज्यादा प्यास लगती है", "hi", R, "in"),
]


@pytest.mark.parametrize(("text", "language", "want", "country"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel, country: str) -> None:
    assert_level(rules(), text, want, language, local_of(country))
