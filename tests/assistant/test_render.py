"""The template renderer: every plan, for every topic, level, audience and question, in the
longest country words we have, fits WhatsApp's limits by itself and says what it must.

``guard.fit`` trims anything too long before sending, but a trimmed message loses its end —
where the question and the safety net are — so the renderer's own output must already fit.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.dialogue.answers import FACTS
from selfcare.assistant.engine import Fired
from selfcare.assistant.knowledge.schema import RedFlag
from selfcare.assistant.render.guard import check
from selfcare.assistant.render.plan import Audience, Kind, Plan, audience
from selfcare.assistant.render.templates import MAX_CHARS, MAX_MESSAGES, TemplateRenderer
from selfcare.assistant.render.words import Words
from selfcare.events import OutboundMessage, TriageLevel
from tests.assistant.support import FIJI, UK, US, E, R, S, U, kb, words

PLACES = {  # the longest place names and crisis lines we have, a plain one, and none
    "GB": UK,
    "US": US,
    "DK": "+4512345678",
    "AR": "+541112345678",
    "XX": FIJI,
}
AUDIENCES: tuple[Audience, ...] = ("self", "child", "baby", "other")
RENDERER = TemplateRenderer(kb())
TOPICS = sorted(kb().topics)
EMERGENCY_FLAGS = sorted(f.id for f in kb().red_flags.values() if f.level == "emergency")


def fired(flag: RedFlag) -> Fired:
    row = flag.when[0]
    matched = tuple(sorted(row.findings() - set(row.none)))[:3]  # as a person might say
    return Fired(
        flag.id,
        TriageLevel(flag.level),
        str(flag.source),
        flag.crisis,
        flag.topic,
        matched,
    )


def test_audience_from_the_engines_subject() -> None:
    assert [audience(s) for s in ("self", "child", "baby", "other_adult", "odd")] == [
        "self",
        "child",
        "baby",
        "other",
        "self",
    ]


def _problems(plan: Plan, messages: list[OutboundMessage], w: Words) -> list[str]:
    """The guard's sizes and level checks (its diagnosis words are test_guard.py's)."""
    return [p for p in check(plan, messages, w) if p != "a diagnosis"]


def _longest_question(who: Audience, w: Words) -> str:
    return max(FACTS, key=lambda fact: len(RENDERER.question(fact, who, w)[0]))


def test_every_topic_fits_at_every_level_for_everyone_with_any_question() -> None:
    """With no question and with the longest one, in the longest place words we have, for
    an adult and a child (the longest lines: "Your child has…")."""
    problems: list[str] = []
    for topic, country in ((t, c) for t in TOPICS for c in ("GB", "DK", "XX")):
        w = words(PLACES[country])
        for level, who in ((lv, a) for lv in (U, R, S) for a in ("self", "child")):
            for question in (None, _longest_question(who, w)):
                plan = Plan(Kind.ADVICE, level, "en", who, topic, question=question)
                messages = RENDERER.render(plan, w)
                texts = [m.text for m in messages]
                where = f"{topic} {country} {level.value} {who} {question}"
                if len(texts) > MAX_MESSAGES - 1:  # room for the welcome
                    problems.append(f"{where}: {len(texts)} messages")
                if question is not None:
                    asked = RENDERER.question(question, who, w)[0]
                    if asked not in texts[-1]:
                        problems.append(f"{where}: the question is not shown")
                found = _problems(plan, messages, w)
                if found:
                    problems.append(f"{where}: {found}")
    topics = sorted({p.split()[0] for p in problems})
    assert not problems, f"{len(problems)} problems in {len(topics)} topics, e.g. {problems[:4]}"


def test_every_topic_fits_in_every_country_without_a_question() -> None:
    problems = [
        f"{topic} {country} {level.value}"
        for topic in TOPICS
        for country, phone in PLACES.items()
        for level in (U, R, S)
        if _problems(
            Plan(Kind.ADVICE, level, "en", "self", topic),
            _advice(topic, level, phone),
            words(phone),
        )
    ]
    assert not problems, problems[:5]


def _advice(topic: str, level: TriageLevel, phone: str) -> list[OutboundMessage]:
    return RENDERER.render(Plan(Kind.ADVICE, level, "en", "self", topic), words(phone))


@pytest.mark.parametrize("topic", TOPICS)
def test_every_topic_shows_its_own_warning_lines_for_the_audience(topic: str) -> None:
    w = words()
    shown = kb().topics[topic].warnings.emergency
    for who in AUDIENCES:
        texts = [m.text for m in RENDERER.render(Plan(Kind.ADVICE, S, "en", who, topic), w)]
        lines = [w.say(flag, who) for flag in shown]
        assert lines[0] in texts[-1], (who, lines[0])
        if who in ("child", "baby"):
            assert all(line.startswith(f"Your {who}") for line in lines), lines


@pytest.mark.parametrize("flag_id", EMERGENCY_FLAGS)
def test_every_emergency_leads_with_the_number_and_one_first_aid_line(flag_id: str) -> None:
    flag = kb().red_flags[flag_id]
    first_aid = kb().reference.red_flags[flag_id].first_aid
    assert first_aid, flag_id
    for country, phone in PLACES.items():
        w = words(phone)
        for who in AUDIENCES:
            kind = Kind.CRISIS if flag.crisis else Kind.EMERGENCY
            plan = Plan(kind, E, "en", who, flag.topic, (fired(flag),))
            messages = RENDERER.render(plan, w)
            texts = [m.text for m in messages]
            assert not check(plan, messages, w), (country, who, check(plan, messages, w))
            assert len(texts) == 1 and len(texts[0]) <= MAX_CHARS, (country, who)
            if kind is Kind.EMERGENCY:
                assert w.where.emergency in texts[0].splitlines()[0], (country, who)
                lead = w("first_aid", first_aid="").strip()
                aid = [line for line in texts[0].splitlines() if line.startswith(lead)]
                own = w.first_aid(flag_id, who)  # the audience's line (first_aid_for), if any
                assert own and len(aid) == 1 and own[1:] in aid[0], (country, who)


def test_a_crisis_gives_the_crisis_line_and_the_number() -> None:
    flag = next(f for f in kb().red_flags.values() if f.crisis and f.level == "emergency")
    for country, phone in PLACES.items():
        w = words(phone)
        plan = Plan(Kind.CRISIS, E, "en", "self", flag.topic, (fired(flag),))
        text = RENDERER.render(plan, w)[0].text
        assert w.where.emergency in text
        crisis = w.where.country.crisis
        if crisis is not None:
            assert crisis.number in text, country
        assert not any(m.buttons or m.menu for m in RENDERER.render(plan, w))


def test_the_reason_names_what_the_person_said() -> None:
    flag = kb().red_flags["chest_pain_cardiac"]
    plan = Plan(Kind.EMERGENCY, E, "en", "self", None, (fired(flag),))
    reason = RENDERER.reason(plan, words())
    labels = [kb().reference.findings[f].label for f in fired(flag).matched]
    assert reason and any(label in reason for label in labels)
    assert RENDERER.reason(Plan(Kind.ADVICE, S, "en"), words()) == ""


@pytest.mark.parametrize("phone", PLACES.values())
def test_not_understood_is_routine_with_one_question_and_the_safety_net(phone: str) -> None:
    w = words(phone)
    plan = Plan(Kind.NOT_UNDERSTOOD, R, "en")
    messages = RENDERER.render(plan, w)
    assert len(messages) == 1 and len(messages[0].text) <= MAX_CHARS
    text = messages[0].text
    assert text.count("?") == 1
    assert w.where.emergency in text
    assert w("level_self_care") not in text
    assert len([line for line in text.splitlines() if line.startswith("• ")]) >= 3


@pytest.mark.parametrize("topic", ["sore_throat", "fever_child", "headache"])
@pytest.mark.parametrize("who", AUDIENCES)
def test_an_update_is_one_short_message(topic: str, who: Audience) -> None:
    w = words()
    same = RENDERER.render(Plan(Kind.UPDATE, S, "en", who, topic, said="3 days"), w)
    assert len(same) == 1 and len(same[0].text) <= 300, same
    assert "3 days" in same[0].text and w("level_self_care")[1:] in same[0].text
    changed = RENDERER.render(
        Plan(Kind.UPDATE, U, "en", who, topic, said="3 days", changed=True, question="age"), w
    )
    assert len(changed) == 1 and len(changed[0].text) <= MAX_CHARS
    text = changed[0].text
    assert w("level_urgent") in text
    assert RENDERER.question("age", who, w)[0] in text
    first = kb().topics[topic].warnings.emergency[0]
    assert w.say(first, who) in text
    assert kb().reference.topics[topic].title not in text  # not the whole advice again


def test_every_medicine_answer_fits() -> None:
    medicines = kb().medicines
    assert medicines is not None
    advice_words = kb().reference.medicines
    assert advice_words is not None
    for advice in medicines.advice:
        for level in (S, U):
            plan = Plan(Kind.MEDICINE, level, "en", topic="headache", medicine=advice.key)
            messages = RENDERER.render(plan, words())
            assert len(messages) == 1, advice.key
            text = messages[0].text
            assert len(text) <= MAX_CHARS, (advice.key, len(text))
            assert advice_words.advice[advice.key] in text, advice.key
            assert (advice_words.why_pharmacist in text) is advice.ask_pharmacist, advice.key
            assert (words()("level_urgent") in text) is (level is U), advice.key


def test_an_unknown_medicine_key_is_said_so() -> None:
    plan = Plan(Kind.MEDICINE, S, "en", medicine="no_such_advice")
    text = RENDERER.render(plan, words())[0].text
    assert words()("medicine_unknown") in text


def test_the_menu_fits_whatsapps_limits() -> None:
    menu = RENDERER.menu(words())
    assert 1 <= len(menu.rows) <= 10 and len(menu.button) <= 20
    assert menu.rows[-1].id == "topic:other"
    ids = [row.id.removeprefix("topic:") for row in menu.rows[:-1]]
    assert set(ids) <= set(kb().topics) and len(set(ids)) == len(ids)


@pytest.mark.parametrize("fact", FACTS)
@pytest.mark.parametrize("who", AUDIENCES)
def test_every_question_has_words_and_small_buttons(fact: str, who: Audience) -> None:
    text, buttons = RENDERER.question(fact, who, words())
    assert text.strip() and "{" not in text
    assert len(buttons) <= 3
    assert all(b.id.startswith(f"ans:{fact}:") for b in buttons)


@pytest.mark.parametrize("who", ["baby", "child"])
def test_a_reply_about_a_young_child_lists_no_sign_only_an_adult_or_pregnancy_can_have(
    who: Audience,
) -> None:
    w = words("en", UK)
    shown = 0
    for topic in kb().topics.values():
        text = RENDERER.net(topic, TriageLevel.SELF_CARE, who, w)
        for ids in (topic.warnings.emergency, topic.warnings.urgent, topic.warnings.routine):
            for flag_id in ids:
                flag = kb().red_flags[flag_id]
                line = w.say(flag_id, who)
                adult_only = all(
                    row.pregnant or row.postpartum or (row.age and (row.age.at_least or 0) >= 16)
                    for row in flag.when
                )
                if adult_only:
                    assert line not in text, (topic.id, flag_id)
                shown += line in text
    assert shown > 100  # the filter keeps the rest
