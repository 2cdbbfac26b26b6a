"""Swahili (sw): classes of phrasing found missing on a development corpus (2026-12-04).

Every message is our own, a different phrasing of a class fixed in
``knowledge/languages/sw/findings/`` (each marked with its class); levels are what the NHS
A-Z pages (heart attack, choking, stroke and TIA, suicidal thoughts, psychosis, post-partum
psychosis, poisoning, when to call 999) give. The rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import assert_level, rules

ENGINE = rules()

E = TriageLevel.EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # chest tightness with an object infix (kinambana, kinanikaza); clutching the chest
        "mama anasema kifua kinambana sana na anatoa jasho",
        "kifua kinanikaza tangu nusu saa na nahisi kichefuchefu",
        "babu alishika kifua ghafla akaanguka",
        # choked: the passive kukwamwa / kukwamiwa with something in the throat
        "mtoto wangu amekwamwa na sarafu kooni hawezi kupumua",
        "bibi amekwamiwa kipande cha nyama kooni",
        # stroke: cannot find the words, cannot lift an arm, things drop from the hand
        "baba hawezi kupata maneno ghafla tangu saa moja",
        "mama ghafla hapati maneno na mdomo umelegea",
        "mke wangu ghafla hawezi kuinua mkono wa kushoto",
        "simu inamdondoka mkononi ghafla na upande wa kulia ni dhaifu",
        # a weak side getting better slowly is still new ("polepole" after "rudi" is not chronic)
        "mguu na mkono wa upande mmoja ni dhaifu ila sasa unarudi polepole",
        # sight lost in one eye
        "ghafla sioni kwa jicho la kulia na mkono una ganzi",
        # indirect suicidal statements: giving things away, resting forever, not waking
        "ameanza kugawa nguo zake zote na anasema hamtamwona tena",
        "anasema atapumzika milele na amegawa pesa zake",
        # a rope tied, everything ready
        "nimeshafunga kamba kwenye mti, kila kitu tayari",
        # all of one's tablets, to not wake up
        "amemeza vidonge vyake vyote vya presha",
        "nimekunywa dawa zangu zote za usingizi ili nisiamke",
        # voices or spirits ordering self-harm
        "sauti zinaniambia nijiue",
        "majini yanamwambia ajidhuru",
        # since giving birth (tangu azae) with psychosis
        "tangu azae wiki moja iliyopita anasema mtoto si wake na anasikia sauti zisizokuwepo",
        # stabbed (kuchomwa / kudungwa), a blade in the body, spurting blood
        "amechomwa kisu kifuani",
        "kaka amedungwa na bisibisi tumboni",
        "mkuki ubavuni anatoka damu",
        "damu inaruka kutoka kwenye jeraha la mguu",
        # wild mushrooms, then vomiting
        "tulikula uyoga wa porini sasa tunatapika na tumbo linauma",
        # a belly hard as a board
        "tumbo la mume wangu ni gumu kama ubao na anatapika",
        # a baby's ribs pulled in, grunting, breathing that stops and starts (NICE NG143 red)
        "mtoto wa miezi 8 mbavu zinavutwa ndani akipumua",
        "kichanga kinaguna kila anapopumua",
        "mtoto wa wiki 6 anapumua kwa kukatika katika na amepauka",
        # fever with nonsense talk or mottled legs (NHS sepsis)
        "mama ana homa kali na anaongea maneno yasiyo na maana",
        "babu ana homa, miguu ina madoa madoa na anapumua haraka",
        # has not been able to pee (negative perfect)
        "baba hajaweza kukojoa tangu jana na tumbo la chini linauma sana",
        # waters trickling before term (pregnancy weeks said "mimba yangu ni ya wiki N")
        "mimba yangu ni ya wiki 31 na maji meupe yanatiririka",
        # tongue filling the mouth (a one-sided sore throat with a mouth that will not open is
        # quinsy, urgent: NHS quinsy, sameday2 2026-12-07, tests/assistant/test_sameday2.py)
        "nimekula karanga, ulimi umejaa mdomoni",
        # cannot feel passing urine, with back pain
        "mgongo unauma na sisikii nikikojoa",
        # a leg turned out and shortened after a fall
        "bibi ameanguka, mguu umegeuka nje na umekuwa mfupi",
        # tearing, relative form
        "maumivu ya kifua kama kitu kinachochanika yanaenda mgongoni ghafla",
        # "ana joto" in a baby under 3 months
        "mtoto wa wiki 3 ana joto",
        # fell and does not speak
        "babu ameanguka haongei",
        # a bump on a baby's head after a fall, very sleepy
        "mtoto wa miezi 5 ameanguka kutoka kochini, ana nundu kichwani na analala sana",
        # a large blistered scald
        "mtoto amemwagikiwa maji ya moto, sehemu kubwa ina malengelenge",
    ],
)
def test_a_class_fixed_is_an_emergency(text: str) -> None:
    assert_level(ENGINE, text, E)


def test_a_wish_not_to_wake_without_a_plan_is_seen_the_same_day() -> None:
    """Tired of life and wanting to sleep and not wake up, with no plan, means or time: the
    same day (NHS help for suicidal thoughts), as English reads "I want to sleep and never wake
    up"; with the means it is an emergency (test_crisisswhi13)."""
    assert_level(ENGINE, "nimechoka na maisha nataka kulala nisiamke tena", TriageLevel.URGENT)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # negated and harmless neighbours of the words added
        ("kifua hakinibani, ni mafua tu", "chest_tight"),
        ("nimeshika kifua cha kuku sokoni", "chest_pain"),
        ("nimegawa nguo zangu za zamani kwa kanisa", "giving_away"),
        ("nimefunga kamba ya viatu vya mtoto", "suicide_means"),
        ("mama yangu ananiambia nile chakula", "psychosis"),
        ("hakuna aliyemchoma kisu, alijikata na kisu jikoni kidogo", "major_trauma"),
        ("mwiba wa samaki umekwama kooni tangu mchana", "choking"),
        ("kikohozi kinapungua polepole", "chronic_marker"),
        ("tumbo si gumu, linauma kidogo tu", "peritonism"),
        ("mbavu zinauma nikikohoa", "recession"),
        ("mguu wangu haujageuka nje, unauma tu kidogo", "limb_deformed"),
        ("joto la chumba ni kali sana leo", "fever"),
    ],
)
def test_a_harmless_neighbour_does_not_read_the_finding(text: str, absent: str) -> None:
    a = ENGINE.assess(text)
    assert absent not in a.present
    assert a.level is not E
