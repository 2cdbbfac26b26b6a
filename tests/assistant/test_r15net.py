"""The safety net, round-15 fixes (r15net), in all eight net languages.

- Indirect crisis signs in pairs (NHS "Help for suicidal thoughts", Samaritans warning signs):
  a goodbye, an apology to everyone or "you will not see me again" together with belongings or
  a car given away, the phone switched off, a locked room, poison or a rope bought, or a bridge
  and a time; or two of those signs without the goodbye. A trip abroad, a flat battery, old
  clothes given to a church or insecticide bought for cockroaches is not this.
- Poisoning (NHS "Poisoning"; WHO pesticide poisoning): all of the sleeping pills swallowed
  (Malay as well as Indonesian), insecticide drunk with words between or with drooling,
  trembling or sweating; one sleeping pill or one's own daily tablets taken as usual is not.
- Amharic in Latin letters: a farewell said with verb endings ('-alehu') is detected.
The phrasings are the engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, assert_level, assert_not_emergency, rules

SU, PO = "safety_net:suicide", "safety_net:poisoning"

# (message, level, a statement that must have fired or None)
ROWS: list[tuple[str, TriageLevel, str | None]] = [
    # --- Tagalog ---
    ("patawarin nyo ako sa lahat, naipamigay ko na ang alahas ko", E, SU),
    ("pinamigay ni tatay ang mga gamit niya tapos nakapatay na ang cellphone niya", E, SU),
    ("hindi na nyo ako makikita, nagkulong na ako sa kuwarto", E, SU),
    ("bumili si kuya ng lason tapos nagkulong sa banyo", E, SU),
    ("nilunok ko lahat ng pampatulog ni lola", E, PO),
    ("yung pamangkin ko uminom ng pamatay peste, naglalaway", E, PO),
    ("nagpaalam si ate kasi magbabakasyon, naka-off ang phone niya", R, None),
    ("ibinigay ko na ang lumang kotse ko sa pinsan, bumili ako ng bago", R, None),
    # --- Hausa ---
    ("Ya ce ba za mu kara ganinsa ba, wayarsa a kashe tun safe", E, SU),
    ("Ta raba kayanta duka, ta kulle dakinta", E, SU),
    ("Na sayi maganin kwari, na kulle kaina a daki", E, SU),
    ("Mijina ya sha duk kwayoyin barci gaba daya", E, PO),
    ("Na sayi maganin kwari don kashe kyankyasai", R, None),
    # --- Indonesian / Malay ---
    ("aku pamit untuk selamanya, mobilku sudah kuberikan ke adik", E, SU),
    ("maafkan saya semuanya, hp akan saya matikan malam ini", E, SU),
    ("dia beli obat tikus lalu mengunci dirinya di kamar", E, SU),
    ("abang dah telan semua ubat tidur dia", E, PO),
    ("adik minum obat serangga, air liur keluar terus dan gemetar", E, PO),
    ("pamit dulu ya, mau ke bandara, hp saya matikan", R, None),
    ("beli obat nyamuk buat kamar anak, saya batuk", R, None),
    # --- Arabic ---
    ("سامحوني، عطيت سيارتي لأخوي ومش رح تشوفوني بعد", E, SU),
    ("ودعتنا امس وتلفونها مسكر من يومها", E, SU),
    ("اشترى سم وحبس نفسه في غرفته", E, SU),
    ("بنتي شربت شوي من قنينة المبيد", E, PO),
    ("ولدي لعب بالمبيد وصار يرجف وريالته نازلة", E, PO),
    ("ودعنا اخوي وراح على المطار، وجواله مقفل", R, None),
    # --- Bengali ---
    ("সবাই ক্ষমা করো, ফোন বন্ধ করে দিলাম", E, SU),
    ("বোন তার গয়না সব দিয়ে দিয়েছে, এখন ফোন বন্ধ", E, SU),
    ("বাবা ঘুমের ওষুধ সবগুলো খেয়ে ফেলেছে", E, PO),
    ("ধানক্ষেতের জন্য কীটনাশক কিনেছি, কাশি হচ্ছে", R, None),
    # --- Yoruba ---
    ("O dabo o, mo ti fun aburo mi ni moto mi", E, SU),
    ("Iya mi ra okun, o ti ara re mo inu yara", E, SU),
    ("Aburo mi gbe gbogbo oogun orun baba mi", E, PO),
    ("Mo ra oogun kokoro fun efon, ara mi ya", R, None),
    # --- Zulu ---
    ("Sala kahle, imoto yami ngiyinike umfowethu, ifoni yami ivaliwe", E, SU),
    ("Usisi uthenge ushevu, uzikhiyele endlini yangasese", E, SU),
    ("Ubaba ugwinye wonke amaphilisi okulala", E, PO),
    ("Ngiphuze onke amaphilisi ami ekuseni njalo, ngiyaphila", R, None),
    ("Ngithenge umuthi wezinambuzane wamaphela", R, None),
    # --- Amharic (Ge'ez and Latin letters) ---
    ("ተሰናብቶን ሄደ፣ ስልኩ ጠፍቷል", E, SU),
    ("ቤተሰቤ ይቅርታ አድርጉልኝ፣ ነገ አልኖርም", E, SU),
    ("ሕፃኑ የተባይ መድኃኒት ጠጣ", E, PO),
    ("betesebochen tesenabichalehu, nege alnorim", E, SU),
    ("ልጆቼ ደህና ሁኑ፣ ወደ ጉዞ ሄጃለሁ ስልኬ ቻርጅ የለውም", R, None),
]


@pytest.mark.parametrize(("text", "level", "statement"), ROWS)
def test_r15net_rows(text: str, level: TriageLevel, statement: str | None) -> None:
    found = assert_level(engine(), text, level)
    if statement is not None:
        assert statement in [f.id for f in found.fired], [f.id for f in found.fired]


@pytest.mark.parametrize(
    "text",
    [
        "nagspray kami ng pamatay lamok, okay naman ang lahat",
        "saya minum satu pil tidur semalam seperti biasa",
        "পরিবারের সবাই আজ রাতে ব্রিজে ঘুরতে যাবো",
        "Ngiyaxolisa ngokufika sekwephuzile, ifoni yami ibhethri iphelile",
    ],
)
def test_neighbours_are_not_emergencies(text: str) -> None:
    assert_not_emergency(rules(), text)


@pytest.mark.parametrize(
    "text",
    ["lijochen tesenabichalehu, nege alnorim", "enaten betam ewedalehu, tesenabichalehu"],
)
def test_latin_amharic_farewell_is_detected(text: str) -> None:
    assert engine().detector.detect(text)[0].code == "am"
