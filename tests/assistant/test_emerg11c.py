"""Emergencies told in ways the engine did not read (brief emerg11c, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set, except the one held-out
case per family that the family fix catches anyway):

- a fit told by where it happened ("had a fit in the pub / in bed"), by how long it lasted
  ("shaking for like 6 mins", "the fit lasted 7 minutes") or as a first ever fit (NHS epilepsy:
  call 999 for a first fit, a fit over 5 minutes, or not waking after); the idioms "mum will
  have a fit" (anger), "a fit of laughter", "fits in well" and a fit years ago are not;
- a severe hypo told in Caribbean and West African Englishes ("cyah wake him proper", "talkin
  foolishness", "e no fit wake", "no dey talk sense") with diabetes or a sugar drop (NHS low
  blood sugar: 999 when drowsy, confused or not waking); a hypo treated and fine, or "talking
  foolishness about politics", is not;
- a newborn not feeding since the morning ("nah feed from morning", "no wan suck since
  yesterday", "solo duerme", "só dorme") and sleepy (WHO IMCI young infant danger signs, NICE
  NG143); where or how a baby sleeps ("solo duerme en brazos") is not;
- clinical notes: French DRS / douleur rétrosternale or précordiale with diaphorèse, Spanish
  DTA with sudoración (NHS heart attack: chest pain with sweating); lower-case "drs" (doctors)
  and a pain gone yesterday are not emergencies;
- Arabizi chest pain with an intensity word and breathlessness in the second or third person
  (Levantine, Egyptian, Maghrebi: NHS heart attack); a headache or eating a lot is not;
- a fit told by its movements and eyes in Yoruba ("ń gbọ̀n gbogbo ara", "ojú rẹ̀ ti lọ sókè",
  "kò dá mi lóhùn"), Hausa ("idanunsa sun juya sama") and Zulu (WHO IMCI convulsions); the
  writer shivering with cold, a child shivering with a fever, or not answering the phone is not.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

EMERGENCIES = [
    # fits: a first fit, a long fit, not come round
    "my mate just had a fit in the pub, never had one before, shaking for like 6 mins and hes"
    " still not with it",
    "my brother had his first ever fit, went on for about 7 minutes",
    "she had a fit in bed and she's still not come round properly",
    "he was shaking all over on the floor for a good 10 minutes",
    "bf had a seizure, its been 6 mins and hes still not with it",
    "the fit lasted 7 minutes",
    # a hypo in Caribbean and West African Englishes
    "Meh uncle diabetic, he sweatin and talkin foolishness, cyah wake him proper now, think he"
    " sugar drop",
    "mi fada have sugar, him a sweat and talk foolishness, sugar drop",
    "mi granny diabetic an she cyaa wake up proper",
    "my papa get sugar, e dey sweat, e no fit wake",
    "my mama get diabetes, she no dey talk sense, i think sugar don drop",
    "my uncle is diabetic and e no dey respond, he's sweating plenty",
    # a newborn not feeding and sleepy
    "Mi baby 2 weeks old nah feed from morning, she jus a sleep sleep and she feel cold",
    "di baby 3 weeks, him nuh tek di breast since last night",
    "my pikin 1 week old no wan suck since morning, body cold",
    "my newborn no gree feed since yesterday and e dey sleep sleep",
    "mi bebé de 2 semanas no come desde la mañana, solo duerme y está frío",
    "mi recién nacido no quiere mamar y no hace más que dormir",
    "meu bebê de 2 semanas não mama desde cedo, só dorme e tá gelado",
    "minha filha de 10 dias só dorme e não quer mamar",
    # clinical notes
    "Infirmière CLSC: H 55 ans, DRS oppressive depuis 40 min, diaphorèse, fumeur."
    " J'appelle le 911?",
    "douleur rétrosternale oppressive, diaphorèse",
    "F 62 ans DRS irradiant au bras G depuis 30 min",
    "patient diaphorétique, douleur précordiale",
    "précordialgie depuis 1h, dyspnée, TA 90/60",
    "DTA opresivo con sudoración",
    "varón 50a, DTA de 1h, diaforético",
    "Homem 58 anos, dor torácica em aperto há 40 min, sudorese",
    # Arabizi chest pain
    "emme 3anda waja3 ktir b sadra w 3am ta3ra2 w ma 3am t2dar tetnaffas mnih",
    "baba 3ando waja3 kteer bi sadro w 3am yi3ra2",
    "abuy 3ando wja3 ktir fe sadro",
    "mama 3andha wja3 bzaf f sdrha w ma t9der tetnaffes",
    # fits told by movements and eyes: Yoruba, Hausa, Zulu
    "Omo mi ti n gbon gbogbo ara, oju re ti lo soke, ko da mi lohun",
    "ọmọ mi ń gbọ̀n gbogbo ara",
    "gbogbo ara rẹ̀ ń gbọ̀n, kò dá wa lóhùn",
    "idanunsa sun juya sama yana jijjiga",
    "idanunsa sun hau sama",
    "ingane lami liyadlikiza, amehlo aphenduke phezulu",
]

NEAR_MISSES = [
    ("my son had a fit 2 years ago, should he see someone about it?", R),
    ("he had a fit of laughter in class", R),
    ("my mum will have a fit when she sees the bill", R),
    ("mum's gonna have a fit", R),
    ("she fits in really well at her new school", R),
    ("the new trainers fit in the box", R),
    ("i was shaking from the cold for like 10 mins", S),
    ("rolled my eyes at him so hard lol", R),
    ("meh uncle diabetic, he sugar low today he ate some sweetie now he fine", S),
    ("he talkin foolishness about politics again", R),
    ("dont talk nonsense, he's fine", R),
    ("he cyah sleep at night", S),
    ("we sleep sleep all weekend lol", R),
    ("my 3 week old sleeps a lot but feeding fine", R),
    ("mi baby 4 month old nah feed good today, likkle cold", U),
    ("mi bebé de 5 meses solo duerme la siesta en brazos", R),
    ("mi bebé de 3 semanas solo duerme en brazos", R),
    ("les Drs disent que c'est rien, j'ai un rhume", S),
    ("DRS hier 5 min, résolue, bilan demandé", U),
    ("pt diaphorétique après le sport, sans douleur", R),
    ("la dta del barrio", R),
    ("3andi waja3 ktir b rasi", R),
    ("el akl ktir tayyeb, 3am ekol ktir", R),
    ("mesh 2adra anam ktir", R),
    ("mo n gbon gbogbo ara nitori otutu", R),
    ("omo mi n gbon gbogbo ara, o ni iba", R),
    ("ko da mi lohun lori foonu", R),
    ("ngiyaqhaqhazela ngenxa yamakhaza", R),
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergency(text: str) -> None:
    assert_level(rules(), text, E)


@pytest.mark.parametrize(("text", "level"), NEAR_MISSES)
def test_near_misses_stay_where_they_were(text: str, level: TriageLevel) -> None:
    assert_level(rules(), text, level)
