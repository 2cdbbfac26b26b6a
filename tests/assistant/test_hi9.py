"""Hindi completeness (issue 11): every topic has Hindi text in Devanagari, Latin-script Hindi
(hi-latn) names every symptom in its own letters (``languages/hi-latn/labels.yaml``, checked by
``selfcare kb check``) and has text for every topic, and a reply rendered in
Latin letters shows no English label and no Devanagari. Our own messages, written for these
tests (not from any eval set)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.knowledge.loader import Knowledge, cross_references

from .support import Chat, joined

ENGINE = engine()
KB = ENGINE.kb
HI = KB.languages["hi"]
LATN = KB.languages["hi-latn"]
EN = KB.reference
INDIA = "+919812345678"
DEVANAGARI = re.compile("[\u0900-\u097f]")

# The topics Hindi fell back to English for until 2026-12-06.
WRITTEN = (
    "alcohol_drugs", "bowel_changes", "cholesterol", "fertility", "lumps_swellings",
    "medicine_questions", "memory_problems", "mole_changes", "thirst_urination",
    "weight_loss_unexplained",
)  # fmt: skip


def _problems_with(labels: dict[str, str], fallbacks: tuple[str, ...] = ()) -> list[str]:
    spec = LATN.spec.model_copy(update={"fallbacks": (*LATN.spec.fallbacks, *fallbacks)})
    latn = dataclasses.replace(LATN, labels=labels, spec=spec)
    kb: Knowledge = dataclasses.replace(KB, languages={**KB.languages, "hi-latn": latn})
    return [str(p) for p in cross_references(kb) if "labels" in str(p)]


# --- the knowledge base --------------------------------------------------------------------------


def test_every_topic_has_hindi_text_and_none_is_a_listed_fallback() -> None:
    assert set(KB.topics) <= set(HI.topics)
    for topic_id in WRITTEN:
        assert topic_id not in HI.spec.fallbacks, topic_id
        assert topic_id not in LATN.spec.fallbacks, topic_id


def test_the_hindi_topics_are_in_their_own_script() -> None:
    for topic_id in WRITTEN:
        text = HI.topics[topic_id]
        for line in (text.title, text.summary, *text.self_care, text.duration):
            assert DEVANAGARI.search(line), (topic_id, line)
        latn = LATN.topics[topic_id]
        for line in (latn.title, latn.summary, *latn.self_care, *latn.pharmacist):
            assert not DEVANAGARI.search(line), (topic_id, line)


def test_the_new_aliases_name_no_other_topic() -> None:
    # The first topic to claim a phrase keeps it: a new alias another topic already has
    # would silently never count.
    others: dict[str, str] = {}
    for lang in (EN, HI, LATN):
        for topic_id, text in lang.topics.items():
            if topic_id not in WRITTEN:
                for alias in text.aliases:
                    others.setdefault(alias.lower(), topic_id)
    for topic_id in WRITTEN:
        for alias in (*HI.topics[topic_id].aliases, *LATN.topics[topic_id].aliases):
            assert alias.lower() not in others, (topic_id, alias, others.get(alias.lower()))


def test_every_topic_has_text_in_latin_letters_and_no_stale_fallback() -> None:
    assert set(KB.topics) <= set(LATN.topics)
    # What is left listed is a red flag with no line in Latin letters: nothing stale.
    for name in LATN.spec.fallbacks:
        assert name in KB.red_flags and name not in LATN.red_flags, name


def test_every_symptom_has_a_label_in_latin_letters() -> None:
    symptoms = {f.id for f in KB.findings.values() if f.kind == "symptom"}
    assert symptoms <= set(LATN.labels) | set(LATN.spec.fallbacks)
    assert set(LATN.labels) <= set(KB.findings)
    for name, label in LATN.labels.items():
        assert not DEVANAGARI.search(label), (name, label)


def test_kb_check_reports_a_missing_or_unknown_label() -> None:
    assert _problems_with(dict(LATN.labels)) == []
    fewer = {k: v for k, v in LATN.labels.items() if k != "haemoptysis"}
    (problem,) = _problems_with(fewer)
    assert "labels missing in hi-latn: haemoptysis" in problem
    # A listed fallback is allowed to show the English label.
    assert _problems_with(fewer, fallbacks=("haemoptysis",)) == []
    (problem,) = _problems_with({**LATN.labels, "no_such_finding": "kuch nahi"})
    assert "no_such_finding: no such finding" in problem


def test_only_a_variant_has_labels() -> None:
    hi = dataclasses.replace(HI, labels={"fever": "bukhar"})
    kb = dataclasses.replace(KB, languages={**KB.languages, "hi": hi})
    assert any("only a variant" in str(p) for p in cross_references(kb))


# --- replies -------------------------------------------------------------------------------------

LATN_REPLIES = [
    # (message, a label in Latin letters the reason line shows, the English label it replaces)
    ("mere pati ke seene me bahut tez dard hai aur paseena aa raha hai", "seene me dard",
     "chest pain"),
    ("meri maa ka chehra ek taraf latak gaya hai aur haath me kamzori hai",
     "chehra ek taraf latakna", "a drooping face"),
    ("mujhe kal se peshab me jalan hai, kamar ke bagal me dard aur kapkapi bhi",
     "peshab me jalan ya dard", "pain or burning on peeing"),
    ("bete ko khansi me khoon aa raha hai", "khansi me khoon", "coughing up blood"),
]  # fmt: skip


@pytest.mark.parametrize(("message", "label", "english"), LATN_REPLIES)
def test_a_reply_in_latin_letters_names_symptoms_in_latin_letters(
    message: str, label: str, english: str
) -> None:
    text = joined(Chat(INDIA).send(message))
    assert label in text.lower(), text
    assert english not in text.lower(), text
    assert not DEVANAGARI.search(text), text


def test_the_same_complaint_in_devanagari_or_english_keeps_its_own_labels() -> None:
    # The other side: hi-latn's labels never leak into a Devanagari or English reply.
    text = joined(Chat(INDIA).send("मेरे पति के सीने में बहुत तेज दर्द है और पसीना आ रहा है"))
    assert "सीने में दर्द" in text and "seene me dard" not in text, text
    text = joined(Chat("+447700900123").send("my husband has bad chest pain and is sweating"))
    assert "chest pain" in text.lower() and "seene" not in text, text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("mujhe kuch hafton se bahut pyaas lagti hai aur baar baar peshab jana padta hai",
         "thirst_urination"),
        ("bina koshish ke mera wazan kam ho raha hai, kapde dheele ho gaye",
         "weight_loss_unexplained"),
        ("mere til ka rang badal gaya hai aur woh bada ho gaya hai", "mole_changes"),
    ],
)  # fmt: skip
def test_a_new_topic_is_answered_in_latin_letters(message: str, topic: str) -> None:
    text = joined(Chat(INDIA).send(message))
    assert LATN.topics[topic].title in text, text
    assert EN.topics[topic].title not in text, text
    assert not DEVANAGARI.search(text), text


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("मुझे कुछ हफ्तों से बहुत प्यास लगती है और बार बार पेशाब जाना पडता है", "thirst_urination"),
        ("मेरे तिल का रंग बदल गया है और वह बडा हो गया है", "mole_changes"),
        ("मेरा कोलेस्ट्रॉल ज्यादा आया है, क्या करूं", "cholesterol"),
    ],
)  # fmt: skip
def test_a_new_topic_is_answered_in_devanagari(message: str, topic: str) -> None:
    text = joined(Chat(INDIA).send(message))
    assert HI.topics[topic].title in text, text
    assert EN.topics[topic].title not in text, text
