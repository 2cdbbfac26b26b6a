"""Swahili coverage of the findings that feed emergency and urgent red flags (swthin, 2026-12-07).

Swahili as people in Kenya, Tanzania and Uganda type it on WhatsApp, for findings whose Swahili
words were thinnest against English's: a snake bite said as a bite (WHO snakebite envenoming, NHS
snake bites), not the word for a snake; drowning said as rescued or fallen into water (WHO
drowning); suicidal intent in its other everyday words and with a method and a place (NICE NG225,
NHS help for suicidal thoughts); no wish to live (hopelessness); voices or threats of killing
someone with the verbs of maiming (NHS psychosis, urgent mental health help); self-harm said by the
doubled verb (NHS self-harm); an extra or someone else's dose and paracetamol with another product
that holds it (NHS poisoning, NHS paracetamol); a chemical or a sharp object in the eye (NHS eye
injuries); a body part cut off, verb first (NHS); cannot be woken; a wound to the belly, chest or
neck and the bowel showing; a whole household unwell near a generator (NHS carbon monoxide
poisoning); a threat to shoot or kill people (NHS urgent mental health help); a blood pressure said
"200 juu ya 115" (NICE NG136); a heart pounding hard (NHS palpitations); bowel obstruction with the
belly as subject (NHS); peeing less and dry nappies (NHS dehydration, WHO IMCI); a baby said as
"kichanga" (ki- class) not feeding (WHO IMCI); a whole face burnt (NHS burns and scalds); cannot
stop a drink or drug (NHS addiction). Scope: "nahisi kama nitakufa" (I feel as if I'll die) is not
a supposition, "nikiwa mtoto" dates its clause, a negative verb before "damu" denies the blood.
Neighbours stay low: a snake seen or feared, a fit as a child, water that went into the ear, a
question about signs.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

SW: list[tuple[str, TriageLevel]] = [
    # a snake bite said as a bite
    ("mwanangu ameng'atwa na nyoka sasa hivi", E),
    ("babu amegongwa na nyoka shambani mguu umevimba", E),
    ("nyoka amemuuma mama kwenye kifundo cha mguu", E),
    ("ameumwa nyoka akiwa anakata nyasi", E),
    ("swila amemtemea mtoto machoni", E),
    ("nyoka kamng'ata mjomba mkononi", E),
    # drowning
    ("mtoto ameokolewa baharini alikuwa amezama", E),
    ("mtoto ameangukia kisimani ametolewa yuko kimya", E),
    ("tumemtoa mtoto kwenye bwawa hapumui", E),
    ("kijana amezama maji mtoni wamemtoa", E),
    # suicidal intent, a decision, a method with a place
    ("nitajitoa uhai leo, nimeshaandika barua", E),
    ("nimechoka na maisha nitajitoa uhai leo usiku", E),
    ("nimeamua kujitoa uhai wiki hii", E),
    ("nataka kujirusha kutoka ghorofani usiku huu", E),
    ("sina hamu ya kuishi nimeshaandika barua kwa watoto wangu", E),
    # harm to others: verbs of maiming, command voices
    ("kaka anasema atamchinja mkewe leo ana panga", E),
    ("ninasikia sauti zinaniambia nimuue mtoto wangu", E),
    # self-harm
    ("nimejikatakata mkono jana usiku kidonda sio kirefu", U),
    ("anajichanja kwa wembe kila akiwa peke yake", U),
    # extra dose, someone else's medicine, paracetamol products together
    ("nimemeza dawa ya mtu mwingine kimakosa", U),
    ("nimesahau nikakunywa tena dawa za presha", U),
    ("nimekunywa panadol na hedex pamoja kwa kichwa", U),
    ("nimemeza dozi mbili kwa mpigo za dawa ya sukari", U),
    # the eye
    ("amemwagikiwa na tindikali usoni na machoni", E),
    ("jicho limechomwa na msumari", E),
    ("kipande cha chuma kimeingia jichoni na haoni", E),
    # amputation, wounds
    ("amekatika vidole vitatu kwenye mashine", E),
    ("baada ya upasuaji wa wiki iliyopita kidonda kimefunguka na utumbo unaonekana", E),
    ("amechomwa kisu tumboni usiku huu", E),
    # cannot be woken
    ("amelewa chakari hawezi kuamshwa anatapika", E),
    ("bibi haamki hata tukimtikisa", E),
    # a household unwell with fumes
    ("nyumbani sote tunaumwa kichwa na kizunguzungu tangu tuwashe jenereta ndani", E),
    # bowel obstruction
    ("tumbo limejaa gesi halipitishi choo wala upepo siku tatu na anatapika kijani", E),
    # dehydration, peeing less
    ("mkojo umepungua sana siku mbili na kiu sana na kuharisha", U),
    # a baby said as kichanga
    ("kichanga cha wiki 2 kimekuwa njano mwili mzima hadi viganja na hakinyonyi", E),
    ("kichanga cha siku 4 hakinyonyi tangu asubuhi na kina homa", E),
    # a whole face burnt
    ("mtoto amepata moto wa jiko uso mzima na kifua vimeungua", E),
    # feeling as if dying with breathing trouble is not a supposition
    ("nahisi roho inatoka nashindwa kupumua", E),
    # sepsis: marbled skin
    ("mikono na miguu ni baridi na ngozi ina rangi ya marumaru na homa", E),
    # a threat to shoot people, a reading said "200 juu ya 115", a heart pounding hard
    ("ana bunduki na anatishia kuwapiga risasi watu nyumbani", E),
    ("BP iko juu sana 200 juu ya 115 na kifua kinauma", E),
    ("moyo unadunda kwa nguvu na kizunguzungu kidogo tangu asubuhi", U),
    # cannot stop a drug
    ("natumia bangi kila siku siwezi kuacha", R),
    # neighbours
    ("nimeona nyoka kwenye shamba jana hakuniuma", R),
    ("je ni kweli ukiumwa na nyoka unanyonya sumu", R),
    ("sikuumwa na nyoka, ni mwiba tu umenichoma mguuni", S),
    ("maji yaliingia kwenye sikio nikiogelea", R),
    ("sijatapika damu, natapika chakula tu mara moja", S),
]

NOT_EMERGENCY: list[str] = [
    "nyoka wa kijani yuko kwenye mti nje, anauma?",
    "ninaogopa nyoka sana hata kwenye picha",
    "nyoka ameonekana karibu na nyumba tufanye nini",
    "nilipata kifafa mara moja nikiwa mtoto",
    "alipata kifafa akiwa na miaka 5 sasa yuko sawa kabisa",
    "sina mpango wa kujiua nimechoka tu na kazi",
    "nimetoa nguo kwenye maji ya kufulia",
    "jua limezama na mtoto amelala vizuri",
    "nimekunywa panadol mbili saa nane zilizopita",
    "nimekatwa kidole kidogo na kisu nikikata vitunguu",
    "sote tuna furaha leo nyumbani",
    "mama anasema nina hasira nitamchinja kuku wa sikukuu",
    "ameniambia ametishia kuniua jana",
    "moyo wangu unadunda kwa nguvu nikiona mpenzi wangu",
    "presha yangu ni 120 juu ya 80 niko sawa",
]


@pytest.mark.parametrize(("text", "want"), SW)
def test_swahili(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "sw")


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_swahili_neighbours(text: str) -> None:
    assert_not_emergency(rules(), text, "sw")
