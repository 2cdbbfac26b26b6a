"""Round-12 safety-net misses, mended as families in eight languages (r12net), both sides.

Each message is read with its language detected from the message alone. Families, with guidance:
chest pain said with a relative between the chest and the verb or two intensity words, with
sweating (NHS "Heart attack": chest pain with sweating, 999); stroke told as sudden loss of speech
and a face twisted "to one side" (NHS "Stroke", FAST); a child shaking all over and not answering
(WHO IMCI: convulsions and not responding are danger signs; NHS febrile seizures), not shivers
with cold or a fever; a crisis told by the means beside the writer, a letter and tonight, and a
friend at a height about to jump (NHS "Help for suicidal thoughts": a plan, the means and a time
are a crisis), not a pool, a skipping rope or work finished tonight; and an animal bite with the
Iraqi and Gulf "چلب" for a dog and the Iraqi cat "بزونة" (WHO rabies: same-day vaccine).
The phrasings are the engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, U, assert_level

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # chest pain with sweating (NHS Heart attack): a relative named after the chest (Yoruba),
    # the perfect "has hurt" (Amharic), two intensity words (Arabic, Arabizi)
    ("àyà ìyá mi ń dùn ún gan, ó ń làágùn", "yo", E),
    ("aya oko mi n dun gan-an, o n lagun", "yo", E),
    ("àyà bàbá wa ń dùn ún", "yo", E),
    ("ayà egbon mi ti dun lati aaro", "yo", E),
    ("ባለቤቴ ደረቱን በጣም አሞታል ያልበዋል", "am", E),
    ("ደረቴን በጣም አሞኛል ላብ በላብ ሆኛለሁ", "am", E),
    ("እናቴ ደረቷ አሟታል", "am", E),
    ("abate deretun betam amotal", "am", E),
    ("abouya 3ando alam shedid geddan fi sadro w bi3ra2", "ar", E),
    ("wja3 bzaf bzaf f sdrha w katre3 b l3r9", "ar", E),
    ("jozi 3ando waja3 2awi 2awi bsadro", "ar", E),
    ("وجع قوي كتير بصدره وعم يعرق", "ar", E),
    ("ابويا عنده وجع جامد اوي في صدره وعرقان", "ar", E),
    ("ابوي عنده الم شديد جدا في صدره ويعرق", "ar", E),
    ("abbur buke onek betha ar ghamche", "bn", E),
    ("dada bapak saya sakit banget dan keringat dingin", "id", E),
    ("kirjin babana yana ciwo sosai yana zufa", "ha", E),
    ("ubaba unobuhlungu esifubeni kakhulu ujuluka", "zu", E),
    ("ang tatay ko masakit ang dibdib at pinagpapawisan ng malamig", "tl", E),
    # stroke (NHS FAST): sudden loss of speech in her verb form, the face twisted with the side said
    ("አያቴ ድንገት መናገር አቃታቸው", "am", E),
    ("ፊቱ ወደ አንድ በኩል ተጣመመ", "am", E),
    ("ፊቷ ድንገት ወደ ግራ ተጣመመ", "am", E),
    ("አፉ በአንድ ጎን ተጣመመ", "am", E),
    ("ድንገት መናገር አቃተው", "am", E),
    ("ماما فجأة مش قادرة تتكلم ووشها مايل ناحية", "ar", E),
    ("মা হঠাৎ কথা বলতে পারছে না, মুখ এক দিকে বেঁকে গেছে", "bn", E),
    ("ibu tiba-tiba tidak bisa bicara, wajahnya mencong ke satu sisi", "id", E),
    ("umama ngokuzumayo akakwazi ukukhuluma, ubuso bugwegwile", "zu", E),
    ("biglang hindi makapagsalita si nanay, tabingi ang mukha", "tl", E),
    # a child shaking all over and not answering (WHO IMCI, NHS febrile seizures)
    ("ولدي كيترعد بجسمو كامل", "ar", E),
    ("ابني جسمه كله عم يرتجف ومش عم يرد", "ar", E),
    ("bnti katre3d b jesmha kamla w ma katjawbnich", "ar", E),
    ("ibni 3am yirtejef bi jismo kollo", "ar", E),
    ("بنتي ما كتجاوبنيش", "ar", E),
    ("ልጄ መላ ሰውነቱ እየተንቀጠቀጠ ነው አይመልስም", "am", E),
    ("nanginginig ang buong katawan ng anak ko at hindi sumasagot", "tl", E),
    ("ingane iyaqhaqhazela umzimba wonke futhi ayiphenduli", "zu", E),
    ("omo mi n gbon gbogbo ara ko si dahun", "yo", E),
    ("anak saya kejang seluruh badan dan tidak merespon", "id", E),
    ("dana yana karkarwa duk jikinsa baya amsawa", "ha", E),
    # a crisis: the means beside me, a letter and tonight (NHS help for suicidal thoughts)
    ("الحبوب جنبي والليلة بخلص من كل شي", "ar", E),
    ("قررت والحبل جاهز، الليلة", "ar", E),
    ("كاتبة رسالة لعيلتي", "ar", E),
    ("خلاص قررت، الليلة بنهي", "ar", E),
    ("el 7boub jambi w el leila b5alles", "ar", E),
    ("ami thik korechi, chithi likhe rekhechi, aj raate sob shesh", "bn", E),
    (
        "aku udah nulis surat buat keluarga, obatnya udah di sebelahku, malam ini aku akhiri",
        "id",
        E,
    ),
    ("mo ti ko leta si ebi mi, awon oogun wa legbe mi, ale yi ni ma pari e", "yo", E),
    ("ngibhalele umndeni incwadi, amaphilisi aseduze kwami, namhlanje ebusuku ngiyaphela", "zu", E),
    ("ለቤተሰቤ ደብዳቤ ጽፌያለሁ፣ ኪኒኖቹ አጠገቤ ናቸው፣ ዛሬ ማታ እጨርሳለሁ", "am", E),
    (
        "nakapagsulat na ako ng sulat sa pamilya ko, nasa tabi ko na ang mga gamot,"
        " mamayang gabi tatapusin ko na",
        "tl",
        E,
    ),
    ("na rubuta wasika ga iyalina, kwayoyin suna kusa da ni, yau da dare zan kashe kaina", "ha", E),
    # a friend at a height about to jump, a goodbye (NHS help for suicidal thoughts)
    ("tatalon daw sya sa tulay ngayon", "tl", E),
    ("nasa bubong si kuya, sabi nya tatalon na sya", "tl", E),
    ("mag-jump daw sya sa building, nag-message sya sakin", "tl", E),
    ("nagpaalam sya sa gc, iinom daw ng lason", "tl", E),
    ("صاحبي فوق السطح وبيقول هينط", "ar", E),
    ("sa7bi f sta7 w gal ghadi yliwe7 rasso", "ar", E),
    ("sa7bi fo2 el sat7 w bey2ol hayenot", "ar", E),
    ("বন্ধু ছাদে উঠেছে, বলছে লাফ দেবে", "bn", E),
    ("temanku pamit di chat, dia di atap gedung mau loncat", "id", E),
    ("abokina yana saman gini zai yi tsalle", "ha", E),
    ("ore mi wa lori ile giga o fe bo sile", "yo", E),
    ("egbon mi wa lori afara, o ni oun fe fo sinu omi", "yo", E),
    ("umngane wami usophahleni uthi uzokweqa", "zu", E),
    ("ጓደኛዬ ፎቅ ላይ ሆኖ ልዘል ነው አለ", "am", E),
    # an animal bite (WHO rabies): Iraqi and Gulf چ for ك, the Iraqi cat
    ("الچلب عض بنتي برجلها", "ar", U),
    ("بزونة عضت ابني", "ar", U),
    ("ibni 3addah chalb bil shari3", "ar", U),
    ("el chalb 3ad binti", "ar", U),
    ("আমার ছেলেকে কুকুর কামড়েছে", "bn", U),
    ("anak saya digigit anjing tetangga", "id", U),
    ("kare ya ciji dana", "ha", U),
    ("aja bu omo mi je", "yo", U),
    ("inja ilume ingane yami", "zu", U),
    ("ውሻ ልጄን ነከሰው", "am", U),
    ("kinagat ng aso ang anak ko", "tl", U),
]

# Near misses: none of these is an emergency (nor, for the animals, a bite).
NOT_EMERGENCY: list[str] = [
    "àyà baba mi kò dùn",
    "ori aya mi n dun mi",
    "aya mi n lagun pupo",
    "mo n lagun pupo nitori ooru",
    "ደረቴን አላመመኝም",
    "mafi waja3 b sadri, bas ras",
    "عندي برد وكنترعد بجسمي كامل",
    "بنتي عندها سخانة وكتترعد بجسمها كامل",
    "ابني خايف وكيترعد بجسمو كامل",
    "ولدي ما كيجاوبنيش فالتيليفون",
    "ما بيردش على التلفون",
    "الدوا جنبي عشان أخده الساعة 8",
    "قررت الليلة بخلص الشغل وارتاح",
    "قررت أروح للدكتور الليلة",
    "tumalon kami sa pool mula sa rooftop",
    "nag-jumping jacks kami sa rooftop",
    "nasa rooftop kami nag-iihaw",
    "nagpaalam na si lola bago umuwi sa probinsya",
    "mo wa lori ile giga, mo n wo ilu",
    "عندنا چلب بالبيت وابني يلعب وياه",
    "البزونة نامت ويا ابني",
]


@pytest.mark.parametrize(("text", "language", "level"), LEVELS)
def test_r12net_levels(text: str, language: str, level: TriageLevel) -> None:
    found = assert_level(engine(), text, level)
    assert found.language == language, found.language


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_r12net_near_misses(text: str) -> None:
    found = engine().assess(text)
    assert found.level.rank > E.rank, (text, found.level, [f.id for f in found.fired])
    assert not any(f.id == "safety_net:bite" for f in found.fired), text
