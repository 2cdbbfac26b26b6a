"""Round 12: routine needs that had fallen to self-care (all six languages), both sides.

A partner's positive STI test with no symptoms; a scaly patch that bleeds for months; a treatment
that is not enough or has run for months (hay fever, a verruca, a fungal nail); a wart on the
genitals in everyday words; low mood and withdrawal since a season or a loss. Each is "see a GP or
a clinic in the coming days" (NHS, NICE CKS); the first day of hay fever, a new wart, a low day
stay self-care.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import R, S, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # A partner (or the writer) tested positive for an STI, no symptoms: get tested and treated at a
    # sexual health clinic (NHS chlamydia, gonorrhoea). A partner's covid test stays self-care.
    ("my girlfriend just tested positive for chlamydia, I feel totally fine", "en", R),
    ("hubby's got gonorrhoea apparently, I've no symptoms", "en", R),
    ("my partner tested positive for covid yesterday", "en", S),
    ("a mi novio le salió positivo a clamidia y yo no tengo ningún síntoma", "es", R),
    ("mi esposa tiene gonorrea, me lo dijo ayer, yo estoy bien", "es", R),
    ("minha namorada deu positivo para clamídia, eu não tenho nada", "pt", R),
    ("meu marido pegou sífilis, eu não sinto nada", "pt", R),
    ("ma copine est positive à la chlamydia, moi rien du tout", "fr", R),
    ("mon mec a chopé une gonorrhée, je n'ai aucun symptôme", "fr", R),
    ("mume wangu amekutwa na kaswende, mimi sina dalili zozote", "sw", R),
    ("mpenzi wangu ana kisonono lakini mimi niko sawa", "sw", R),
    ("mere boyfriend ka chlamydia test positive aaya hai, mujhe koi problem nahi", "hi", R),
    ("मेरी पत्नी को सिफलिस निकला है, मुझे कुछ नहीं है", "hi", R),
    # A treatment not enough, or used for weeks or months and the problem still there: a GP (NHS
    # hay fever, warts and verrucas, fungal nail infection). The first day of hay fever, a new
    # wart: a pharmacist's.
    ("my hay fever tablets just aren't enough this year, still sneezing all day", "en", R),
    ("been treating my verruca for 3 months and it's still painful to walk on", "en", R),
    ("used the fungal nail paint for two months but still yellow and thick", "en", R),
    ("first day of hay fever this year, sneezing and itchy eyes", "en", S),
    ("got a verruca on my foot, just noticed it last week", "en", S),
    ("me he puesto una crema para los hongos de las uñas tres meses y nada", "es", R),
    ("las pastillas para la alergia al polen ya no me alcanzan, sigo estornudando", "es", R),
    ("me salió una verruga en la mano hace una semana", "es", S),
    ("já passei pomada de micose na unha 2 meses e nada", "pt", R),
    ("tenho verruga no pé, já usei remédio de farmácia uns 4 meses", "pt", R),
    ("apareceu uma verruguinha no dedo essa semana", "pt", S),
    ("j'ai mis un vernis pour la mycose de l'ongle pendant 3 mois et rien", "fr", R),
    (
        "les comprimés pour le rhume des foins ne suffisent plus, j'éternue toute la journée",
        "fr",
        R,
    ),
    ("j'ai une petite verrue sur le doigt depuis quelques jours", "fr", S),
    ("nimetumia krimu ya fangasi ya kucha kwa miezi miwili bado", "sw", R),
    ("teen mahine se warts pe cream laga raha hoon phir bhi nahi gaya", "hi", R),
    ("दो महीने से मस्से पर क्रीम लगा रहा हूँ फिर भी नहीं गया", "hi", R),
    # A wart on the genitals said in everyday words: a sexual health clinic (NHS genital warts).
    ("think I've got a wart on my willy, doesn't hurt", "en", R),
    ("tengo una verruga en mis partes, no me duele", "es", R),
    ("apareceu uma verruga nas minhas partes, não dói", "pt", R),
    ("j ai une verrue sur l entrejambe, ça fait pas mal", "fr", R),
    ("nina chunjua sehemu zangu za siri, haziumi", "sw", R),
    ("private part pe massa ho gaya hai, dard nahi hai", "hi", R),
    # A scaly or crusty patch or spot that bleeds or keeps scabbing, for weeks: see a GP (NHS
    # non-melanoma skin cancer).
    (
        "scaly red patch on my forehead that bleeds sometimes, been there since spring,"
        " I work outdoors",
        "en",
        R,
    ),
    ("crusty pink spot on my ear keeps scabbing over for months", "en", R),
    # Low mood and pulling away from people since a season, a holiday or a loss months back, no
    # dark thoughts: a GP (NHS depression in adults). A low day stays self-care.
    ("I've felt flat since the autumn and haven't wanted to see anyone, no dark thoughts", "en", R),
    ("feeling a bit down today after a rough week at work", "en", S),
    ("desde el otoño estoy triste y no quiero ver a nadie, no pienso en hacerme daño", "es", R),
    ("ando triste desde o inverno, sem vontade de ver ninguém", "pt", R),
    ("je suis triste depuis la rentrée et je vois plus personne, pas d'idées noires", "fr", R),
    ("un peu triste aujourd'hui, journée difficile", "fr", S),
    ("nina huzuni tangu mwaka jana nilipofiwa na mama, sina mawazo ya kujiua", "sw", R),
    ("diwali se udaas hoon, kisi se milne ka mann nahi karta", "hi", R),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)
