"""Emergencies read too low in the tenth round (brief emerg10, 2026-12-06), in every language.

Phrasings written for this test (not taken from any evaluation set):

- a fit told by its movements during a fever (NHS febrile seizures): the body or limbs jerking,
  or shaking and stiff; shivering with a fever, jerks falling asleep and hiccups are not;
- a severe allergic reaction with the throat tightening (NHS anaphylaxis), including the
  European Portuguese progressive "estar a + infinitive" ("a garganta a apertar"), read as the
  gerund in general;
- unconscious but breathing (NHS: call 999): fainted and not answering when called, in every
  language; a faint yesterday that is over is not;
- a large scald with the skin come off (NHS burns and scalds), and in the Indonesian safety net
  a hot oil burn with the skin peeling or blistering badly; an old sunburn peeling and a small
  blister are not.
"""

from __future__ import annotations

from selfcare.assistant.engine import engine
from tests.assistant.support import E, net


def _misses(cases: list[tuple[str, str]], finding: str | None, emergency: bool) -> list[str]:
    """Each case's text read in its language: an emergency (with the finding) or not one."""
    misses = []
    for text, language in cases:
        found = engine().assess(text, language)
        is_emergency = found.level is E
        has = finding is None or finding in found.present
        if emergency and not (is_emergency and has):
            misses.append(f"{language}: {text!r} -> {found.level} {sorted(found.present)}")
        if not emergency and (is_emergency if finding is None else has):
            misses.append(f"{language}: {text!r} -> {found.level} {sorted(found.present)}")
    return misses


# --- 1. a fit told by its movements during a fever --------------------------------------------

FIT_MOVEMENTS = [
    ("my little boy is burning hot and his legs and arms started jerking", "en"),
    ("my daughter 2yrs has a high temperature and now she is jerking her hands", "en"),
    ("fever since morning, he began jerking his hands and his eyes are rolling", "en"),
    ("la niña con calentura empezó a sacudir los bracitos", "es"),
    ("mi hijo con fiebre está temblando y se puso tieso", "es"),
    ("el bebé tiene fiebre y espasmos en las piernas", "es"),
    ("o miúdo com febre está com o corpo a sacudir", "pt"),
    ("minha filha com febre começou a tremer e ficou toda rígida", "pt"),
    ("o bebê com febre está dando trancos nos bracinhos", "pt"),
    ("mon petit a de la fièvre, il a des secousses dans les jambes", "fr"),
    ("bébé fiévreux, son corps tremble et il est tout raide", "fr"),
    ("mtoto ana homa kali, anarusha mikono na miguu", "sw"),
    ("बच्चे को तेज़ बुखार, हाथ पैर झटके मार रहे हैं", "hi"),
    ("bachi ko bukhar hai aur haath pair jhatke maar rahe hain", "hi-latn"),
]

NOT_FIT = [
    ("my toddler jerks as she falls asleep, she is fine otherwise", "en"),
    ("my baby has hiccups and a bit of a temperature", "en"),
    ("mi hijo tiene fiebre y escalofríos, está temblando de frío", "es"),
    ("estou a tremer de frio com febre", "pt"),
    ("meu filho tem febre e calafrios", "pt"),
    ("mon fils a de la fièvre et il grelotte", "fr"),
    ("j'ai de la fièvre et je tremble de froid", "fr"),
    ("mtoto ana homa na anatetemeka kwa baridi", "sw"),
    ("bachhe ko bukhar hai aur thand se kaanp raha hai", "hi-latn"),
    ("my hand keeps jerking when I type, nothing else", "en"),
    ("he rolls his eyes at me and jerks his hand away", "en"),
]


def test_a_fit_told_by_its_movements_is_an_emergency() -> None:
    assert _misses(FIT_MOVEMENTS, "seizure", emergency=True) == []


def test_shivering_hiccups_and_sleep_jerks_are_not_a_fit() -> None:
    assert _misses(NOT_FIT, "seizure", emergency=False) == []


# --- 2. anaphylaxis: the throat tightening ------------------------------------------------------

THROAT_TIGHTENING = [
    ("wasp sting, I'm allergic, throat getting tight and I feel dizzy, no epipen on me", "en"),
    ("picada de abeja, soy alérgico, siento la garganta apretada y no tengo la epipen", "es"),
    ("fui picado por uma vespa, sou alérgico, estou a sentir a garganta a apertar", "pt"),
    ("comi amendoim e sou alérgica, a garganta está a fechar e estou tonta", "pt"),
    ("allergique aux arachides, j'en ai mangé, j'ai la gorge qui se serre", "fr"),
    ("nina mzio wa karanga, nimekula, koo linabana", "sw"),
    ("मुझे मूंगफली से एलर्जी है, खा ली, गला कस रहा है", "hi"),
    ("mujhe peanut se allergy hai, gala tight ho raha hai, epipen nahi hai", "hi-latn"),
]

THROAT_NOT_TIGHT = [
    ("estou a sentir a garganta um pouco arranhada desde ontem", "pt"),
    ("gale mein khaaraash hai do din se", "hi-latn"),
]


def test_throat_tightening_with_an_allergy_is_an_emergency() -> None:
    assert _misses(THROAT_TIGHTENING, None, emergency=True) == []


def test_a_scratchy_throat_is_not_an_emergency() -> None:
    assert _misses(THROAT_NOT_TIGHT, None, emergency=False) == []


def test_the_european_portuguese_progressive_reads_as_the_gerund() -> None:
    reader = engine()
    for progressive, gerund in [
        ("ele está a vomitar sangue", "ele esta vomitando sangue"),
        ("a barriga a doer muito", "a barriga doendo muito"),
    ]:
        assert reader.assess(progressive, "pt").present == reader.assess(gerund, "pt").present
    # "começar a" is not progressive, and "a mulher" is a noun
    assert "seizure" not in reader.assess("vou começar a tomar o remédio", "pt").present
    for text in ["a minha neta não está a respirar", "estou a sangrar muito e não para"]:
        assert reader.assess(text, "pt").level is E, text


# --- 3. unconscious but breathing ---------------------------------------------------------------

UNRESPONSIVE = [
    ("babu amezirai, hajibu tukimuita, ila anapumua", "sw"),
    ("mama haamki na hajitambui, anapumua", "sw"),
    ("mjomba ameanguka, hatuitikii tukimwita", "sw"),
    ("she fainted and doesn't answer when we call her name, still breathing", "en"),
    ("mi tía se desmayó, respira pero no contesta cuando la llamamos", "es"),
    ("a minha avó caiu, está a respirar mas não reage quando a chamamos", "pt"),
    ("mon oncle s'est évanoui, il respire mais ne répond pas quand on l'appelle", "fr"),
    ("दादी गिर गईं, साँस चल रही है पर आवाज़ देने पर भी नहीं उठ रहीं", "hi"),
    ("nana ji gir gaye, saans chal rahi hai par bulane par jawab nahi de rahe", "hi-latn"),
]

NOT_UNRESPONSIVE = [
    ("alizirai jana lakini sasa yuko sawa", "sw"),
    ("hajibu simu nikimpigia tangu jana", "sw"),
    ("he fainted yesterday but he is fine now", "en"),
]


def test_not_answering_when_called_is_an_emergency() -> None:
    assert _misses(UNRESPONSIVE, "unresponsive", emergency=True) == []


def test_a_faint_that_is_over_is_not_unresponsive() -> None:
    assert _misses(NOT_UNRESPONSIVE, "unresponsive", emergency=False) == []


# --- 4. a large scald with the skin come off ---------------------------------------------------

SKIN_CAME_OFF = [
    ("boiling water went over my son, the skin came off his chest and whole arm", "en"),
    ("se le volcó la olla de agua hirviendo, se le cayó la piel del pecho y del brazo", "es"),
    ("caiu água fervendo nele, a pele saiu no peito e no braço todo", "pt"),
    ("de l'huile bouillante sur son bras et sa poitrine, la peau s'est décollée", "fr"),
    ("mafuta ya moto yamemwagikia mkono na kifua, ngozi imebambuka", "sw"),
    ("maji ya moto yamemwagikia mtoto kifuani, ngozi imetoka", "sw"),
    (
        "mwanangu ameangukiwa na birika la maji ya moto, ngozi ya mgongo na mguu mzima imebanduka",
        "sw",
    ),
    ("mtoto amejimwagia uji wa moto, ngozi yake ya tumbo imetoka", "sw"),
    ("गरम तेल गिरा, छाती और पूरे हाथ की खाल उतर गई", "hi"),
]

NOT_SERIOUS_BURN = [
    ("me quemé con el sol hace tres días y se me está pelando la espalda", "es"),
    ("nimeungua na jua siku tatu zilizopita, ngozi inabambuka mabegani", "sw"),
    ("coup de soleil il y a quatre jours, la peau pèle", "fr"),
    ("queimei o dedo na panela, fez uma bolhinha", "pt"),
    ("ngozi ya miguu inatoka kati ya vidole", "sw"),
]


def test_a_scald_with_the_skin_come_off_is_an_emergency() -> None:
    assert _misses(SKIN_CAME_OFF, None, emergency=True) == []


def test_an_old_sunburn_peeling_or_a_small_blister_is_not_serious() -> None:
    assert _misses(NOT_SERIOUS_BURN, None, emergency=False) == []


def test_indonesian_net_reads_a_hot_oil_burn_peeling_or_blistering_badly() -> None:
    reader, failures = net(), []
    for text in [
        "kena minyak panas, kulitnya ngelupas di lengan dan dada",
        "lengannya melepuh parah kena minyak goreng panas",
        "kulit anak saya mengelupas habis ketumpahan air mendidih",
    ]:
        if "injury" not in reader.match(text, "id") or reader.assess(text, "id").level is not E:
            failures.append(f"missed: {text!r}")
    for text in [
        "kulit saya ngelupas habis kena matahari di pantai",
        "jari kena minyak panas sedikit, melepuh kecil",
    ]:
        if "injury" in reader.match(text, "id"):
            failures.append(f"fired: {text!r}")
    assert not failures, "\n".join(failures)
