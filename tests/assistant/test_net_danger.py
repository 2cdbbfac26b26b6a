"""Safety-net languages: danger signs beyond the commonest statements (2026-12-05).

For Arabic, Bengali, Indonesian, Hausa, Yoruba, Zulu, Amharic and Tagalog
(``knowledge/safety_net/``): a severe allergic reaction after food, a sting or a medicine
(NHS anaphylaxis), dengue warning signs (WHO), a child's general danger signs (WHO IMCI) and
meningitis signs (NHS), drowning and severe burns (WHO, NHS), and wider stroke, chest-pain and
poisoning phrasings (a leg dragged, one eye not seeing, tearing chest pain through to the back,
kerosene spelt long). Every message is our own, written for these tests by engineers who are
not native speakers; a native reviewer should add theirs. Each emergency is tested on the
reader (which statement, and the emergency line, not the crisis line) and through
``Engine.assess`` for the level; everyday messages with the same nouns ("I ate peanuts today",
"the child drank water") are recognised as nothing and stay "not understood": routine, never
self-care and never an emergency.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import selfcare.assistant
from selfcare.assistant.knowledge.loader import read
from selfcare.events import TriageLevel
from tests.assistant.support import net, rules

ENGINE = rules()

ALLERGY, DENGUE, DANGER, INJURY = "allergy", "dengue", "danger_signs", "injury"
STROKE, CHEST, POISON = "stroke", "chest_pain", "poisoning"
BLEED, FIT, BREATH = "bleeding", "fit", "not_breathing"
NEW = frozenset({ALLERGY, DENGUE, DANGER, INJURY})


EMERGENCIES: dict[str, tuple[tuple[str, str], ...]] = {
    "ar": (
        ("بعد ما أكل فول سوداني وجهه انتفخ وشفايفه كبرت", ALLERGY),
        ("قرصته نحلة وصار نفسه يصفر", ALLERGY),
        ("لسانه وارم ومش قادر يبلع", ALLERGY),
        ("بنتي شفايفها ورمت بعد قرصة دبور", ALLERGY),
        ("وجهها منفخ ونفسها فيه صفير", ALLERGY),
        ("عندي حساسية شديدة بعد الحقنة", ALLERGY),
        ("ابني عنده حمى الضنك واللثة بتنزف وبيرجع على طول", DENGUE),
        ("الحرارة نزلت امبارح بس إيديه ورجليه باردين وهو هامد", DENGUE),
        ("السخونية راحت وصار مناخيره بتنزل دم", DENGUE),
        ("عندها حرارة من أربع أيام واللثة بتنزف دم", DENGUE),
        ("الطفل ما يقدر يشرب ولا يرضع من الصبح", DANGER),
        ("بنتي بترجع كل شي تاكله وعندها سخونية", DANGER),
        ("ابني عنده حرارة عالية ورقبته ناشفة ما تنثني", DANGER),
        ("بيبي مش راضي يرضع خالص وحرارته مرتفعة", DANGER),
        ("في حبوب حمرا على رجليه ما بتروح لما نضغط عليها بالكاس", DANGER),
        ("الولد صعب يصحى وعنده حمى", DANGER),
        ("ابني غرق في المسبح وطلعناه من المية", INJURY),
        ("انكب على بنتي ماء مغلي", INJURY),
        ("عنده حروق في نص جسمه", INJURY),
        ("حرق كبير في ضهره", INJURY),
        ("أبوي صار يجر رجله اليسار من الصبح", STROKE),
        ("ابني شرب جاز وصار يكح", POISON),
        ("انحرقت نص ايده بالزيت", INJURY),
    ),
    "bn": (
        ("চিংড়ি খাওয়ার পর আমার ছেলের মুখ ফুলে গেছে", ALLERGY),
        ("ইনজেকশন দেওয়ার পর ঠোঁট ফুলে গেছে আর শ্বাস নিতে কষ্ট হচ্ছে", ALLERGY),
        ("মেয়ের জিভ ফুলে যাচ্ছে", ALLERGY),
        ("মৌমাছি কামড়ানোর পর থেকে শ্বাসকষ্ট হচ্ছে", ALLERGY),
        ("badam khawar por chheler mukh fule geche", ALLERGY),
        ("ছেলের ডেঙ্গু হয়েছে, মাড়ি দিয়ে রক্ত পড়ছে আর বারবার বমি করছে", DENGUE),
        ("জ্বর কমে গেছে কিন্তু হাত পা ঠান্ডা হয়ে গেছে, খুব নিস্তেজ", DENGUE),
        ("জ্বরের সাথে দাঁতের মাড়ি দিয়ে রক্ত আসছে", DENGUE),
        ("jor kome geche kintu nak diye rokto porche", DENGUE),
        ("বাচ্চা বুকের দুধ টানতে পারছে না, গা গরম", DANGER),
        ("ছেলে যা খায় সব বমি করে দেয়", DANGER),
        ("জ্বর আর ঘাড় শক্ত হয়ে গেছে", DANGER),
        ("বাচ্চা একদম নেতিয়ে পড়েছে", DANGER),
        ("শরীরে লাল দাগ, গ্লাস দিয়ে চাপ দিলেও যায় না", DANGER),
        ("baccha pani khete parche na", DANGER),
        ("ছোট ছেলে পুকুরে ডুবে গিয়েছিল", INJURY),
        ("গরম পানি পড়ে মেয়ের পিঠ পুড়ে গেছে", INJURY),
        ("আগুনে মুখ পুড়ে গেছে", INJURY),
        ("বাবা এক চোখে কিছু দেখছেন না", STROKE),
        ("মা বাম পা টেনে টেনে হাঁটছে", STROKE),
        ("বাচ্চা কেরোসিন খেয়ে ফেলেছে, কাশি হচ্ছে", POISON),
    ),
    "id": (
        ("anakku habis makan udang bibirnya jadi tebel dan bengkak", ALLERGY),
        ("setelah disengat tawon muka suami saya membengkak", ALLERGY),
        ("abis minum obat antibiotik lidahku bengkak", ALLERGY),
        ("bibir adek bengkak banget, nafasnya bunyi ngik-ngik", ALLERGY),
        ("sehabis makan kacang langsung sesak dan napasnya bunyi", ALLERGY),
        ("kayaknya syok anafilaksis, badannya merah semua", ALLERGY),
        ("adik saya kena DBD hari keempat, sekarang gusinya berdarah dan lemes banget", DENGUE),
        ("panas anak udah turun tapi tangan sama kakinya dingin dan dia gelisah", DENGUE),
        ("demam berdarah hari ke 6, muntah terus dari semalam, perut sakit banget", DENGUE),
        ("demamnya reda kemarin tp hari ini mimisan terus", DENGUE),
        ("demam 4 hari, gusi keluar darah pas bangun tidur", DENGUE),
        ("bayi saya panas dan gak mau nyusu sama sekali dari pagi", DANGER),
        ("anak 2 tahun tiap minum langsung muntah, semua yang diminum dimuntahin", DANGER),
        ("anakku demam tinggi, lemas terkulai dan susah dibangunin", DANGER),
        ("suami demam tinggi sejak kemarin, lehernya kaku gak bisa nunduk", DANGER),
        ("ada bintik merah di kaki anak yang gak hilang waktu ditekan gelas", DANGER),
        ("anak saya gak bisa minum sama sekali, panas tinggi", DANGER),
        ("tolong anak saya tenggelam di kolam renang tadi", INJURY),
        ("adik hampir kelelep di sungai, baru diangkat dari air", INJURY),
        ("kakak kesiram air panas separuh badan", INJURY),
        ("luka bakar parah di punggung kena api kompor", INJURY),
        ("bapak jalannya nyeret sebelah dari tadi pagi", STROKE),
        ("anak saya keminum minyak tanah terus batuk-batuk", POISON),
        ("ayah sakit dada kayak disobek tembus ke punggung", CHEST),
    ),
    "ha": (
        ("bayan ya ci gyada fuskarsa ta kumbura sosai", ALLERGY),
        ("harshenta ya kumbura bayan ta sha magani", ALLERGY),
        ("bayan an yi masa allura lebensa sun kumbura", ALLERGY),
        ("fuskarsa ta kumbura kuma yana numfashi da kyar", ALLERGY),
        ("kudan zuma ya harbe shi, yanzu yana numfashi da wahala", ALLERGY),
        ("yarona yana da dengue, jini yana fitowa daga hanci kuma yana amai akai-akai", DENGUE),
        ("zazzabin ya sauka amma hannayensa da kafafunsa sun yi sanyi", DENGUE),
        ("tana da zazzabi kuma dasashinta yana zubar da jini", DENGUE),
        ("jaririna ba ya iya shan nono tun safe", DANGER),
        ("yarinyar tana amai duk abin da ta ci", DANGER),
        ("yaron ya yi lakwas, da kyar yake farkawa", DANGER),
        ("zazzabi mai zafi kuma wuyansa ya sandare", DANGER),
        ("ina tsoron sankarau ce a unguwarmu, yaro yana da zazzabi", DANGER),
        ("yarona ya nutse a cikin ruwa, mun ciro shi", INJURY),
        ("ta fada rijiya yau da safe", INJURY),
        ("ruwan zafi ya zube a kan jariri", INJURY),
        ("jikinsa duka ya kone a gobara", INJURY),
        ("baba yana jan kafarsa ta hagu tun jiya", STROKE),
        ("yaro ya sha kananzir yana tari", POISON),
    ),
    "yo": (
        ("lẹ́yìn tí ó jẹ ẹ̀pà, ojú rẹ̀ wú", ALLERGY),
        ("leyin ti o je epa oju re wu", ALLERGY),
        ("ètè ọmọ mi wú lẹ́yìn abẹ́rẹ́", ALLERGY),
        ("ahọn re ti wu, o n bẹ̀rù", ALLERGY),
        ("oyin ta á, kò lè mí dáadáa", ALLERGY),
        ("oju re wu, ko le mi daadaa", ALLERGY),
        ("ọmọ mi ní dengue, ẹ̀jẹ̀ ń jáde ní imú rẹ̀, ó ń bì léraléra", DENGUE),
        ("iba ti lo sile sugbon owo ati ese re tutu", DENGUE),
        ("iba ti din sugbon eje n jade ni erigi re", DENGUE),
        ("ọmọ mi kò lè mu ọmú láti àárọ̀", DANGER),
        ("omo mi ko le mu omi rara, iba gbona", DANGER),
        ("o n bi gbogbo ohun to ba je", DANGER),
        ("omo mi ni iba, orun re le", DANGER),
        ("ara re ti ro patapata, ko le ji", DANGER),
        ("omo mi ri sinu omi, a yo o jade ninu odo", INJURY),
        ("omi gbigbona da si omo lara", INJURY),
        ("ina jo o gidigidi", INJURY),
        ("baba mi n wo ese re lati ana", STROKE),
        ("Ọmọ mi mu epo kẹrosíìnì lairotẹlẹ", POISON),
    ),
    "zu": (
        ("ngemuva kokudla amantongomane ubuso bakhe buvuvukile", ALLERGY),
        ("izindebe zakhe zivuvukile emva kokuthola umjovo", ALLERGY),
        ("ulimi lwami luvuvukile", ALLERGY),
        ("ubuso buvuvukile futhi uphefumula kanzima", ALLERGY),
        ("inyosi imtinyele manje uphefumula kanzima", ALLERGY),
        ("une-dengue, uyopha ezinsinini futhi uhlanza njalo", DENGUE),
        ("imfiva yehlile kodwa izandla nezinyawo ziyabanda", DENGUE),
        ("umntwana akakwazi ukuncela kusukela ekuseni", DANGER),
        ("ingane ihlanza konke ekudlayo", DANGER),
        ("usana luyaxega, akavuki kahle", DANGER),
        ("unemfiva futhi intamo iqinile", DANGER),
        ("umntwana uminzile echibini, simkhiphe emanzini", INJURY),
        ("ingane ishiswe amanzi abilayo", INJURY),
        ("ushile kakhulu emlilweni", INJURY),
        ("ubaba uhudula umlenze wakhe wesokunxele", STROKE),
    ),
    "am": (
        ("ኦቾሎኒ ከበላ በኋላ ፊቱ አበጠ", ALLERGY),
        ("መርፌ ከተወጋች በኋላ ከንፈሯ አብጧል", ALLERGY),
        ("የልጄ ምላሱ አበጠ", ALLERGY),
        ("ፊቱ አብጧል መተንፈስ አቃተው", ALLERGY),
        ("ንብ ነደፈው አሁን መተንፈስ ተቸገረ", ALLERGY),
        ("ልጄ ዴንጊ ይዞታል፣ ድዱ ይደማል፣ ደጋግሞ ያስመልሰዋል", DENGUE),
        ("ትኩሳቱ ቀነሰ ግን እጅና እግሩ ቀዝቅዟል", DENGUE),
        ("ትኩሳት አለባት ድዷ ይደማል", DENGUE),
        ("ህፃኑ ጡት መጥባት አልቻለም", DANGER),
        ("ልጄ የበላውን ሁሉ ያስመልሰዋል", DANGER),
        ("ልጄ ዝልፍልፍ ብሏል አይነቃም", DANGER),
        ("ትኩሳት አለው አንገቱ ደርቋል", DANGER),
        ("ማጅራት ገትር ይሆን እንዴ", DANGER),
        ("ልጄ ወንዝ ውስጥ ሰጠመ", INJURY),
        ("የፈላ ውሃ ፈሰሰበት ህፃኑ ላይ", INJURY),
        ("ልጄ በጣም ተቃጠለ", INJURY),
        ("አባቴ እግሩን ይጎትታል ከትናንት ጀምሮ", STROKE),
    ),
    "tl": (
        ("pagkatapos kumain ng mani namaga ang labi ng anak ko", ALLERGY),
        ("matapos makagat ng putakti, namamaga na yung mukha ni tatay", ALLERGY),
        ("namamaga ang dila ko after uminom ng gamot", ALLERGY),
        ("namaga labi at humuhuni ang paghinga ng bata", ALLERGY),
        ("kumain ng hipon tapos hirap huminga at makati lalamunan", ALLERGY),
        ("baka anaphylaxis na ito, tulong", ALLERGY),
        ("may dengue ang anak ko, dumudugo ang gilagid at suka nang suka", DENGUE),
        ("bumaba na lagnat ni bunso pero malamig ang kamay at paa niya", DENGUE),
        ("wala na lagnat nya pero nagnonosebleed tapos matinding sakit ng tiyan", DENGUE),
        ("nilalagnat 4 days, ngayon dumudugo ang gilagid", DENGUE),
        ("ayaw nang dumede ni baby simula kaninang umaga, mainit siya", DANGER),
        ("sinusuka lahat ng iniinom ng anak ko", DANGER),
        ("mataas ang lagnat ng kuya ko at naninigas ang leeg", DANGER),
        ("may pantal si bunso na hindi nawawala kapag diniinan ng baso", DANGER),
        ("lupaypay ang bata at mahirap gisingin", DANGER),
        ("nalunod ang pamangkin ko sa pool, iniahon na namin", INJURY),
        ("nabuhusan ng kumukulong tubig ang baby namin sa dibdib", INJURY),
        ("malaking paso sa likod ng kapatid ko dahil sa sunog", INJURY),
        ("biglang sumakit dibdib ni lolo parang pinupunit, tagos sa likod", CHEST),
        ("masakit dibdib niya, pawis na pawis at namumutla", CHEST),
        ("kinakaladkad ni lola ang kaliwang paa niya", STROKE),
        ("nakainom ng gaas ang anak ko at umuubo", POISON),
    ),
}

ORDINARY: dict[str, tuple[str, ...]] = {
    "ar": (
        "أكلت فول سوداني اليوم",
        "الولد شرب مية كتير",
        "غرقان في الشغل طول الأسبوع",
        "عندي حرقة في المعدة",
        "شفايفي ناشفة من البرد",
        "ما في تورم بالوجه بس حكة خفيفة بعد الأكل",
        "الحرارة نزلت والحمد لله صار ياكل",
        "الطفل مش راضي ياكل الخضار",
        "عندي حرقان شديد في البول من يومين",
        "حرقة قوية في المعدة بعد الأكل",
        "حرقان في كل الجسم من الشمس",
    ),
    "bn": (
        "আজ চিংড়ি খেয়েছি, খুব মজা",
        "বাচ্চা পানি খেয়েছে",
        "ঋণে ডুবে গেছি",
        "মুখ ফুলে নাই, শুধু একটু চুলকানি",
        "দাঁত ব্রাশ করলে মাড়ি দিয়ে রক্ত পড়ে",
        "হাতে একটু গরম তেল পড়েছিল",
        "ডেঙ্গু থেকে বাঁচার উপায় কী",
        "দাঁত উঠছে, জ্বর নাই, খুব অস্থির",
        "দাঁত উঠছে মনে হয়, জ্বর নেই, হাত পা ঠান্ডা লাগছে",
    ),
    "id": (
        "saya makan kacang tadi siang enak banget",
        "habis makan udang badan bentol merah gatal, gak sesak, bibir gak bengkak",
        "anak saya minum air putih banyak hari ini",
        "gusi saya berdarah kalau sikat gigi",
        "mata bengkak karena kurang tidur",
        "anak saya gak mau minum obat, pahit katanya",
        "panasnya sudah turun dan sekarang mau makan lagi",
        "nonton matahari tenggelam di pantai",
        "tangan kena minyak panas dikit waktu masak",
        "tengkuk tegang dan pegal karena kerja di depan laptop",
        "leher saya kaku habis tidur salah bantal",
        "DBD di kampung lagi banyak ya, gimana cara mencegahnya",
        "dia tenggelam dalam pikiran sendiri",
        "kapal tenggelam di berita tadi",
    ),
    "ha": (
        "na ci gyada yau da rana",
        "yaron ya sha ruwa da yawa",
        "fuskata ba ta kumbura ba, kaikayi ne kawai",
        "na kone hannuna kadan wajen girki",
        "zazzabi ya sauka yanzu yana cin abinci",
        "ina son shan ruwan sanyi",
        "ba ta shan ruwa sosai a lokacin sanyi",
    ),
    "yo": (
        "mo jẹ ẹ̀pà lónìí",
        "omo mi mu omi",
        "mo n wúkọ́ die lati ana",
        "ojú mi kò wú, ó kàn ń yún mi",
        "ina mọnamọna ti lọ",
        "iba ti lo, ara mi ya",
        "mi o mu omi to lana, ori n fo mi",
    ),
    "zu": (
        "ngidle amantongomane namuhla",
        "ingane iphuze amanzi",
        "ubuso abuvuvukanga, kuyalunywa nje",
        "imfiva yehlile, ngiyaphila manje",
        "ngishise isandla kancane ngesikhathi ngipheka",
    ),
    "am": (
        "ዛሬ ኦቾሎኒ በላሁ",
        "ልጄ ውሃ ጠጣ",
        "ፊቴ አላበጠም ትንሽ ያሳክከኛል",
        "ትኩሳቱ ቀነሰ አሁን ደህና ነው",
        "እጄ ትንሽ ተቃጠለ ምግብ ሳበስል",
    ),
    "tl": (
        "kumain ako ng mani kanina, masarap",
        "umiinom ng tubig ang bata",
        "hindi namamaga ang labi, makati lang ang balat",
        "nalunod sa utang ang kapatid ko",
        "napaso ako ng kaunti sa plantsa",
        "dumudugo gilagid ko kapag nagsisipilyo",
        "may lagnat ako kahapon pero bumaba na, okay na ako ngayon",
        "ayaw uminom ng gamot ng anak ko, mapait daw",
        "dinudugo ako kaunti lang pag nagpupunas",
    ),
}


# Heavy bleeding in pregnancy or after birth, a fit in pregnancy, a newborn not breathing (NHS
# "Vaginal bleeding in pregnancy", "Pre-eclampsia"; WHO): the existing statements must hold them.
PREGNANCY: dict[str, tuple[tuple[str, str], ...]] = {
    "id": (
        ("istri saya hamil 7 bulan keluar darah banyak dari jalan lahir", BLEED),
        ("habis melahirkan kemarin darahnya keluar terus", BLEED),
        ("ibu hamil 8 bulan tiba-tiba kejang", FIT),
        ("bayi baru lahir gak nangis dan gak napas", BREATH),
    ),
    "tl": (
        ("buntis ako ng 6 months at dinudugo ako nang malakas", BLEED),
        ("kakapanganak lang ng asawa ko, ang daming dugo", BLEED),
        ("buntis na kumukombulsyon", FIT),
    ),
    "ar": (
        ("مراتي حامل في السابع وعندها نزيف", BLEED),
        ("بعد الولادة بيوم النزيف مش راضي يوقف", BLEED),
        ("حامل وجاتها تشنجات", FIT),
    ),
    "bn": (
        ("আমার স্ত্রী গর্ভবতী, অনেক রক্ত যাচ্ছে", BLEED),
        ("ডেলিভারির পর থেকে রক্ত বন্ধ হচ্ছে না", BLEED),
        ("গর্ভবতী মেয়ের খিঁচুনি হচ্ছে", FIT),
    ),
    "ha": (
        ("matata tana da ciki kuma tana zubar da jini sosai", BLEED),
        ("bayan haihuwa jini ya ki tsayawa", BLEED),
        ("mai ciki tana jijjiga", FIT),
    ),
    "yo": (
        ("iyawo mi loyun, eje n jade pupo", BLEED),
        ("leyin ibimo eje ko duro", BLEED),
    ),
    "zu": (
        ("ngikhulelwe futhi ngopha kakhulu", BLEED),
        ("umkami uzele izolo, igazi aliyeki ukuphuma", BLEED),
    ),
    "am": (
        ("ባለቤቴ እርጉዝ ናት ብዙ ደም እየፈሰሳት ነው", BLEED),
        ("ከወለደች በኋላ ደሙ አልቆመም", BLEED),
    ),
}


def _cases(table: dict[str, tuple[tuple[str, str], ...]]) -> list[tuple[str, str, str]]:
    return [(code, text, kind) for code, rows in table.items() for text, kind in rows]


def _ordinary() -> list[tuple[str, str]]:
    return [(code, text) for code, rows in ORDINARY.items() for text in rows]


@pytest.mark.parametrize(("code", "text", "kind"), _cases(EMERGENCIES) + _cases(PREGNANCY))
def test_danger_signs_are_recognised_as_their_statement(code: str, text: str, kind: str) -> None:
    assert kind in net().match(text, code), text
    assessment = net().assess(text, code)
    assert assessment.level is TriageLevel.EMERGENCY
    # the emergency line (with the local number), not the crisis line
    assert [f.crisis for f in assessment.fired if f.id == f"safety_net:{kind}"] == [False]


@pytest.mark.parametrize(("code", "text", "kind"), _cases(EMERGENCIES) + _cases(PREGNANCY))
def test_danger_signs_are_emergencies_through_the_engine(code: str, text: str, kind: str) -> None:
    assert ENGINE.assess(text, code).level is TriageLevel.EMERGENCY, text


@pytest.mark.parametrize(("code", "text"), _ordinary())
def test_everyday_messages_with_the_same_nouns_are_not_recognised(code: str, text: str) -> None:
    assert net().match(text, code) == [], text


@pytest.mark.parametrize(("code", "text"), _ordinary())
def test_everyday_messages_are_not_understood_never_self_care(code: str, text: str) -> None:
    # Read in the language: nothing recognised is "not understood", at routine.
    assessment = ENGINE.assess(text, code)
    assert assessment.level is TriageLevel.ROUTINE, text
    assert not assessment.understood
    # Detected rather than told: still never self-care.
    assert ENGINE.assess(text).level is not TriageLevel.SELF_CARE, text


def test_every_safety_net_language_has_the_new_statements_with_sources() -> None:
    knowledge, _ = read()
    folder = Path(selfcare.assistant.__file__).parent / "knowledge" / "safety_net"
    for code, data in knowledge.safety_net.items():
        assert set(data.statements) >= NEW, code
        assert "2026-12-05" in data.review, code
        text = (folder / f"{code}.yaml").read_text(encoding="utf-8")
        for kind in NEW:
            block = text.split(f"\n  {kind}:\n", 1)[1]
            assert block.lstrip().startswith("# Sources:"), (code, kind)
