"""Dehydration graded as WHO IMCI and the NHS grade it (dehyd, 2026-12-07).

WHO IMCI, a child (2 months to 5 years) with diarrhoea: SEVERE dehydration (an emergency) is
two of lethargic or unconscious, sunken eyes, not able to drink or drinking poorly, a skin
pinch going back very slowly. SOME dehydration (urgent: ORS and a health worker the same day)
is two of restless or irritable, sunken eyes, drinks eagerly or thirsty, a skin pinch going
back slowly: "drinks eagerly" means able to drink, so sunken eyes with eager drinking is
some, not severe. Blood in a child's diarrhoea (dysentery) is same-day. A baby under 6 months
with sunken eyes, and signs of shock, stay an emergency.

NHS dehydration and severe vomiting in pregnancy (hyperemesis gravidarum): fluids not kept
down for 24 hours, dark or little pee, dizzy on standing: urgent (GP, midwife or 111 today);
an emergency only with the 999 signs (very confused or drowsy, no pee all day with a fast
heartbeat, a collapse, a fit).

Checked in English, Spanish, Portuguese, French, Swahili and Hindi (Devanagari and Latin
letters), both sides of each boundary.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # --- en: some dehydration (urgent) | severe (emergency)
    ("my 20 month old has the runs, his eyes look sunken but he is drinking eagerly", "en", U),
    ("3yo with diarrhoea since sunday, sunken eyes, cranky and restless", "en", U),
    ("my daughter is 2, diarrhoea, her skin goes back slowly when pinched, thirsty", "en", U),
    ("my 4 year old has diarrhoea, irritable and keeps asking for water", "en", U),
    ("my 2yo has diarrhoea with sunken eyes and is barely drinking", "en", E),
    ("18 month old with diarrhoea, sunken eyes, skin goes back very slowly when pinched", "en", E),
    ("toddler with diarrhoea, eyes sunken and so drowsy", "en", E),
    ("my 4 month old has diarrhoea and her eyes look sunken", "en", E),
    ("my 3 year old has bloody diarrhoea since this morning", "en", U),
    ("10 weeks pregnant, throwing up everything 2 days, dark pee, dizzy standing up", "en", U),
    ("been sick for days, can't keep fluids down, now very confused and drowsy", "en", E),
    ("my mum has diarrhoea and has not peed all day, her heart is racing", "en", E),
    # --- es
    ("mi hijo de 2 años con diarrea, ojitos hundidos, inquieto, toma el suero con ganas", "es", U),
    ("la nena de 3 años tiene diarrea, está irritable y tiene mucha sed", "es", U),
    ("mi niño de 1 año con diarrea, ojos hundidos y casi no toma nada", "es", E),
    ("mi hija de 2 años con diarrea, ojos hundidos, el pliegue vuelve muy lento", "es", E),
    ("mi bebé de 3 meses con diarrea y los ojos hundidos", "es", E),
    ("embarazada de 9 semanas, vomito todo hace 2 dias, orino poco y oscuro, me mareo", "es", U),
    ("mi papá con diarrea no ha orinado en todo el día y el corazón le late rapidísimo", "es", E),
    # --- pt
    ("meu filho de 2 anos com diarreia, olhos fundos, bebe água com vontade", "pt", U),
    ("minha filha de 3 anos com diarreia, manhosa e com muita sede", "pt", U),
    ("meu filho de 1 ano com diarreia, olhos fundos, não consegue beber nada direito", "pt", E),
    ("minha bebê de 2 anos com diarreia, olhos fundos, a pele volta muito devagar", "pt", E),
    ("meu bebê de 3 meses está com diarreia e os olhos fundos", "pt", E),
    ("grávida de 10 semanas vomitando tudo há 2 dias, xixi escuro, tonta ao levantar", "pt", U),
    # --- fr
    ("mon fils de 2 ans a la diarrhée, les yeux creux, il boit avidement", "fr", U),
    ("ma fille de 3 ans a la diarrhée, grognon et elle a très soif", "fr", U),
    ("mon fils de 2 ans, diarrhée, yeux enfoncés, il boit très peu", "fr", E),
    ("ma fille de 18 mois a la diarrhée, les yeux creux, le pli de peau persiste", "fr", E),
    ("mon bébé de 4 mois a la diarrhée et les yeux creux", "fr", E),
    ("enceinte de 10 semaines, je vomis tout, urines foncées, vertiges en me levant", "fr", U),
    # --- sw
    ("mtoto wa miezi 11 anaharisha, macho yameingia, anakunywa kwa hamu", "sw", U),
    ("mwanangu wa miaka 2 anaharisha, anasumbua sana na ana kiu", "sw", U),
    ("mtoto wa miaka 2 anaharisha, macho yamezama na ngozi inarudi polepole sana", "sw", E),
    ("mtoto wa miezi 4 anaharisha na macho yamezama", "sw", E),
    ("naharisha tangu jana, nikisimama napata kizunguzungu", "sw", U),
    ("mama yangu anaharisha, hajakojoa siku nzima na moyo unadunda kwa kasi", "sw", E),
    # --- hi (Devanagari)
    ("2 साल के बेटे को दस्त, आंखें धंसी हैं, बहुत प्यास लग रही है", "hi", U),
    ("3 साल की बेटी को दस्त हैं, बहुत चिड़चिड़ी है और बार बार पानी मांगती रहती है", "hi", U),
    ("2 साल के बच्चे को दस्त, आंखें धंसी और चमड़ी बहुत धीरे वापस जाती है", "hi", E),
    ("4 महीने के बच्चे को दस्त और आंखें अंदर धंस गई हैं", "hi", E),
    # --- hi (Latin letters)
    ("2 saal ke bete ko dast hai, aankhen dhasi hai, bahut pyas lag rahi hai", "hi", U),
    # --- sunken eyes with not drinking: severe
    ("mtoto ameharisha, macho yameingia ndani na hanywi", "sw", E),
    ("mi hijo de 2 años con diarrea, ojos hundidos, no quiere beber", "es", E),
    ("2 साल के बेटे को दस्त, आंखें धंसी, पानी नहीं पी रहा", "hi", E),
    ("2 saal ke bete ko dast, aankhen dhasi, pani nahi pee raha", "hi", E),
    # --- pregnancy sickness with little pee: peed only once or twice today (NHS: urgent)
    ("7 weeks pregnant, sick all day, only peed once today and it was dark", "en", U),
    ("embarazada de 7 semanas, náuseas y vómitos, oriné una sola vez hoy", "es", U),
    ("grávida de 7 semanas, enjoada e vomitando, só fiz xixi uma vez hoje", "pt", U),
    ("enceinte de 7 semaines, je vomis, j'ai fait pipi une seule fois", "fr", U),
    ("nina mimba ya wiki 7, natapika, nimekojoa mara moja tu leo", "sw", U),
    ("7 हफ्ते की गर्भवती हूं, उल्टी हो रही है, आज सिर्फ एक बार पेशाब आया", "hi", U),
    ("7 hafte pregnant hu, ulti ho rahi hai, aaj sirf ek baar peshab aaya", "hi", U),
    ("3 saal ki beti ko loose motion, chidchidi hai aur pyasi hai", "hi", U),
    ("bache ko dast, aankhen dhasi aur skin bahut dheere wapas jati hai", "hi", E),
    ("4 mahine ke bache ko dast aur aankhen andar dhas gayi", "hi", E),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


# some dehydration, never graded as severe (the other side of the boundary)
NOT_EMERGENCY: list[tuple[str, str | None]] = [
    ("my 2 year old has diarrhoea and his eyes look a bit sunken", "en"),
    ("my son is 3, diarrhoea, skin stays up a little when pinched", "en"),
    ("mi hijo de 2 años tiene diarrea y los ojos un poco hundidos", "es"),
    ("meu filho de 3 anos com diarreia e olhos um pouco fundos", "pt"),
    ("mon fils de 3 ans a la diarrhée et les yeux un peu creux", "fr"),
    ("mtoto wa miaka 3 anaharisha, macho yameingia kidogo", "sw"),
    ("3 साल के बेटे को दस्त हैं और आंखें थोड़ी धंसी लग रही हैं", "hi"),
    ("3 saal ke bete ko dast hai aur aankhen thodi dhasi lag rahi hai", "hi"),
    # words that are not the IMCI signs
    ("I have irritable bowel syndrome and diarrhoea again", "en"),
    ("restless legs at night and a bit of diarrhoea", "en"),
    ("pregnant, vomiting a lot, I only peed twice today", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str | None) -> None:
    assert_not_emergency(rules(), text, language)
