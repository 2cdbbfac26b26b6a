"""The safety net, round-14 fixes (r14net): families of emergencies the nets missed, Amharic typed
in Latin letters recognised at all, and a new same-day ``child`` statement.

- Farewell signs with the means or a dangerous place (NHS "Help for suicidal thoughts"): a
  goodbye, "don't look for me" or "sorry for everything" with a railway track or a bridge
  (Indonesian), with a rope, poison or no answer since (Tagalog), a scarf or rope tied to the
  ceiling fan with an apology (Bengali); a thank-you, a birthday wish or a trip abroad is not.
- Chest pain as squeezing, spreading to the shoulder, jaw or neck with any ending (Gulf and
  Levantine Arabic; NHS "Heart attack").
- A sting then the face or tongue swelling, swallowing or breathing trouble (Zulu; NHS
  "Anaphylaxis"), the sting told in the passive and the swelling in the present.
- Zulu: a wish to be dead said with no plan and no wish to act now is the same-day self_harm
  statement (NICE NG225; the English reading does the same); with the means it stays suicide.
- Amharic in Latin letters: markers (verb endings '-alehu', 'wedeke', 'hiwot', 'yikirta'...) so
  it is detected, a fall then no answer (NHS first aid), blood from the ear after a fall (NHS
  "Head injury and concussion"), ending one's life (Ge'ez too).
- ``child`` (urgent, its own line; Arabic and Bengali): a baby under 3 months with a fever
  (NHS "Fever in children", NICE NG143) or diarrhoea or vomiting with dehydration signs (NHS
  "Dehydration", WHO IMCI); an older child's fever or mild diarrhoea with normal pee is not.
The phrasings are the engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, U, assert_level

SU, AL, CH = "safety_net:suicide", "safety_net:allergy", "safety_net:child"
CP, UN, IN = "safety_net:chest_pain", "safety_net:unconscious", "safety_net:injury"
SH = "safety_net:self_harm"

# (message, level, a statement that must have fired or None)
ROWS: list[tuple[str, TriageLevel, str | None]] = [
    # --- Arabic: squeezing chest pain spreading; child (new) ---
    ("صدري يعصرني من ساعة وأعرق وايد", E, CP),
    ("امي تقول صدرها يعصرها والوجع نازل لكتفها", E, CP),
    ("الألم في صدره وراح لفكه وهو يعرق", E, CP),
    ("sadri y3sorni w 3ere2 kteer", E, CP),
    ("صدري مش يعصرني بس عندي كحة", R, None),
    ("بنتي عمرها ست اسابيع وفيها سخونة من امبارح", U, CH),
    ("الرضيع عمره 3 اسابيع حرارته 38", U, CH),
    ("ebni 3omro shahrein w 3ando 7arara 38.4", U, CH),
    ("ابني عنده اسهال من يومين وما بال من الصبح", U, CH),
    ("ترجيع واسهال وعيونه غايرة بس يشرب", U, CH),
    ("ولدي عمره 4 سنين وحرارته 37.8 ويلعب", R, None),
    ("عندي اسهال خفيف من امس", R, None),
    # --- Bengali: hanging means at the fan with a goodbye; child (new) ---
    ("দড়িটা পাখায় বেঁধে রেখেছি। মাকে বলো আমি দুঃখিত", E, SU),
    ("ক্ষমা করে দিও সবাই, ওড়না সিলিং ফ্যানে বাঁধা", E, SU),
    ("ar parchi na, orna fan e bendhe rekhechi", E, SU),
    ("ফ্যানে দড়ি বেঁধে কাপড় শুকাচ্ছি", R, None),
    ("দুদিন ধরে বমি আর পাতলা পায়খানা, সকাল থেকে প্রস্রাব হয়নি", U, CH),
    ("ছয় সপ্তাহের বাচ্চার জ্বর ৩৮.২", U, CH),
    ("amar dui mash er baccha, kal theke jor 38.5", U, CH),
    ("ছোট ছেলের পাতলা পায়খানা, মুখ শুকনো আর চোখ বসে গেছে", U, CH),
    ("ছেলের একটু পাতলা পায়খানা, তবে প্রস্রাব ঠিক আছে", R, None),
    ("আমার ৫ বছরের ছেলের জ্বর", R, None),
    # --- Indonesian: a farewell at a dangerous place or with the means ---
    ("gue udah di pinggir rel sekarang, jangan cari gue ya", E, SU),
    ("maafin aku untuk semuanya, aku udah di jembatan", E, SU),
    ("jgn nyari aku lagi, talinya udah aku siapin", E, SU),
    ("makasih udah jadi sahabat terbaikku, aku lagi di rel kereta", E, SU),
    ("makasih udah jadi temen terbaik, selamat ulang tahun ya!", R, None),
    ("rumahku dekat rel kereta, jangan cari aku di rumah ya aku di kantor", R, None),
    # --- Tagalog: a goodbye with the means or no answer ---
    ("nagpost si ate ng sorry sa lahat sa fb, may lason daw siya, hindi na nagrereply", E, SU),
    ("pasensya na kayo sa lahat, may lubid na ako dito", E, SU),
    ("wala na ako bukas, nasa riles ako ngayon", E, SU),
    ("nagpaalam na si kuya papuntang abroad, hindi na sumasagot kasi nasa eroplano", R, None),
    ("salamat sa lahat ng bumati sa birthday ko!", R, None),
    # --- Zulu: a sting with swelling and swallowing or breathing trouble ---
    ("Ngitinyelwe yizinyosi, izindebe zami ziyavuvukala futhi ngiyafuthelana", E, AL),
    ("umntwana ulunywe yinyosi, ubuso buvuvukile akakwazi ukugwinya", E, AL),
    ("Ubuso bakhe nolimi kuyavuvukala, akakwazi ukuphefumula kahle", E, AL),
    ("ngilunywe ngumlonyana emlonyeni, ulimi luyavuvukala", E, AL),
    ("Ngilunywe yinyosi esandleni, kubuhlungu kancane kodwa akuvuvukali kakhulu", R, None),
    # a wish to be dead with no plan and no wish to act now: same day (NICE NG225), as in English
    ("ngezinye izikhathi ngicabanga ukuthi kungcono ngife, anginalo uhlelo", U, SH),
    ("ngicabange ukuthi kungcono ngife kodwa angikahleli lutho", U, SH),
    ("kungcono ngife, sengithenge amaphilisi, angikahleli lutho olunye", E, SU),
    ("kungcono ngife namhlanje", E, SU),
    # --- Amharic in Latin letters (now detected) and Ge'ez ---
    ("abate ke dereja wedqo ayinesam, ke joro dem yiwetal", E, IN),
    ("lije wedeqech ahun atmelesim betam feragn", E, UN),
    ("yihen hiwot mechares efelgalehu, betam dekemognal", E, SU),
    ("hiwote lechris new, mirz gezchalehu", E, SU),
    ("ሕይወቴን መጨረስ እፈልጋለሁ፣ ደክሞኛል", E, SU),
    ("ከደረጃ ወድቆ ከጆሮው ደም ይወጣል", E, IN),
    ("ጆሮዋ ደም ይፈሳል ከወደቀች በኋላ", E, IN),
    ("joroye yamegnal ke tinant jemro", R, None),
    ("sirawen mechares efelgalehu ahun betam dekemognal", R, None),
    ("ስራዬን መጨረስ እፈልጋለሁ", R, None),
]


@pytest.mark.parametrize(("text", "level", "statement"), ROWS)
def test_r14net_rows(text: str, level: TriageLevel, statement: str | None) -> None:
    found = assert_level(engine(), text, level)
    if statement is not None:
        assert statement in [f.id for f in found.fired], [f.id for f in found.fired]


@pytest.mark.parametrize(
    "text",
    [
        "bale ke medereja wedeke betam ayinesam",
        "yihen hiwot mechares efelgalehu, betesebochen yikirta belulign",
        "lije betam tamognal, tikusat alebign",
    ],
)
def test_latin_amharic_is_detected(text: str) -> None:
    assert engine().detector.detect(text)[0].code == "am"


@pytest.mark.parametrize("code", ["ar", "bn"])
def test_child_is_urgent_with_a_line(code: str) -> None:
    net = engine().kb.safety_net[code]
    assert net.levels.get("child") == "urgent"
    assert "{emergency}" in net.lines["child"]
