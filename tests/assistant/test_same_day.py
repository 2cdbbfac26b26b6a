"""Same-day problems said mildly, in every language (sday, 2026-12-07).

Each family is one concept that needs to be seen today (NHS "call 111 / urgent GP", NICE CKS,
WHO IMCI), said plainly in English, Spanish, Portuguese, French, Swahili and Hindi (Devanagari
and Latin letters), with the neighbours that must stay lower:

- hearing lost suddenly in one ear, even when the person guesses wax or says the ear is blocked
  (NHS hearing loss: sudden loss within 3 days is urgent; earwax builds up slowly), while a
  loss over a year stays routine and a blocked ear after a cold is not urgent;
- a drink spiked, said without the word, with no memory of the night (NHS drink spiking; help
  after rape and sexual assault: emergency contraception and HIV PEP within 72 hours);
- the blue reliever inhaler needed every few hours, the frequency said first (NHS asthma
  attack);
- a child who will not put a foot down or walk after a fall (NHS limp in children, broken leg),
  while a child who fell and runs around again is not;
- blood and mucus in a child's diarrhoea, or "bloody diarrhoea" in one word (WHO IMCI
  dysentery), in Hindi;
- a baby a day or two old said to be yellow, the age said first (NICE CG98), not yellow teeth;
- a fever that "comes and goes" is not pain in waves (a kidney stone) in French.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import (
    R,
    S,
    U,
    assert_level,
    assert_not_emergency,
    local_of,
    rules,
)

LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # --- hearing lost suddenly in one ear, a blocked ear or wax guessed
    ("my ear has been blocked since yesterday and I can't hear anything out of it", "en", U),
    ("woke up with my left ear blocked and suddenly I can barely hear, is it wax?", "en", U),
    ("desde ayer el oído izquierdo tapado, no oigo casi nada de ese lado, ¿será cerumen?", "es", U),
    ("desde ontem o ouvido direito tampado, quase não escuto desse lado, será cera?", "pt", U),
    ("depuis hier l'oreille droite bouchée, j'entends presque plus rien, un bouchon ?", "fr", U),
    ("tangu jana sikio la kulia limeziba ghafla, sisikii karibu kitu upande huo", "sw", U),
    ("कल से दाहिना कान अचानक बंद हो गया, उस तरफ से कुछ सुनाई नहीं देता", "hi", U),
    ("kal se right kaan achanak band ho gaya, us taraf se kuch sunai nahi deta", "hi", U),
    # ... the other side: slowly over a year, or blocked after a cold
    ("my hearing has been slowly getting worse over the last year, TV louder", "en", R),
    ("llevo un año oyendo cada vez peor, poco a poco", "es", R),
    ("oreille bouchée depuis mon rhume il y a une semaine", "fr", R),
    # --- a drink spiked, said without the word, and no memory
    (
        "someone put something in my drink last night, woke at his place, remember nothing",
        "en",
        U,
    ),
    ("creo que me echaron algo en la bebida anoche y no recuerdo nada", "es", U),
    ("me drogaron en la fiesta y no recuerdo nada de anoche", "es", U),
    ("acho que colocaram algo na minha bebida ontem, não lembro de nada", "pt", U),
    (
        "on a mis quelque chose dans mon verre hier soir, je me suis réveillée sans souvenir",
        "fr",
        U,
    ),
    ("nadhani waliweka kitu kwenye kinywaji changu jana usiku, sikumbuki kitu", "sw", U),
    ("लगता है कल रात किसी ने मेरी ड्रिंक में कुछ मिला दिया, कुछ याद नहीं", "hi", U),
    ("lagta hai party me kisi ne juice me nashe ki goli mila di, kuch yaad nahi", "hi", U),
    # --- the blue inhaler every few hours, the frequency said first
    ("every couple of hours I'm on the blue inhaler since Saturday", "en", U),
    ("cada 3 horas tengo que usar el inhalador azul desde el sábado", "es", U),
    ("a cada 3 horas preciso usar a bombinha desde sábado", "pt", U),
    ("toutes les 3 heures je dois prendre la ventoline depuis samedi", "fr", U),
    ("natumia pampu ya bluu kila saa 3 tangu jana", "sw", U),
    ("kila baada ya masaa 3 natumia pampu ya pumu tangu jumamosi", "sw", U),
    ("कल से हर 3 घंटे में नीला इनहेलर लेना पड़ रहा है", "hi", U),
    ("har do ghante me pump lena padta hai kal se", "hi", U),
    # --- a child who will not put a foot down or walk after a fall
    ("mi hijo se cayó del columpio y no quiere pisar con ese pie", "es", U),
    ("meu filho caiu do balanço e não quer pisar com esse pé", "pt", U),
    ("mon fils de 3 ans est tombé et ne veut plus poser le pied par terre", "fr", U),
    ("ma fille boite depuis sa chute ce matin et refuse de marcher", "fr", U),
    ("mtoto wangu wa miaka 3 alianguka na hataki kukanyaga mguu", "sw", U),
    ("मेरा 3 साल का बेटा गिर गया और अब पैर जमीन पर नहीं रख रहा", "hi", U),
    ("beta jhoole se gira, chalne se mana kar raha hai", "hi", U),
    # ... the other side: a sprain walked on
    ("twisted my ankle playing football, can walk on it fine, barely swollen", "en", S),
    ("je me suis tordu la cheville, je marche sans problème, à peine gonflée", "fr", S),
    ("nimeteguka kifundo cha mguu, natembea vizuri, kimevimba kidogo tu", "sw", S),
    # --- blood and mucus in a child's diarrhoea (WHO IMCI dysentery)
    ("मेरे 2 साल के बच्चे को खून और आंव वाले दस्त हो रहे हैं", "hi", U),
    ("mere 2 saal ke bachche ko khoon aur aanv wale dast ho rahe hain", "hi", U),
    ("meri beti 2 saal ki hai, usko khooni dast ho rahe hain", "hi", U),
    ("mi niño de 2 años tiene diarrea con sangre y moco", "es", U),
    ("mtoto wangu wa miaka 2 ana kuhara damu na kamasi", "sw", U),
    # ... the other side: a mild loose stool in a child playing
    ("bachhe ko 1 din se halka dast hai, khel raha hai", "hi", S),
    # --- a baby a day old and yellow, the age said first
    ("मेरा बच्चा 1 दिन का है और अभी से पीला पड़ गया है", "hi", U),
    ("mera baby 1 din ka hai aur abhi se peela pad gaya hai", "hi", U),
    ("2 din ke bachhe ki skin peeli lag rahi hai", "hi", U),
    ("mere dant 2 din ke andar peele pad gaye chai se", "hi", R),
    # --- a fever that comes and goes is not pain in waves
    ("mon fils de 3 ans a de la fièvre qui va et vient depuis 5 jours", "fr", U),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


# A fever in a malaria country is tested the same day (WHO malaria), whatever the language.
MALARIA: list[tuple[str, str | None, str]] = [
    ("mwanangu ana homa tangu jana", "sw", "KE"),
    ("j'ai de la fièvre depuis 2 jours", "fr", "CI"),
    ("मुझे 2 दिन से बुखार है", "hi", "IN"),
]


@pytest.mark.parametrize(("text", "language", "country"), MALARIA)
def test_fever_where_malaria_is_common(text: str, language: str | None, country: str) -> None:
    assert_level(rules(), text, U, language, local_of(country))


NOT_EMERGENCY: list[tuple[str, str | None]] = [
    # a drink spiked as a joke, nothing taken and well
    ("someone put something in my drink as a joke, it was just salt, I'm fine", "en"),
    # a child who fell and is running around again
    ("il est tombé hier, il a boité 5 minutes puis il court partout", "fr"),
    ("alianguka jana lakini anakimbia vizuri leo", "sw"),
    # hearing lost in one ear is not drowsiness ("can't hear anything out of it")
    ("can't hear anything out of my right ear since this morning", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str | None) -> None:
    assert_not_emergency(rules(), text, language)


def test_hearing_out_of_it_is_not_drowsy() -> None:
    found = rules().assess("my ear is blocked and I can barely hear out of it", "en", frozenset())
    assert "drowsy" not in found.present and "child_lethargic" not in found.present
