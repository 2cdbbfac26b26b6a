"""Swahili, sixth pass (2026-12-06): families found in the already-seen Swahili sets.

Every message is our own phrasing. Levels follow NICE NG232 and the NHS head-injury page
(passing out, vomiting or drowsiness after a blow or a road accident: 999), WHO and NASCOP
guidance on HIV post-exposure prophylaxis (within 72 hours: urgent), the NHS pages on joint
pain, erection problems and acne (months of it, or pharmacy treatment not working: a GP), the
NHS heart-attack page (chest pain spreading to the arm or jaw: 999) and malaria (a fever where
malaria is common is tested today, and no fever is no reason to send anyone). Messages are
read as from Kenya (malaria, dengue and TB are local) without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Assessment

from .support import Chat, E, R, S, U, joined, kb, rules

ENGINE = rules()
KENYA = "+254712345678"


def _assess(text: str) -> Assessment:
    local = frozenset(kb().countries["KE"].local)
    return ENGINE.assess(text, None, local)


def _fired(text: str) -> set[str]:
    return {f.id for f in _assess(text).fired}


# --- 1. head injury or a road accident with passing out, vomiting or drowsiness -------------


@pytest.mark.parametrize(
    "text",
    [
        "pikipiki ilimgonga kijana wangu, alizimia kwa muda kisha akaanza kutapika",
        "gari lilimgonga mwanangu wa miaka 6 barabarani, sasa anasinzia tu",
        "bodaboda imemgonga mtoto wetu, alipoteza fahamu kidogo",
        "mwanangu alianguka kutoka juu ya meza akazimia, sasa anatapika mara kwa mara",
        "binti yangu amegonga kichwa kwenye ukuta, alizimia sekunde chache na sasa analala tu",
    ],
)
def test_blow_or_road_accident_with_passing_out_is_emergency(text: str) -> None:
    assert _assess(text).level is E, text


def test_vehicle_as_subject_is_a_road_accident() -> None:
    assert "vehicle_crash" in _assess("matatu ilinigonga asubuhi nikivuka barabara").present
    # the negative or another verb is not
    assert "vehicle_crash" not in _assess("gari limeharibika njiani, nimechelewa").present


@pytest.mark.parametrize(
    "text",
    [
        "mtoto amegonga kichwa kwenye kiti, analia kidogo lakini anacheza kawaida",
        "baiskeli ilimgonga mwanangu mguuni, ana mchubuko mdogo tu na anatembea vizuri",
    ],
)
def test_minor_knocks_are_not_emergencies(text: str) -> None:
    assert _assess(text).level in (S, R), text


# --- 2. HIV post-exposure prophylaxis --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "juzi tulifanya mapenzi na mtu bila kondomu, na status yake siijui",
        "nililala na demu jana, sijui status yake na hatukutumia kinga",
        "baada ya kulala naye ameniambia kuwa ana virusi vya ukimwi, nifanyeje",
        "hatukutumia kondomu na sasa naogopa HIV, ilikuwa jana usiku",
        "nataka dawa za kuzuia HIV, kondomu ilichanika jana",
        "nahitaji vidonge vya kuzuia maambukizi ya ukimwi haraka",
    ],
)
def test_possible_hiv_exposure_is_urgent(text: str) -> None:
    assessment = _assess(text)
    assert assessment.level is U, text
    assert "hiv_exposure" in {f.id for f in assessment.fired}, text


@pytest.mark.parametrize(
    "text",
    [
        # a partner known to live with HIV, planning a baby: no exposure named
        "mke wangu ana HIV na anatumia ARV, tunapanga kupata mtoto",
        "mama yangu anaishi na VVU, anakula vizuri na anatumia dawa",
        "nimepima HIV jana, majibu ni negative",
        "sijui hali ya afya ya babu, yuko kijijini",
    ],
)
def test_hiv_named_without_an_exposure_is_not_pep(text: str) -> None:
    assert "hiv_exposure" not in _fired(text), text


# --- 3. months of a complaint: a GP, and a duration is not a baby's age ---------------------


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        (
            "goti la kulia linaniuma miezi kadhaa nikishuka ngazi, nina miaka 58",
            "persistent_joint_pain",
        ),
        ("mgongo wa chini unauma miezi mitatu sasa", "back_pain_weeks"),
        ("siku hizi nashindwa kusimamisha vizuri, nina miaka 50", "erection_problems_gp"),
        (
            "chunusi zimejaa usoni, nimejaribu krimu mbili za famasi hazijasaidia",
            "skin_treatment_not_working",
        ),
    ],
)
def test_long_standing_complaints_go_to_the_gp(text: str, fired: str) -> None:
    assessment = _assess(text)
    assert assessment.level is R, text
    assert fired in {f.id for f in assessment.fired}, text


@pytest.mark.parametrize(
    "text",
    [
        "kichwa kinauma miezi miwili sasa",
        "nakohoa kwa miezi mitatu",
        "bega linauma tangu miezi minne",
        "goti linaniuma miezi kadhaa",
    ],
)
def test_months_of_a_complaint_are_a_duration_not_an_age(text: str) -> None:
    assessment = _assess(text)
    assert assessment.facts.age_years is None, text
    assert assessment.facts.subject == "self", text
    assert (assessment.facts.duration_days or 0) >= 60, text


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("mtoto wa miezi 2 ana homa", 2),
        ("mtoto wangu ana miezi 4 sasa, anakohoa", 4),
        ("mtoto miezi 6 ana kuharisha", 6),
        ("baby wa miezi kadhaa anatapika", 3),
    ],
)
def test_a_babys_age_in_months_is_still_an_age(text: str, months: int) -> None:
    age = _assess(text).facts.age_years
    assert age is not None and abs(age - months / 12) < 0.01, text


def test_a_babys_fever_stays_urgent_or_more() -> None:
    assert _assess("mtoto wa miezi 2 ana homa ya 38.5").level is E


@pytest.mark.parametrize(
    "text",
    [
        "goti linauma tangu jana nilipocheza mpira, natembea sawa",
        "nina chunusi chache usoni, nipake nini?",
    ],
)
def test_new_minor_complaints_stay_self_care(text: str) -> None:
    assert _assess(text).level is S, text


# --- 4. chest pain spreading to the arm or jaw, and pain that does not spread ---------------


# Each message with the red flag that must decide it (spreading chest pain, and "hana pumzi":
# having no breath is the complaint, not a denial of the blue lips after it).
SPREADING_OR_NO_BREATH = [
    ("kifua kinauma na maumivu yanayoenda mkono wa kushoto", "chest_pain_cardiac"),
    ("maumivu ya kifua yamesambaa mpaka begani na natoka jasho", "chest_pain_cardiac"),
    ("kifua kinabana, maumivu yanafika kwenye taya", "chest_pain_cardiac"),
    ("baba ana maumivu ya kifua yanayoshuka mkononi", "chest_pain_cardiac"),
    ("hana pumzi, midomo imekuwa ya bluu", "breathing_severe"),
    ("mtoto hana pumzi kabisa, anahema", "breathing_severe"),
]


@pytest.mark.parametrize(("text", "flag"), SPREADING_OR_NO_BREATH)
def test_emergency_with_its_red_flag(text: str, flag: str) -> None:
    assessment = _assess(text)
    assert assessment.level is E, text
    assert flag in {f.id for f in assessment.fired}, text


@pytest.mark.parametrize(
    "text",
    [
        "kifua kinauma upande mmoja nikipumua ndani, hayaendi mkononi",
        "kifua kinauma kidogo nikibonyeza, haiendi popote",
    ],
)
def test_chest_pain_not_spreading_is_not_cardiac(text: str) -> None:
    assert "pain_radiates" not in _assess(text).present, text
    assert "chest_pain_cardiac" not in _fired(text), text


# --- 5. the new say lines, written back, reach their levels ----------------------------------


def test_early_sepsis_and_sudden_cold_limb_lines_reach_their_rows() -> None:
    sw = kb().languages["sw"]
    sepsis = sw.red_flags["infection_warning_signs"].say
    limb = sw.red_flags["limb_circulation"].say
    assert "moyo" in sepsis and "ghafla" in limb
    assert _assess("nina homa, natetemeka kwa baridi na moyo unakwenda mbio").level is U
    assert _assess("mguu wangu umekuwa baridi na mweupe ghafla").level is E
    # cold hands in cold weather are not
    assert _assess("mikono yangu huwa baridi asubuhi wakati wa baridi").level is not E


# --- 6. no fever said in Swahili is no fever, in every reading --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mbu wameniuma mikononi usiku, nawashwa tu, sina homa",
        "nimeharisha mara mbili leo baada ya kula samaki, sina homa, nakunywa maji",
        "koo linakwaruza kidogo na mafua, hana homa",
        "mtoto wa miezi 8 anaota meno, anatoa mate mengi. homa hana",
        "mafua tu, homa sina kabisa",
    ],
)
def test_no_fever_is_not_a_malaria_fever(text: str) -> None:
    assessment = _assess(text)
    assert "fever" not in assessment.present, text
    assert "malaria_risk" not in {f.id for f in assessment.fired}, text
    assert assessment.level in (S, R), text


@pytest.mark.parametrize(
    "text",
    [
        "nina homa kali tangu jana na kichwa kinauma",
        "mtoto ana homa, hana nguvu kabisa",
        "mtoto ana homa na hamu ya kula hana",
        "hana nguvu na ana homa",
    ],
)
def test_a_fever_where_malaria_is_common_stays_urgent(text: str) -> None:
    assert "malaria_risk" in _fired(text), text


def test_breathless_on_stairs_is_not_an_emergency() -> None:
    assessment = _assess("sina pumzi nikipanda ngazi siku hizi")
    assert "breathless" in assessment.present
    assert assessment.level is not E


def test_emergency_reply_in_swahili_leads_with_the_kenyan_number() -> None:
    reply = Chat(KENYA, "254").send("boda imemgonga mdogo wangu, alizimia na sasa anatapika")
    text = joined(reply)
    assert "999" in text.split("\n")[0], text
