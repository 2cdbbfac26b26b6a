"""Hypothetical and information-only frames in every language (hyp, 2026-12-07).

A message that asks for information with nobody ill now — for school, a course, a video or a
family WhatsApp group, "just curious", "nobody is ill", "what are the signs of a stroke", "how
to help someone who is not breathing" — is a question asked ahead, not an emergency: its
imagined event is a supposition (scope), and the first aid or the signs asked about are
answered at self-care (``first_aid_ready``, ``emergency_signs_ready``; NHS first aid, stroke,
heart attack and CPR pages; WHO snakebite).

The boundary does not move: a real event in its own clause in the same message ("… but right
now my dad's face has dropped") still fires; "asking for a friend / for my sister" is not a
supposition (people disguise their own crisis, or a real friend's emergency, that way); "what
should I do, my baby is not breathing" is real; a supposition about someone of the writer's
own ("if my dad has chest pain") is not answered as the general first-aid question.

Mechanisms (engine/scope.py, language data): a supposition said after its finding where the
verb comes last (Hindi ``hypothetical_after``: "दौरा पड़ने पर क्या करें"); the relative clause
of a general person (``hypothetical_relative``: "someone who…", "alguien que…", "une personne
qui…").
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, S, assert_level, assert_not_emergency

# Asked ahead, nobody ill now: self-care (the first aid or the signs, and when to call).
ASKED_AHEAD: list[tuple[str, TriageLevel]] = [
    # English (it keeps working, and its gaps of the same family are closed)
    ("for my first aid course, what are the signs of a stroke? nobody is ill", S),
    ("just curious, symptoms of a heart attack in men", S),
    ("how do you help someone who is not breathing? asking for a school project", S),
    ("if a snake bites someone what should you do, saw it on a video", S),
    ("if someone has a seizure what do you do", S),
    ("what to do when someone bleeds a lot", S),
    # Spanish
    ("para la escuela: que hacer si alguien tiene dolor de pecho? estamos todos bien", S),
    ("por curiosidad, cuales son las senales de un derrame cerebral?", S),
    ("vi un video, si te pica una vibora que se hace? no paso nada", S),
    ("estoy en un curso, como ayudar a una persona que no respira", S),
    ("para mi exposicion: que pasa cuando alguien tiene un infarto", S),
    ("hipoteticamente, si mi tia tuviera un infarto que veria?", S),
    # Portuguese
    ("trabalho da faculdade: quais sao os sinais de um infarto? ninguem esta doente", S),
    ("so curiosidade, o que fazer se alguem tiver um avc", S),
    ("vi um video, se uma cobra morder alguem o que fazer? ninguem foi mordido", S),
    ("curso de primeiros socorros: como ajudar uma pessoa que nao respira", S),
    ("pro grupo da familia no whatsapp: sintomas de avc em idosos", S),
    # French
    ("pour un expose, si qqn fait un infarctus on fait quoi ? personne n'est malade", S),
    ("question comme ca, comment aider une personne qui ne respire plus", S),
    ("vu sur tiktok, si une vipere mord quelqu'un on fait quoi ? personne n'a ete mordu", S),
    ("pour le groupe de la famille : les signes d'une crise cardiaque", S),
    ("hypothetiquement, si ma mere faisait un AVC je verrais quoi ?", S),
    # Swahili
    ("swali tu, hakuna mgonjwa. mtu akipata kiharusi nifanye nini?", S),
    ("kwa kazi ya shule, dalili za shambulio la moyo ni zipi?", S),
    ("nauliza tu, mtoto akiumwa na nyoka tufanye nini", S),
    ("niliona video, ukimwona mtu amezirai unafanya nini? hakuna kilichotokea", S),
    ("kama baba angepata kiharusi ningeona nini?", S),
    # Hindi (Devanagari)
    ("कोई बीमार नहीं है, बस जानना है कि लकवा के लक्षण क्या होते हैं", S),
    ("व्हाट्सएप ग्रुप के लिए, सांप काटने पर क्या करें", S),
    ("बस ऐसे ही पूछ रहा हूँ, किसी को दिल का दौरा पड़े तो क्या करना चाहिए", S),
    ("जानकारी के लिए, बेहोश आदमी की मदद कैसे करें", S),
    # Hindi in Latin letters
    ("koi bimar nahi hai, family group ke liye, stroke ke lakshan kya hote hain", S),
    ("bas aise hi, kisi ko dil ka daura pade to kya karna chahiye", S),
    ("video dekha tha, saanp kaatne par kya karein? kisi ko kuch nahi hua", S),
]

# A real event in its own clause, "asking for a friend", and "what should I do, X now": real.
REAL: list[tuple[str, TriageLevel]] = [
    ("for a school project but right now my mums face has dropped on one side", E),
    ("asking for a friend, she has crushing chest pain and is sweating", E),
    ("what should I do, my baby is not breathing", E),
    ("how do i help my dad who is having a stroke, his face dropped", E),
    ("there is someone here who collapsed and is not breathing", E),
    ("tarea de la escuela y ahora mismo a mi abuelo se le cayo la cara de un lado", E),
    ("pregunto por una amiga, tiene dolor de pecho muy fuerte y suda frio", E),
    ("que hago, mi bebe no respira", E),
    ("como ayudar a mi mama que no respira", E),
    ("solo por curiosidad mi papa tiene dolor de pecho fuerte desde hace una hora y suda", E),
    ("trabalho da escola, mas agora mesmo meu pai ficou com a boca torta e nao fala", E),
    ("to perguntando por uma amiga, ela ta com dor no peito forte e falta de ar", E),
    ("minha mae tem sinais de avc, boca torta", E),
    ("c'est pour un expose mais la maintenant mon pere a la bouche de travers et parle mal", E),
    ("je fais quoi, mon bebe ne respire plus", E),
    ("comment aider mon pere qui s'etouffe", E),
    ("la personne ne respire plus", E),
    ("ni kwa kazi ya shule lakini sasa hivi baba mdomo umepinda hawezi kuongea", E),
    ("mtoto amemeza dawa nyingi sasa hivi tufanye nini", E),
    ("nifanye nini, mtoto wangu hapumui", E),
    ("ningependa kujua, mtoto wangu hapumui", E),
    ("स्कूल का काम है पर अभी पापा का मुंह टेढ़ा हो गया है और बोल नहीं पा रहे", E),
    ("दोस्त के लिए पूछ रहा हूँ, उसके सीने में तेज दर्द है और पसीना आ रहा है", E),
    ("किसी को सांप ने काट लिया है तो क्या करें", E),
    ("मेरे पापा को सीने में तेज दर्द है और पसीना आ रहा है अगर चक्कर आए तो क्या करें", E),
    ("kya karu, mera baccha saans nahi le raha", E),
    ("mere papa behosh ho gaye hain unki madad kaise karu", E),
]

# A supposition about someone of the writer's own, or a question that may be now: never an
# emergency, but not answered as the general question either (it keeps its own topic).
NOT_EMERGENCY_NOT_GENERAL: list[str] = [
    "no paso nada, solo quiero estar preparada por si a mi papa le da un infarto",
    "nao aconteceu nada, mas e se um dia meu pai tiver dor no peito forte?",
    "il ne s'est rien passe, mais si un jour mon fils avale des medicaments, je fais quoi",
]

# Asked as "what to do in case of", then told as one's own pain now, with sweating: a chest
# pain to call for (NHS chest pain). Known gap: the pain said after the question is not tied
# back to the chest, so it reads routine; strict, so a fix is seen.
KNOWN_GAPS: list[tuple[str, TriageLevel]] = [
    ("que faire en cas de douleur dans la poitrine, j ai tres mal et je transpire", E),
]


@pytest.mark.parametrize(("text", "want"), ASKED_AHEAD)
def test_asked_ahead_is_self_care(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want)


@pytest.mark.parametrize(("text", "want"), REAL)
def test_a_real_event_still_fires(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY_NOT_GENERAL)
def test_own_person_supposed_is_not_the_general_question(text: str) -> None:
    assert_not_emergency(engine(), text)
    assert engine().assess(text).topic not in {"emergency_signs_ready", "first_aid_ready"}


@pytest.mark.xfail(strict=True, reason="known gap: pain told after the question, not tied back")
@pytest.mark.parametrize(("text", "want"), KNOWN_GAPS)
def test_own_pain_after_the_question(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want)


@pytest.mark.parametrize(
    ("text", "language", "finding", "supposed"),
    [
        # Hindi: the supposition after its finding, the verb last
        ("दिल का दौरा पड़ने पर क्या करना चाहिए", "hi", "emergency_named", True),
        ("saanp kaatne par kya karein", "hi", "snake_bite", True),
        # ... not the tense of a real event before "to"
        ("mera baccha saans nahi le raha to kya karu", "hi", "not_breathing", False),
        # the relative clause of a general person, not of someone named
        ("how to help someone who is not breathing", "en", "not_breathing", True),
        ("como ayudar a alguien que no respira", "es", "not_breathing", True),
        ("comment aider une personne qui ne respire plus", "fr", "not_breathing", True),
        ("how do i help my mum who is not breathing", "en", "not_breathing", False),
        ("comment aider mon pere qui ne respire plus", "fr", "not_breathing", False),
        # the perfect ("amemeza") is said now
        ("mtoto amemeza dawa nyingi tufanye nini", "sw", "child_ate_meds", False),
    ],
)
def test_the_supposed_event_and_the_real_one(
    text: str, language: str, finding: str, supposed: bool
) -> None:
    u = engine().understand(text, language)
    said = [m for m in u.mentions if m.finding == finding]
    assert said, (text, [m.finding for m in u.mentions])
    if supposed:
        assert all(m.hypothetical for m in said), (text, said)
    else:
        assert any(m.current for m in said), (text, said)
