"""net10b: safety-net and regional gaps of the tenth blind round (issue 11), in our own words.

Families: Haitian Kreyol danger signs read as French regional words (a young baby not feeding,
hot and hard to wake; not breathing, a fit, bleeding, chest pain spreading to the arm), a
pesticide drunk in the net languages (a pesticide merely sprayed is not a poisoning), and
prolonged or obstructed labour (WHO danger sign) in every net language and every full language
(a labour that is over is not).

Each table is run through the whole first-message path with a phone number of the country, so
detection, the net and the full readings all take part; failures are collected.
"""

from __future__ import annotations

import io
import json

from selfcare.assistant.batch import triage_jsonl
from selfcare.events import TriageLevel
from tests.assistant.support import assistant

HT, NG, ZA, ET, BD, ID, PH, SA = (
    "+50934567891",
    "+2348012345671",
    "+27821234561",
    "+251911234561",
    "+8801712345671",
    "+6281234567891",
    "+639171234561",
    "+966501234561",
)
UK, FR, ES, BR, KE, IN = (
    "+447700900121",
    "+33612345671",
    "+34612345671",
    "+5511912345671",
    "+254712345671",
    "+919812345671",
)

# (phone, message): each must come back an emergency
EMERGENCIES: tuple[tuple[str, str], ...] = (
    # Haitian Kreyol (read as French)
    (HT, "tibebe m gen 5 semen, li pa vle tete ditou, ko li cho, li domi tout tan"),
    (HT, "pitit mwen an pa ka tete depi yè, li gen lafyèv epi mwen pa ka reveye l"),
    (HT, "tibebe a sispann respire"),
    (HT, "pitit la tonbe malkadi, l ap tranble tout ko"),
    (HT, "manman m ap senyen anpil, san an pa vle kanpe"),
    (HT, "papa m gen doulè nan pwatrin ki desann nan bra goch li"),
    # a pesticide drunk
    (NG, "dan kanina ya sha maganin kashe kwari, yana amai yana zufa"),
    (NG, "yarinyar makwabci ta sha fiya fiya"),
    (NG, "yaron ya sha gammalin a gona"),
    (NG, "aburo mi mu ota apakokoro ni oko"),
    (PH, "nakainom ang pamangkin ko ng pamatay-peste"),
    (ET, "ወንድሜ ፀረ-ተባይ ጠጣ"),
    (BD, "meye poka marar oshudh kheye felechhe"),
    (SA, "اخوي الصغير شرب من المبيد"),
    (ZA, "umfana uphuze umuthi wezinambuzane"),
    # prolonged or obstructed labour, net languages
    (ET, "እህቴ ከትናንት ጀምሮ ምጥ ላይ ናት ህፃኑ አልወጣም"),
    (NG, "kanwata tana nakuda awa 30, jaririn bai fito ba"),
    (NG, "iyawo egbon mi ti wa ni irobi lati ana"),
    (ZA, "udadewethu unemihelo amahora angu-20"),
    (BD, "boner prosob betha 30 ghonta dhore"),
    (ID, "adik saya mules mau melahirkan sejak kemarin, bayinya belum keluar"),
    (PH, "naglalabor ang ate ko mula pa kahapon"),
    (SA, "اختي في المخاض من امبارح والبيبي ما طلع"),
    # prolonged or obstructed labour, full languages
    (UK, "my sister has been in labour for 30 hours and the baby still won't come out"),
    (FR, "ma belle-soeur est en travail depuis plus de 20 heures"),
    (ES, "mi cuñada tiene contracciones desde ayer y el bebé no baja"),
    (BR, "minha cunhada está em trabalho de parto desde ontem"),
    (KE, "shemeji yangu ana uchungu wa kuzaa tangu jana, mtoto hajatoka"),
    (IN, "bhabhi ko kal se prasav pida hai, baccha bahar nahi aa raha"),
)

# (phone, message): look-alikes that must not come back an emergency
NOT_EMERGENCIES: tuple[tuple[str, str], ...] = (
    # Kreyol: a fever that is over, a sore foot, a fever denied
    (HT, "pitit mwen te gen lafyèv semèn pase, kounye a li byen"),
    (HT, "mwen gen yon ti doulè nan pye depi yè"),
    (HT, "pitit la pa gen lafyèv, li jis ap touse"),
    (HT, "pitit gason m gen dyare depi maten, men li bwe byen"),
    # a pesticide sprayed, not drunk
    (NG, "mun fesa maganin kashe kwari a dakin kwana"),
    (PH, "nag-spray kami ng pamatay-insekto sa kusina"),
    (ET, "ፀረ ተባይ በቤቱ ውስጥ ረጨን"),
    (BD, "ঘরে পোকা মারার ওষুধ স্প্রে করেছি"),
    (SA, "رشينا مبيد حشرات في المطبخ"),
    (ZA, "sifuthe umuthi wezinambuzane ekhishini"),
    # a labour that is over
    (UK, "labour pains yesterday, baby born fine"),
    (UK, "she had the baby this morning after a 20 hour labour, both doing well"),
    (ES, "di a luz hace dos días, el parto fue largo pero estamos bien"),
    (BR, "tive o bebê ontem depois de 20 horas de trabalho de parto, estamos bem"),
    (KE, "alijifungua jana baada ya uchungu wa masaa 20, mtoto yuko salama"),
    (IN, "kal delivery ho gayi, 20 ghante labour tha, baccha theek hai"),
    (FR, "je suis au travail depuis 12 heures et j ai mal a la tete"),
    (ET, "ትናንት ምጥ ጀመራት ህፃኑ በሰላም ተወለደ"),
    (NG, "ta fara nakuda jiya, ta haihu lafiya"),
    (ID, "kemarin kontraksi, bayi sudah lahir sehat"),
    (PH, "nag-labor siya kahapon, maayos na naipanganak ang baby"),
    (SA, "كان عندها طلق امبارح وولدت بالسلامة"),
)

# (phone, message): Kreyol the same day (bloody diarrhoea in a child: NHS, be seen today)
SAME_DAY: tuple[tuple[str, str], ...] = (
    (HT, "pitit fi m gen 3 an, li gen dyare ak san depi ayè"),
    (HT, "grann mwen gen dyare ak san depi 2 jou"),
)


def _levels(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Each message through ``selfcare triage --jsonl`` (a first message from that phone)."""
    inp = "".join(
        json.dumps({"id": str(i), "text": text, "phone": phone}) + "\n"
        for i, (phone, text) in enumerate(rows)
    )
    out = io.StringIO()
    assert triage_jsonl(io.StringIO(inp), out, "44", assistant=assistant()) == 0
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    return [(text, answer["triage"]) for (_, text), answer in zip(rows, answers, strict=True)]


def test_danger_signs_reach_emergency() -> None:
    failures = [
        f"{text!r} -> {level}"
        for text, level in _levels(EMERGENCIES)
        if level != TriageLevel.EMERGENCY.value
    ]
    assert not failures, "\n".join(failures)


def test_look_alikes_do_not_reach_emergency() -> None:
    failures = [
        f"{text!r} -> {level}"
        for text, level in _levels(NOT_EMERGENCIES)
        if level == TriageLevel.EMERGENCY.value
    ]
    assert not failures, "\n".join(failures)


def test_kreyol_bloody_diarrhoea_is_seen_the_same_day() -> None:
    urgent = (TriageLevel.URGENT.value, TriageLevel.EMERGENCY.value)
    failures = [f"{text!r} -> {level}" for text, level in _levels(SAME_DAY) if level not in urgent]
    assert not failures, "\n".join(failures)
