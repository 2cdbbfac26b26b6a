"""French (``fr``): understood and answered as people write it on WhatsApp — France, Belgium,
Switzerland, Quebec, West and Central Africa: no accents, elisions glued ("jai", "jsuis"),
SMS shorthand ("pb", "bcp"). Messages written for these tests, not taken from any test set.

Every assertion goes through the public entry points: the shared engine and the assistant.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import ReplyAction, TriageLevel
from tests.assistant.support import (
    ENGLISH_ONLY_2026_12_04,
    Chat,
    E,
    R,
    S,
    U,
    first_line,
    joined,
    medicine_answer,
)

FRANCE = "+33612345678"
SENEGAL = "+221771234567"
COTE_DIVOIRE = "+2250701020304"


def level(text: str) -> TriageLevel:
    """The level a message reaches with its language detected, as the service reads it."""
    return engine().assess(text).level


@pytest.mark.parametrize(
    "text",
    [
        # adults, with and without accents
        "j'ai une douleur qui serre dans la poitrine et ça descend dans le bras gauche",
        "jai mal a la poitrine ca serre et je transpire bcp",
        "mon père a la bouche de travers et il parle bizarre depuis 10 min",
        "ma femme est tombée et elle ne se réveille plus",
        "mon mari respire plus aidez moi",
        "je saigne enormement de la jambe ca s arrete pas",
        "jsuis enceinte de 7 mois et je sens plus le bebe bouger depuis hier",
        "enceinte de 6 semaines, douleur atroce en bas du ventre a droite et je me sens partir",
        "il a mangé des cacahuètes, sa langue gonfle et il respire mal",
        "mon frère a avalé toute la boîte de doliprane",
        # children
        "mon bébé de 2 mois a 38,5 de fièvre",
        "mon bb de 3 semaines est tout mou et il tete plus",
        "ma fille de 2 ans convulse depuis 6 minutes ca s arrete pas",
        "mon fils de 4 ans a les levres bleues et les cotes qui se creusent",
        "le petit a bu de la javel",
    ],
)
def test_emergencies_in_french_reach_emergency(text: str) -> None:
    assert level(text) is E, text


@pytest.mark.parametrize(
    "text",
    [
        "je veux mourir",
        "jveu plu vivre, j ai les cachets devant moi",
        "je vais me suicider ce soir",
        "j en peux plus, je veux en finir",
    ],
)
def test_crisis_statements_get_crisis_support(text: str) -> None:
    assessment = engine().assess(text)
    assert assessment.level.rank <= U.rank, text
    assert any(f.crisis for f in assessment.fired), text


@pytest.mark.parametrize(
    "text",
    [
        "je n'ai pas de douleur dans la poitrine",
        "pas de fievre, pas de difficulte a respirer",
        "mon pere a eu un avc il y a 5 ans, il va bien",
        "que faire si mon bebe ne respire plus ?",
        "quels sont les signes d une crise cardiaque ?",
    ],
)
def test_negated_past_and_hypothetical_are_not_emergencies(text: str) -> None:
    assert level(text) is not E, text


@pytest.mark.parametrize(
    "text",
    [
        "j ai le nez qui coule depuis 2 jours",
        "mal a la gorge depuis hier",
        "j ai un bouton de fievre sur la levre",
        "mon fils a des poux",
        "jai un rhume et je tousse un peu",
        # 'très mal au dos' is strong pain in the back, not feeling very unwell
        "j ai tres mal au dos depuis que j ai porte des cartons",
        "j'ai très mal à la tête depuis ce matin",
    ],
)
def test_ordinary_complaints_are_not_emergencies(text: str) -> None:
    assert level(text) in (S, R), text


@pytest.mark.parametrize(
    "text",
    [
        "bonjour j ai mal au ventre depuis hier",
        "mon fils a de la fievre",
        "jsuis fatiguee tout le temps",
        "ma mere tousse beaucoup depuis une semaine",
        "j ai mal a la tete",
    ],
)
def test_short_french_messages_are_read_as_french(text: str) -> None:
    assert engine().languages_of(text)[0] == "fr", text


def test_an_emergency_in_france_leads_with_15_in_french() -> None:
    chat = Chat(FRANCE, "33")
    reply = chat.send("mon bebe respire plus il est tout bleu")
    assert reply.triage is E
    assert first_line(reply).startswith("Appelez le 15"), first_line(reply)
    assert "En attendant" in joined(reply)
    assert "Call" not in joined(reply)


def test_an_emergency_in_senegal_leads_with_its_number_in_french() -> None:
    chat = Chat(SENEGAL, "221")
    reply = chat.send("ma fille de 3 ans a fait une convulsion et elle se reveille pas")
    assert reply.triage is E
    assert first_line(reply).startswith("Appelez le 1515"), first_line(reply)
    assert "aux urgences" in first_line(reply)


def test_a_crisis_reply_is_in_french_with_the_crisis_line() -> None:
    chat = Chat(FRANCE, "33")
    reply = chat.send("je veux mourir, j ai deja prevu comment")
    text = joined(reply)
    assert "3114" in text
    assert "Vous n'avez pas à affronter ça seul" in text or "pas à affronter" in text


def test_a_french_complaint_is_answered_in_french() -> None:
    chat = Chat(COTE_DIVOIRE, "225")
    reply = chat.send("mon fils a de la fievre depuis 2 jours")
    assert reply.messages
    text = joined(reply)
    assert "Appelez le" in text or "pharmacie" in text or "médecin" in text, text


def test_stop_and_start_in_french() -> None:
    chat = Chat(FRANCE, "33")
    chat.send("bonjour")
    stopped = chat.send("STOP")
    assert "vous ne recevrez plus de messages" in joined(stopped)
    assert chat.send("mal a la gorge").messages == ()
    started = chat.send("reprendre")
    assert "Bon retour" in joined(started)


def test_delete_my_data_in_french() -> None:
    chat = Chat(FRANCE, "33")
    chat.send("bonjour j ai mal au dos")
    asked = chat.send("effacer mes données")
    assert "supprime" in joined(asked)
    done = chat.send("oui")
    assert done.actions == (ReplyAction.ERASE_DATA,)


def test_asking_for_french_switches_the_language() -> None:
    chat = Chat("+447700900123", "44")
    chat.send("hello")
    reply = chat.send("français")
    assert "je vous écris en français" in joined(reply)
    follow = chat.send("j ai mal a la tete depuis ce matin")
    assert follow.messages


MEDICINE_QUESTIONS = [
    (
        "je peux prendre de l advil avec mon traitement pour la tension ?",
        "ibuprofen+blood_pressure_tablets",
    ),
    (
        "je suis sous previscan, est ce que je peux prendre de l ibuprofene",
        "ibuprofen+blood_thinners",
    ),
    ("j allaite, le nurofen c est bon ?", "ibuprofen+breastfeeding"),
    ("est ce que je peux boire de l alcool avec le flagyl", "metronidazole+alcohol"),
    ("j ai oublie ma pilule hier soir", "combined_pill+missed_dose"),
    ("j ai vomi apres avoir pris la pilule du lendemain", "emergency_contraception+being_sick"),
    ("je peux donner du doliprane a mon fils de 2 ans", "paracetamol+child"),
    ("enceinte de 5 mois, je peux prendre du dafalgan ?", "paracetamol+pregnancy"),
    ("je prends du seroplex, l ibuprofene ca va ?", "ibuprofen+antidepressants"),
]


@pytest.mark.parametrize(("question", "key"), MEDICINE_QUESTIONS)
def test_a_medicine_question_in_french_gets_the_french_advice(question: str, key: str) -> None:
    medicine_answer("fr", FRANCE, "33", "bonjour", question, key)


def test_every_red_flag_and_topic_has_its_french_words() -> None:
    """Nothing in French falls back to English but the records added in English on
    2026-12-04, each listed in the language's fallbacks."""
    french = engine().kb.languages["fr"]
    assert set(french.spec.fallbacks) <= ENGLISH_ONLY_2026_12_04
    missing_flags = set(engine().kb.red_flags) - set(french.red_flags)
    missing_topics = set(engine().kb.topics) - set(french.topics)
    assert missing_flags | missing_topics <= set(french.spec.fallbacks)
    assert french.medicines is not None


def test_an_emergency_in_switzerland_leads_with_144_in_french() -> None:
    chat = Chat("+41791234567", "41")
    reply = chat.send("mon pere a mal a la poitrine, ca serre et ca descend dans le bras")
    assert reply.triage is E
    assert first_line(reply).startswith("Appelez le 144"), first_line(reply)


def test_a_poisoning_in_switzerland_names_tox_info_suisse() -> None:
    chat = Chat("+41791234567", "41")
    reply = chat.send("mon fils de 2 ans a avale des comprimes de sa grand mere")
    assert "145" in joined(reply), joined(reply)
