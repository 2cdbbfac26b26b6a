"""Spanish, Portuguese and French: sixth gap pass (2026-12-05), by family.

Every message is our own phrasing of a class fixed in ``knowledge/`` (each group names its
class); levels are what the NHS A-Z pages, NICE and WHO guidance give. The rules are tested
without the similarity layer, and each family has nearby messages that must stay below.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.knowledge import voices
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, kb, rules

ENGINE = rules()
ORDER = {S: 0, R: 1, U: 2, E: 3}


def _level(lang: str, text: str) -> tuple[TriageLevel, list[str], list[str]]:
    got = ENGINE.assess(text, lang)
    return got.level, [f.id for f in got.fired], sorted(got.present)


# --- 1. chest pain or tightness with breathlessness at rest: 999, even with a cold -----------
CHEST_AT_REST = [
    (
        "fr",
        "je suis enrhumé depuis samedi et là j'ai mal à la poitrine, ça serre, "
        "et je manque d'air même allongé",
    ),
    ("es", "tengo gripa hace dias y ahora me aprieta el pecho y me falta el aire aun sentado"),
    ("pt", "to resfriado e agora o peito ta apertado e falta ar mesmo sentado"),
    ("en", "got a cold and now my chest feels tight and I'm short of breath even at rest"),
]
CHEST_NOT_AT_REST = [
    # breathless on exertion with a cold's tight chest: urgent at most, not 999
    ("fr", "avec mon rhume j'ai la poitrine qui serre un peu quand je tousse"),
    ("es", "tengo asma y me aprieta el pecho, me falta el aire aun sentado"),
]


@pytest.mark.parametrize(("lang", "text"), CHEST_AT_REST)
def test_chest_pain_with_breathlessness_at_rest_is_an_emergency(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is E, (text, level, fired, present)
    assert "chest_pain_cardiac" in fired


@pytest.mark.parametrize(("lang", "text"), CHEST_NOT_AT_REST)
def test_tight_chest_without_rest_breathlessness_or_with_asthma_is_not_999(
    lang: str, text: str
) -> None:
    level, fired, present = _level(lang, text)
    assert "chest_pain_cardiac" not in fired, (text, level, fired, present)


# --- 2. routine, not self-care ---------------------------------------------------------------
ROUTINE = [
    # sugar above target on treatment, or a fasting reading of 130 mg/dL (1.30 g/L) or more
    ("es", "aunque me tomo la metformina el azucar en ayunas me da 175 todos los dias"),
    ("es", "soy diabetica y la glucosa en ayunas me sale entre 150 y 170"),
    ("pt", "minha glicemia de jejum deu 138 no exame da empresa, me sinto bem"),
    ("fr", "ma glycémie à jeun était à 1,45 g/l à la prise de sang"),
    # a month and a half of cough: NHS, a cough for 3 weeks or more -> GP
    ("es", "tengo una tos seca desde hace mes y medio, fumo media cajetilla"),
    ("pt", "fumante, to com tosse faz mes e meio"),
    ("fr", "je fume et je tousse depuis un mois et demi"),
    # joints still hurting months after chikungunya (and "still hurts" generally, as English)
    ("es", "hace 4 meses tuve chikungunya y todavia me duelen las rodillas"),
    ("pt", "tive chikungunya no verão e ainda me doem os joelhos, até hoje incham"),
    ("fr", "j'ai eu le chikungunya il y a 3 mois et j'ai toujours mal aux chevilles"),
    # a prescription to renew for high blood pressure
    ("pt", "tenho pressao alta e a receita da losartana venceu, preciso renovar"),
    ("es", "soy hipertenso, se me acaban las pastillas de la presion y la receta se vencio"),
    ("fr", "j'ai de la tension, mon ordonnance d'amlodipine est périmée"),
    ("en", "I have high blood pressure and my prescription has run out"),
    # low mood since the baby, no thoughts of harm (NHS postnatal depression: see the GP)
    ("pt", "desde que o bebe nasceu, há 2 meses, ando sempre a chorar e sem vontade de nada"),
    ("es", "desde que naci mi bebe hace 6 semanas ando llorando todo el tiempo, sin ganas de nada"),
    (
        "fr",
        "depuis la naissance il y a 2 mois je pleure tout le temps, sans avoir de pensées noires",
    ),
]
STAYS_SELF_CARE = [
    # a normal fasting reading; a short cough; a sprain of yesterday; crying over a cut
    ("es", "mi azucar en ayunas salio 92, esta bien?"),
    ("pt", "minha glicemia em jejum deu 88"),
    ("es", "tengo tos desde hace una semana y media, sin fiebre"),
    ("es", "me torci el tobillo ayer, me duele un poco"),
    ("pt", "estou chorando porque cortei o dedo descascando batata"),
]


@pytest.mark.parametrize(("lang", "text"), ROUTINE)
def test_needs_a_gp_not_self_care(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is R, (text, level, fired, present)


@pytest.mark.parametrize(("lang", "text"), STAYS_SELF_CARE)
def test_nearby_messages_stay_self_care(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is S, (text, level, fired, present)


def test_a_headache_despite_tablets_is_not_a_diabetes_review() -> None:
    """Only diabetes medicines make 'aunque tomo …' sugar above target."""
    _, fired, present = _level("es", "me duele la cabeza aunque tomo pastillas")
    assert "glucose_above_target" not in present and "diabetes_review" not in fired


# --- 3. urgent -------------------------------------------------------------------------------
URGENT = [
    # the reliever needed every few hours or several times a day (NHS asthma: urgent)
    ("es", "soy asmatico y esta semana uso el salbutamol 5 o 6 veces al dia"),
    ("pt", "tenho asma e a bomba azul só alivia por uma hora"),
    ("fr", "asthmatique, je prends ma ventoline plusieurs fois par jour depuis 3 jours"),
    # a fast heart with a fever and shivers (NHS sepsis, early signs: urgent)
    ("es", "tengo fiebre con escalofrios y siento el corazon a mil"),
    ("pt", "to com febre e calafrio e o coracao disparado"),
    ("fr", "j ai de la fievre, des frissons et le coeur qui s emballe"),
]
ASTHMA_WEEKLY = [
    # reliever a few times a week: poor control, a GP review (routine), not urgent
    ("es", "tengo asma, uso el salbutamol 2 o 3 veces por semana"),
    ("fr", "asthmatique, j'utilise ma ventoline 3 fois par semaine"),
]


@pytest.mark.parametrize(("lang", "text"), URGENT)
def test_urgent_families(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is U, (text, level, fired, present)


@pytest.mark.parametrize(("lang", "text"), ASTHMA_WEEKLY)
def test_weekly_reliever_use_is_a_review(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is R and "asthma_not_controlled" in fired, (text, level, fired, present)


def test_an_insulin_pump_is_not_a_reliever() -> None:
    _, _, present = _level("pt", "uso a bomba de insulina de 3 em 3 horas")
    assert "reliever_more" not in present


# reduced movements reach the maternity red flag (kept at emergency by the lead's decision)
MOVEMENTS = [
    ("pt", "tou de 34 semanas e o bebé mexeu-se muito menos hoje"),
    ("pt", "estou com 36 semanas e a bebe mexe-se bem menos desde ontem"),
    ("fr", "enceinte de 33 semaines, je sens beaucoup moins le bébé bouger depuis hier"),
    ("fr", "je sens à peine le bébé bouger aujourd'hui, 30 SA"),
]


@pytest.mark.parametrize(("lang", "text"), MOVEMENTS)
def test_reduced_movements_are_read(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert "reduced_fm" in present and "reduced_movements" in fired, (text, level, fired)
    assert ORDER[level] >= ORDER[U]


# "bebé" (European Portuguese) is read as "bebe" and is not the verb "drinks"
BABY_NOT_DRINK = [
    "o bebé mexeu-se muito menos do que costuma",
    "meu bebe bebe muito leite de noite",
    "a minha filha bebe muita agua, é normal?",
    "o bebe mama pra dormir",
]


@pytest.mark.parametrize("text", BABY_NOT_DRINK)
def test_the_baby_is_not_a_drinking_problem(text: str) -> None:
    _, fired, present = _level("pt", text)
    assert "substance_problem" not in present and "drink_too_much" not in present, (text, present)
    assert "coping_with_substances" not in fired and "alcohol_help" not in fired


@pytest.mark.parametrize(
    "text", ["meu marido bebe pra esquecer", "ele bebe demais todo dia", "meu pai bebe muito"]
)
def test_drinking_is_still_read(text: str) -> None:
    _, _, present = _level("pt", text)
    assert {"substance_problem", "drink_too_much"} & set(present), (text, present)


def test_not_being_able_to_do_something_is_not_insomnia() -> None:
    _, _, present = _level("pt", "não consigo abrir o pote de tanta dor na mão")
    assert "insomnia" not in present
    _, _, present = _level("pt", "não consigo nem dormir direito")
    assert "insomnia" in present


# pest poisons swallowed (WHO pesticide poisoning); owning them is not a poisoning
def test_pest_poison_swallowed_is_an_emergency() -> None:
    level, fired, _ = _level("pt", "minha sogra tomou veneno de formiga")
    assert level is E and "poisoning" in fired
    level, fired, _ = _level("pt", "comprei veneno de barata, posso usar com criança em casa?")
    assert "poisoning" not in fired


# a limb suddenly cold and blue (NHS: 999 for acute limb ischaemia), and a cold foot that is not
LIMB = [
    ("es", "de la nada se me puso el pie frio y azul"),
    ("pt", "do nada meu pé ficou gelado e branco"),
    ("pt", "a perna da minha mãe ficou fria e roxa de repente"),
    ("fr", "tout d'un coup ma main est devenue blanche et froide"),
]


@pytest.mark.parametrize(("lang", "text"), LIMB)
def test_a_limb_suddenly_cold_and_pale_or_blue(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is E and "limb_circulation" in fired, (text, level, fired, present)


def test_cold_feet_in_winter_are_not_limb_ischaemia() -> None:
    level, fired, _ = _level("pt", "sempre fico com os pés gelados no inverno")
    assert "limb_circulation" not in fired and level is not E


# --- 4. the lines we show: the English rows said in es/pt/fr ---------------------------------
SAY = {
    ("infection_warning_signs", "es"): "corazón acelerado",
    ("infection_warning_signs", "pt"): "coração acelerado",
    ("infection_warning_signs", "fr"): "cœur qui bat vite",
    ("limb_circulation", "es"): "de repente",
    ("limb_circulation", "pt"): "de repente",
    ("limb_circulation", "fr"): "tout d'un coup",
}


@pytest.mark.parametrize(("flag", "lang"), sorted(SAY))
def test_new_english_rows_are_said(flag: str, lang: str) -> None:
    line = kb().languages[lang].red_flags[flag].say
    assert SAY[(flag, lang)] in line
    # and the line said back reaches its level
    back = voices.said_back(line, kb().languages[lang].spec.voices, "self")
    level = ENGINE.assess(back, lang).level
    assert ORDER[level] >= ORDER[U], (back, level)


# --- 5. Portuguese: lines about a child agree with their masculine adjectives ----------------
@pytest.mark.parametrize("flag", ["drowsy", "child_red_flags", "croup_emergency"])
def test_portuguese_child_lines_agree(flag: str) -> None:
    lang = kb().languages["pt"]
    shown = voices.render(lang.red_flags[flag].say, lang.spec.voices, "child")
    assert "a criança está" not in shown
    assert shown.startswith("seu filho ou filha"), shown
