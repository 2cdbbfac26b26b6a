"""net10: everyday emergency phrasings in the safety-net languages (issue 11), in our own words.

Families widened: third-person reports, past tenses, loanwords and romanised spellings
(Banglish, Arabizi) for poisoning (a strip of tablets, a child who swallowed an adult's
tablets, rat poison), a scald, a broken hip after a fall (NHS "Broken hip"), intent to die
said of someone else, a clot ("jalta") said alone, pre-eclampsia signs in Banglish; and on
the other side a faint said to be over ("fainted yesterday, fine now"), a negative past verb
before the tablets, and "not" between the chest and the pain.

Each side is one table, every failure collected: what must be recognised as an emergency and
close look-alikes that must not make that statement.
"""

from __future__ import annotations

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import net

# (language, message, statement that must be made — and the reply an emergency)
FIRES: tuple[tuple[str, str, str], ...] = (
    # Hausa
    ("ha", "mahaifiyata ta sha magani da yawa jiya da dare", "poisoning"),
    ("ha", "kakana ya zame a bandaki, kwankwasonsa na ciwo, ya kasa tashi", "injury"),
    ("ha", "ruwan zafi ya kone jaririna a kirji", "injury"),
    ("ha", "kanwata ta sha maganin bera", "poisoning"),
    ("ha", "yana cewa zai kashe kansa yau", "suicide"),
    # isiZulu
    ("zu", "umkhulu uwile ekhishini, inyonga ibuhlungu, akakwazi ukuhamba", "injury"),
    ("zu", "usana luthelwe ngamanzi abilayo", "injury"),
    ("zu", "umfowethu uthe uzozibulala namhlanje", "suicide"),
    ("zu", "ingane igwinye amaphilisi kagogo wayo", "poisoning"),
    # Amharic
    ("am", "እህቴ ራሷን ልታጠፋ ነው ትላለች", "suicide"),
    ("am", "አያቴ ትናንት ወደቀ ዳሌው ያመዋል መራመድ አልቻለም", "injury"),
    ("am", "ዳሌዋ ተሰብሯል", "injury"),
    ("am", "ህፃኑ በፈላ ወተት ተቃጠለ", "injury"),
    # Yoruba
    ("yo", "baba agba subu ninu ile iwe, ibadi re n dun, ko le dide", "injury"),
    ("yo", "omi gbigbona jo omo mi lara", "injury"),
    ("yo", "egbon mi so pe oun fe para oun", "suicide"),
    # Bengali (script and Banglish)
    ("bn", "amar ma ghumer bori ek pata kheye feleche", "poisoning"),
    ("bn", "baccha nanir pressure er tablet kheye feleche", "poisoning"),
    ("bn", "আমার মেয়ে নানার ডায়াবেটিসের ট্যাবলেট খেয়ে ফেলেছে", "poisoning"),
    ("bn", "dadu bathroom e pichle pore geche, komore khub betha, hatte parchena", "injury"),
    ("bn", "chotto bhai er gaye gorom dudh pore pure geche", "injury"),
    ("bn", "bou 8 masher pregnant, chokhe jhapsa dekhche, matha betha o", "pregnancy"),
    # Arabic (script and Arabizi)
    ("ar", "ابو صاحبي جاته جلطة الصبح", "stroke"),
    ("ar", "sitti jatha jalta", "stroke"),
    ("ar", "بنتي بلعت حبوب الضغط تبع جدها", "poisoning"),
    ("ar", "akhi shireb sem el fi2ran", "poisoning"),
    ("ar", "abuya 3ando waja3 fe sadro", "chest_pain"),
    ("ar", "الولد اتسلق بشاي مغلي", "injury"),
    # Tagalog
    ("tl", "nakainom ang bunso namin ng gamot ni lolo sa puso", "poisoning"),
    # Indonesian
    ("id", "kakak saya minum pil tidur satu strip sekaligus", "poisoning"),
    ("id", "balita kami menelan obat darah tinggi kakeknya", "poisoning"),
    # intent with the means got ready (a crisis)
    ("ha", "na tanadi guba, yau zan sha", "suicide"),
    ("zu", "sengiqoqe amaphilisi, ngizowagwinya wonke kusihlwa ngife", "suicide"),
    ("yo", "mo ti ra okun, mo fe so ara mi ko", "suicide"),
    ("bn", "ghumer bori jomiye rekhechi, aj morbo", "suicide"),
    ("ar", "ukhti katbatli enha bedha tentehr", "suicide"),
    ("tl", "nakabili na ako ng lubid, magpapakamatay na ako", "suicide"),
    ("id", "gue udah nyiapin racun tikus, malam ini gue minum", "suicide"),
    # pre-eclampsia signs said in other everyday words; blood that will not stop; a faint (Arabizi)
    ("ha", "kanwata tana da ciki, kanta na ciwo sosai, idonta yana dishi", "pregnancy"),
    ("yo", "aya mi loyun, ori n fo o gan, oju re ti n se baibai", "pregnancy"),
    ("ar", "اختي حامل وعندها صداع قوي والرؤية مغبشة", "pregnancy"),
    ("yo", "eje n jade lati ori re ko duro", "bleeding"),
    ("ar", "jaddati oghmi 3alayha fel souk", "unconscious"),
)

# (language, message, statement that must not be made)
QUIET: tuple[tuple[str, str, str], ...] = (
    # a faint said to be over ("yesterday, but now well")
    ("ha", "ta suma shekaranjiya amma yanzu lafiya", "unconscious"),
    ("zu", "uqulekile izolo kodwa manje uphilile", "unconscious"),
    ("yo", "o daku lana sugbon ara re ti ya", "unconscious"),
    ("tl", "nahimatay si lola kanina pero okay na siya ngayon", "unconscious"),
    ("id", "adik pingsan tadi pagi tapi sekarang sudah baikan", "unconscious"),
    # the tablets not taken, the chest not hurting
    ("zu", "akaphuzanga amaphilisi amaningi, eyodwa kuphela", "poisoning"),
    ("yo", "aya mi ko dun mi mo", "chest_pain"),
    # a fall without the hip or with the person walking; hip pain without a fall
    ("ha", "ta fadi jiya, kugunta na dan ciwo amma tana tafiya", "injury"),
    ("zu", "ngiwile izolo, inyonga ibuhlungu kancane kodwa ngiyahamba", "injury"),
    ("yo", "ibadi mi n dun mi lati ana", "injury"),
    ("bn", "komore betha, onek khon bose kaj kori", "injury"),
    ("am", "ዳሌዬ ትንሽ ያመኛል", "injury"),
    # medicine taken as prescribed
    ("ha", "ina shan maganin hawan jini kullum", "poisoning"),
    ("bn", "ma protidin pressure er tablet khay", "poisoning"),
    ("id", "anak saya minum obat batuk sesuai dosis", "poisoning"),
    ("ar", "ابني ياخذ حبوب الحساسية كل يوم", "poisoning"),
    # a clot test, a clot in the leg
    ("ar", "عملت تحليل جلطة امبارح", "stroke"),
    ("ar", "جاته جلطة في رجله", "stroke"),
    # a hot drink, no burn
    ("yo", "mo mu omi gbigbona ni aro", "injury"),
    ("bn", "gorom pani diye gosol korlam", "injury"),
    # pregnant with only a headache (Banglish)
    ("bn", "ami pregnant, ektu matha betha", "pregnancy"),
    # a medicine or a pest poison bought with no intent said
    ("ha", "mun sayi maganin kwari domin gona", "suicide"),
    ("yo", "mo ra oogun iba, ma mu lale yi", "suicide"),
    ("bn", "oshudh kine rekhechi, rate khabo", "suicide"),
    ("tl", "bumili ako ng gamot sa lagnat, iinumin ko mamayang gabi", "suicide"),
    ("id", "aku beli obat flu, nanti aku minum", "suicide"),
)


def test_everyday_phrasings_are_recognised_as_emergencies() -> None:
    reader, failures = net(), []
    for code, text, kind in FIRES:
        said = reader.match(text, code)
        level = reader.assess(text, code).level
        if kind not in said or level is not TriageLevel.EMERGENCY:
            failures.append(f"{code}: {text!r} -> {said} {level.name}")
    assert not failures, "\n".join(failures)


def test_close_look_alikes_do_not_make_the_statement() -> None:
    reader, failures = net(), []
    for code, text, kind in QUIET:
        said = reader.match(text, code)
        if kind in said:
            failures.append(f"{code}: {text!r} -> {said}")
    assert not failures, "\n".join(failures)


def test_every_net_language_is_tested_on_both_sides() -> None:
    languages = set(net().statements)
    assert {code for code, _, _ in FIRES} == languages
    assert {code for code, _, _ in QUIET} == languages


def test_banglish_with_only_a_perfect_verb_is_read_as_bengali() -> None:
    failures = []
    for text in ("ghumer bori jomiye rekhechi, aj morbo", "nanir tablet kheye feleche"):
        detected = engine().detector.detect(text)
        if not detected or detected[0].code != "bn":
            failures.append(f"{text!r} -> {detected}")
    assert not failures, "\n".join(failures)
