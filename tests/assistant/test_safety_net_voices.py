"""The safety net in everyday voices: emergencies as people type them on WhatsApp.

Our own messages, written for these tests (not native speakers; a native reviewer should add
theirs): colloquial and chat spellings, no diacritics, about oneself or a child or relative,
Arabic in Latin letters (Arabizi), Bengali in Latin letters (Banglish), Taglish, Amharic in
Ge'ez script and in Latin letters. ``FIRST`` was written before the word groups were widened
and run once: 76 of 126 recognised as their statement on that first run (60%; 72 of 126 an
emergency through detection and assessment). ``CHECK`` was written afterwards, as a check on
the widening, and run once before the last changes: 68 of 75 recognised (91%; 67 through
detection). ``CALM`` are ordinary messages (a cold, a
headache, a rash, breathlessness on stairs) that must not read as emergencies.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.engine.net import SafetyNetReader
from selfcare.assistant.knowledge.loader import read
from selfcare.events import TriageLevel

NB, UN, CP, BL, FIT, SUI = (
    "not_breathing",
    "unconscious",
    "chest_pain",
    "bleeding",
    "fit",
    "suicide",
)

Case = tuple[str, str]

# Written first and run once before any pattern changed (the first-run figure above).
FIRST: dict[str, tuple[Case, ...]] = {
    "ar": (
        ("الحقوني ابني مش بيتنفس", NB),
        ("ولدي انخنق بحبة عنب ووجهه صار ازرق", NB),
        ("ابوي ما يقدر ياخذ نفسه", NB),
        ("7ad yel7a2ni ebni msh bey tnaffes", NB),
        ("امي اغمى عليها ومابتردش", UN),
        ("جوزي وقع في الحمام ومش بيرد علينا", UN),
        ("ابويه طايح بالارض ما يرد", UN),
        ("baba wi2e3 w msh biyrod", UN),
        ("زوجي عنده وجع شديد بصدره وعرقان", CP),
        ("3ando alam gamed fi sadro", CP),
        ("امي تقول قلبها يعورها وايد ويدها اليسار تنمل", CP),
        ("بنتي بتنزف جامد ومش عارفين نوقف الدم", BL),
        ("جرح عميق والدم يطلع بقوة", BL),
        ("el dam bey nzel keteer", BL),
        ("ابني جاته تشنجات وعيونه مقلوبة", FIT),
        ("ebni gatlo tashnogat", FIT),
        ("اخوي صارت له نوبة صرع", FIT),
        ("والله ما عاد ابي اعيش", SUI),
        ("نفسي اموت وارتاح", SUI),
        ("mesh 3ayez a3eesh tany", SUI),
        ("بفكر اقتل نفسي", SUI),
    ),
    "bn": (
        ("আমার ছেলে নিঃশ্বাস নিতে পারছে না", NB),
        ("বাবুর দম আটকে আসছে", NB),
        ("babu sash nite parteche na", NB),
        ("নানু হঠাৎ পড়ে গেল, আর চোখ খুলছে না", UN),
        ("আব্বু বেহুশ হয়ে গেছে", UN),
        ("abba behush hoye geche", UN),
        ("ammu hotat pore gese, kotha bolche na, sara dicche na", UN),
        ("বুকের মধ্যে চাপ লাগছে আর ঘাম হচ্ছে", CP),
        ("abbur buk betha korche, ghamche", CP),
        ("amar bukta chepe dhorse", CP),
        ("কেটে গেছে, রক্ত পড়া থামছে না", BL),
        ("rokto porche onek, thamche na", BL),
        ("বাচ্চার হাত পা কাঁপছে, চোখ উল্টে গেছে", FIT),
        ("chele ta khichuni dicche", FIT),
        ("নিজেকে শেষ করে দিতে ইচ্ছে করছে", SUI),
        ("amar ar beche thakar kono mane nai", SUI),
        ("amar ar bachte icche kore na", SUI),
    ),
    "id": (
        ("tolong anak saya keselek permen gak bisa napas", NB),
        ("bapak sesak napas berat, bibirnya biru", NB),
        ("nenek napasnya udah gak ada", NB),
        ("bayiku ga napas!!", NB),
        ("ibu tiba2 tidak sadar, dipanggil gak nyaut", UN),
        ("mbah ditemukan tergeletak gak bergerak", UN),
        ("kakak saya pingsan di kamar mandi", UN),
        ("dada kiri bapak kayak ditusuk-tusuk", CP),
        ("suami saya bilang dadanya nyeri dan keringat dingin", CP),
        ("darah keluar terus dari luka di kepala", BL),
        ("istri saya habis lahiran, darahnya ngucur terus", BL),
        ("anak saya step, badannya kaku", FIT),
        ("bapak kejang2 mulutnya berbusa", FIT),
        ("aku pengen ngilang aja dari dunia ini", SUI),
        ("mending aku gak usah hidup", SUI),
        ("gue udah gak kuat, mau mati aja", SUI),
    ),
    "tl": (
        ("tulong di makahinga anak ko nabulunan", NB),
        ("si baby hindi na humihinga ng maayos", NB),
        ("si lolo hirap na hirap huminga", NB),
        ("nahimatay si mama sa banyo tapos di magising", UN),
        ("yung asawa ko biglang nag collapse", UN),
        ("hindi na gumagalaw si lola, ayaw sumagot", UN),
        ("sumasakit dibdib ni papa tapos pinapawisan", CP),
        ("parang may nakadagan sa dibdib ko", CP),
        ("ang lakas ng dugo sa sugat ayaw tumigil", BL),
        ("dumudugo ng sobra yung ilong ni kuya hindi tumitigil", BL),
        ("nag kumbulsyon ang bata", FIT),
        ("nanginginig buong katawan tapos tirik ang mata", FIT),
        ("wala nang saysay buhay ko", SUI),
        ("sana di na ako magising bukas", SUI),
        ("ayoko na, magpapakamatay na ako", SUI),
    ),
    "ha": (
        ("yaro na baya numfashi", NB),
        ("abinci ya sarke masa makogwaro", NB),
        ("mahaifiyata tana numfashi da kyar", NB),
        ("babana ya fadi a bandaki bai motsi", UN),
        ("kanwata ta suma bata farfadowa", UN),
        ("kakata bata amsa idan an kira ta", UN),
        ("kirjin mijina yana masa ciwo sosai", CP),
        ("ina jin zafi a kirji har zuwa hannu", CP),
        ("jini yana ta zuba daga kansa", BL),
        ("matata tana zubar da jini bayan haihuwa", BL),
        ("yarona yana farfadiya", FIT),
        ("jikinsa yana rawa idanunsa sun juye", FIT),
        ("na gaji da duniya ina son mutuwa", SUI),
        ("rayuwata bata da amfani kuma", SUI),
        ("zan sha guba yau", SUI),
    ),
    "yo": (
        ("omo mi ko mi mo, e gba mi", NB),
        ("baba mi ko le mi daradara", NB),
        ("ounje he mo omo mi ni ofun", NB),
        ("mama mi subu lule ko si ji", UN),
        ("aburo mi daku ni ile iwe", UN),
        ("iya agba ko dahun mo", UN),
        ("oko mi n kerora pe aya re n dun un gan", CP),
        ("igbaya mi n ro mi gidigidi", CP),
        ("eje n jade lara re pupo", BL),
        ("eje ko da duro lati owuro", BL),
        ("omo mi n ni giri", FIT),
        ("emi ko fe wa laye mo", SUI),
        ("mo fe gbe majele", SUI),
        ("aye mi ko ni itumo mo", SUI),
    ),
    "zu": (
        ("ingane yami ayiphefumuli kahle", NB),
        ("umntwana uminyene ukudla", NB),
        ("ugogo uwile akasaphenduli", UN),
        ("umfowethu uqulekile", UN),
        ("ubaba akavuki namhlanje ekuseni", UN),
        ("ubaba uthi isifuba sibuhlungu kakhulu", CP),
        ("umama unobuhlungu besifuba obukhulu", CP),
        ("umama wopha kakhulu emva kokubeletha", BL),
        ("igazi liphuma kakhulu enxebeni", BL),
        ("ingane iyadlikiza", FIT),
        ("umfana uyaxhuzula", FIT),
        ("ngifuna ukufa", SUI),
        ("angisafuni ukuba khona", SUI),
        ("impilo yami ayisenamsebenzi", SUI),
    ),
    "am": (
        ("ልጄ መተንፈስ አቃተው", NB),
        ("አባቴ ራሱን ስቷል", UN),
        ("ወንድሜ ወድቆ ምንም አይንቀሳቀስም", UN),
        ("ደረቴ በጣም እያመመኝ ነው", CP),
        ("ብዙ ደም እየፈሰሰው ነው", BL),
        ("ልጁ እየተንቀጠቀጠ ነው አረፋ ይደፍቃል", FIT),
        ("ራሴን ላጠፋ ነው", SUI),
        ("መሞት ነው የምፈልገው", SUI),
        ("lije metenfes alchalem", NB),
        ("abate rasun sato wedeke", UN),
        ("deretu betam yamewal", CP),
        ("bizu dem eyefesese new", BL),
        ("rasen mageddel efelgalehu", SUI),
        ("memot efelgalehu", SUI),
    ),
}

# Written after the word groups were widened, as a check on them (not tuned to them).
CHECK: dict[str, tuple[Case, ...]] = {
    "ar": (
        ("يا جماعة بنتي الصغيرة وقفت عن التنفس", NB),
        ("جدتي شرقت بالاكل وما تقدر تتنفس", NB),
        ("اخوي فاقد الوعي من ربع ساعة", UN),
        ("abouya oghmi 3aleh w mesh biyfou2", UN),
        ("حاسس بضغط قوي على صدري وعرقان", CP),
        ("ommi 3andaha waga3 fi sadraha", CP),
        ("ابني اتجرح في رجله والدم مش راضي يقف", BL),
        ("مراتي بتنزف بعد الولادة", BL),
        ("el walad 3ando tashannogat w sokhoneya", FIT),
        ("ابوي يتشنج ويطلع زبد من فمه", FIT),
        ("خلاص تعبت من كل شي وبدي اخلص من حياتي", SUI),
        ("ana mesh 3ayza a3eesh khalas", SUI),
        ("ودي اموت والله", SUI),
    ),
    "bn": (
        ("আমার মেয়ে শ্বাস নিতে পারতেছে না", NB),
        ("nanir dom atke asche", NB),
        ("বাবা মাথা ঘুরে পড়ে গেছে, সাড়া দিচ্ছে না", UN),
        ("dadu ogyan hoye gese", UN),
        ("আমার স্বামীর বুকে খুব ব্যথা, ঘামছে", CP),
        ("abbur heart attack hoise mone hoy", CP),
        ("প্রসবের পর রক্তপাত থামছে না", BL),
        ("kete geche, rokto bondho hocche na", BL),
        ("amar meye khichuni dicche, chokh ulte gese", FIT),
        ("আমি মরে যেতে চাই", SUI),
        ("ami ar bachte chai na", SUI),
        ("আজ রাতে সব শেষ করে দেব", SUI),
    ),
    "id": (
        ("bayi saya biru dan gak nafas", NB),
        ("kakek keselek makanan, napasnya berhenti", NB),
        ("teman saya pingsan gak sadar-sadar", UN),
        ("ibu jatuh di kamar mandi, gak bergerak sama sekali", UN),
        ("ayah sy nyeri dada sampai ke lengan kiri", CP),
        ("luka di kaki berdarah terus gak berhenti", BL),
        ("adik saya kejang, badannya kaku", FIT),
        ("saya ingin mengakhiri hidup saya", SUI),
        ("rasanya gak ada gunanya hidup lagi", SUI),
    ),
    "tl": (
        ("hindi makahinga si bunso, nabulunan sa pagkain", NB),
        ("si lola nawalan ng malay sa kusina", UN),
        ("ayaw magising ni papa", UN),
        ("naninikip ang dibdib ko, parang inaatake ako sa puso", CP),
        ("grabe ang pagdurugo ni ate pagkatapos manganak", BL),
        ("kinukumbulsyon yung pamangkin ko", FIT),
        ("gusto ko na lang mamatay", SUI),
        ("wala na akong gana mabuhay", SUI),
    ),
    "ha": (
        ("jaririna baya numfashi sosai", NB),
        ("mahaifina ya suma a kasuwa", UN),
        ("kakana bai farka ba tun safe", UN),
        ("ina jin ciwo mai tsanani a kirjina", CP),
        ("matata tana zubar da jini sosai", BL),
        ("yarinya tana jijjiga da zazzabi", FIT),
        ("ina son in mutu kawai", SUI),
        ("zan kashe kaina yau da dare", SUI),
    ),
    "yo": (
        ("omo mi ko le mi, e ran mi lowo", NB),
        ("baba mi ti daku", UN),
        ("iya mi ko ji rara lati aaro", UN),
        ("aya mi n dun mi gan, o n lo si apa osi", CP),
        ("eje ko duro lati ori re", BL),
        ("giri n mu omo mi", FIT),
        ("mo fe pa ara mi lale yi", SUI),
        ("aye ti su mi patapata", SUI),
    ),
    "zu": (
        ("umntwana akaphefumuli", NB),
        ("ugogo uqulekile akaphenduli", UN),
        ("ubaba unobuhlungu esifubeni obuya engalweni", CP),
        ("igazi alimi emva kokubeletha", BL),
        ("ingane inesithuthwane", FIT),
        ("ngifuna ukuzibulala", SUI),
        ("sengikhathele impilo", SUI),
    ),
    "am": (
        ("ህፃኑ አይተነፍስም", NB),
        ("እህቴ ራሷን ስታለች", UN),
        ("አባቴ ደረቱን በጣም ያመዋል", CP),
        ("ደሙ አይቆምም", BL),
        ("ልጄ የሚጥል በሽታ አለበት እና አሁን ተነሳበት", FIT),
        ("መኖር አልፈልግም", SUI),
        ("lije aytenefsim", NB),
        ("enate rasua satech", UN),
        ("abatu deretu betam yamewal", CP),
        ("menor alfelgim betam dekemegn", SUI),
    ),
}

# A third batch, on babies and children, tone marks and hooked letters, run once before the
# changes it led to: 49 of 54 recognised on that first run (47 through detection).
MORE: dict[str, tuple[Case, ...]] = {
    "ar": (
        ("طفلي الرضيع ما يتنفس ولونه ازرق", NB),
        ("الولد بلع حاجة وبيتخنق", NB),
        ("ابني الصغير مش بيصحى خالص", UN),
        ("bnti ma 3am tfi2", UN),
        ("ابوي حاس بالم في صدره ينزل لكتفه", CP),
        ("نزيف من الراس ومش راضي يوقف", BL),
        ("el 3ayel 3ando nawbet sar3", FIT),
        ("انا خلاص ناوي انتحر", SUI),
        ("ma fi ma3na la 7ayati", SUI),
    ),
    "bn": (
        ("নবজাতক শ্বাস নিচ্ছে না, শরীর নীল", NB),
        ("বাচ্চা জ্ঞান হারিয়েছে", UN),
        ("amar babar buke chap lagche", CP),
        ("onek rokto porche matha theke", BL),
        ("bacchar khichuni uthse", FIT),
        ("ami nijeke sesh kore dibo", SUI),
        ("amar ar kichu bhalo lage na, morte icche kore", SUI),
    ),
    "id": (
        ("bayi saya lemas tidak bernafas", NB),
        ("anak sy ga sadar, dipanggil2 gak bangun", UN),
        ("dadaku sakit kayak diremas", CP),
        ("muntah darah terus", BL),
        ("ponakan kejang pas demam tinggi", FIT),
        ("aku pengen ngakhirin hidup", SUI),
        ("gak ada yang peduli, aku mau mati", SUI),
    ),
    "tl": (
        ("hindi humihinga ang sanggol", NB),
        ("di na gumigising si lolo", UN),
        ("ang sakit ng dibdib ko parang pinipiga", CP),
        ("nagdudugo ng malakas ang sugat ni tatay", BL),
        ("nag-seizure si bunso", FIT),
        ("hindi ko na kaya mabuhay", SUI),
    ),
    "ha": (
        ("ɗana baya numfashi", NB),
        ("jaririn ya suma", UN),
        ("ƙirjina na min ciwo sosai", CP),
        ("jini na zuba daga raunin sosai", BL),
        ("yaron yana farfaɗiya", FIT),
        ("ina so na mutu", SUI),
    ),
    "yo": (
        ("Ọmọ mi kò lè mí", NB),
        ("Bàbá mi dákú", UN),
        ("Àyà ń dùn mí gidigidi", CP),
        ("Ẹ̀jẹ̀ pọ̀ gan-an", BL),
        ("Ọmọ mi ń ṣe gìrì", FIT),
        ("Mo fẹ́ kú", SUI),
    ),
    "zu": (
        ("umntwana akasaphefumuli", NB),
        ("umkhulu uqulekile", UN),
        ("isifuba sibuhlungu kabi", CP),
        ("uyopha kakhulu ekhanda", BL),
        ("umntwana unesithuthwane", FIT),
        ("sengifuna ukufa", SUI),
    ),
    "am": (
        ("ህፃኑ መተንፈስ አቃተው", NB),
        ("እናቴ ራሷን ሳተች", UN),
        ("ደረቴ ላይ ከባድ ህመም አለ", CP),
        ("ደም በጣም እየፈሰሰ ነው", BL),
        ("ልጄ ሲያንዘፈዝፈው", FIT),
        ("enatu yemitil beshita tenesabat", FIT),
        ("bizu dem yifesal", BL),
    ),
}

# Ordinary messages, some close to an emergency's words: none is a statement.
CALM: dict[str, tuple[str, ...]] = {
    "ar": (
        "عندي كحة وبلغم في صدري من أسبوع",
        "ابني عنده اسهال وترجيع",
        "عندي ضيق نفس بسيط لما اطلع الدرج",
        "3andi bard w zokam men embare7",
        "ma 3ayez akol 7aga el naharda",
        "mafi 7aga, bas soda3 khafif",
        "مش قادر انام بالليل من الصداع",
        "ما ابي اعيش في هالمدينة، الجو حار",
        "mesh 3ayez 3eesh ba2a, 3ayez ruz",
    ),
    "bn": (
        "আমার সর্দি কাশি হচ্ছে তিন দিন ধরে",
        "পেট খারাপ, পাতলা পায়খানা হচ্ছে",
        "amar matha ghurche, ghum hocche na",
        "chele ta khete chaiche na",
        "bukey kof jomeche, kashi hocche",
    ),
    "id": (
        "saya pilek dan hidung mampet",
        "anak saya batuk berdahak sudah seminggu",
        "capek banget kerja hari ini, pengen tidur aja",
        "saya mau hidup sehat, makan apa yang bagus?",
        "darah keluar sedikit waktu sikat gigi",
        "darah haid keluar terus sudah seminggu, normal gak?",
        "mending gak usah ada acara besok, saya lagi flu",
    ),
    "tl": (
        "may sipon at ubo si baby",
        "sumasakit ang tiyan ko pagkatapos kumain",
        "pagod na ako sa trabaho, masakit ang likod ko",
        "nahihilo ako pag tumatayo",
        "gusto ko nang mawala ang ubo ko",
        "nagdugo ng konti yung gilagid ko",
    ),
    "ha": (
        "ina da mura da tari",
        "yarona baya son cin abinci",
        "kaina yana ciwo sosai",
        "jini ya fito kadan daga hanci",
        "na kira shi a waya bai amsa ba",
        "jini na zuba kadan daga hanci",
    ),
    "yo": (
        "mo ni otutu ati iko",
        "ori n fo mi gan",
        "omo mi ko fe jeun",
        "inu n run mi lati ana",
        "eje mi ga, dokita ni ki n maa lo oogun",
        "ara mi ko ya lati ana",
    ),
    "zu": (
        "ngiphethwe umkhuhlane",
        "isisu sibuhlungu",
        "ngikhathele kakhulu emsebenzini",
        "ingane ayifuni ukudla",
        "igazi liphuma kancane ekhaleni",
        "ngiyakhwehlela kakhulu ebusuku",
    ),
    "am": (
        "ጉንፋን ይዞኛል",
        "ሆዴን ቁርጠት አለኝ",
        "ራሴን ያመኛል",
        "ልጄ ምግብ አይበላም",
        "ደም ትንሽ እየፈሰሰ ነው ከጥርሴ",
        "rase yamegnal",
        "gunfan yizognal betam",
    ),
}

# Recognised by their statement, but the detector does not place them in their language
# (two marker words are needed in Latin letters; Yoruba without tone marks reads as Zulu).
NOT_DETECTED: dict[str, str] = {
    # Both read now that a safety-net language's marker word in a message is enough for its
    # emergencies to be read, whatever language is detected (2026-12-05): "mama mi subu lule
    # ko si ji" (read as Zulu: one Yoruba marker word) and "nanir dom atke asche" (one
    # Banglish marker word).
}


@cache
def _reader() -> SafetyNetReader:
    knowledge, _ = read()
    return SafetyNetReader(knowledge.safety_net)


def _forms(text: str) -> set[str]:
    return {text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)}


def _cases(*tables: dict[str, tuple[Case, ...]]) -> list[object]:
    return [
        pytest.param(code, case, id=f"{code}-{case[0][:28]}")
        for table in tables
        for code, cases in table.items()
        for case in cases
    ]


@pytest.mark.parametrize(("code", "case"), _cases(FIRST, CHECK, MORE))
def test_everyday_emergencies_are_recognised_as_their_statement(code: str, case: Case) -> None:
    text, statement = case
    for form in _forms(text):
        assert statement in _reader().match(form, code), form


@pytest.mark.parametrize(
    ("code", "text"),
    [pytest.param(c, t, id=f"{c}-{t[:28]}") for c, texts in CALM.items() for t in texts],
)
def test_everyday_ordinary_messages_are_not_emergencies(code: str, text: str) -> None:
    for form in _forms(text):
        assert _reader().match(form, code) == [], form


def _through_the_service(code: str, case: Case) -> object:
    reason = NOT_DETECTED.get(case[0])
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(code, case[0], id=f"{code}-{case[0][:28]}", marks=marks)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        _through_the_service(code, case)
        for table in (FIRST, CHECK, MORE)
        for code, cases in table.items()
        for case in cases
    ],
)
def test_everyday_emergencies_are_emergencies_through_detection(code: str, text: str) -> None:
    assert engine().assess(text).level is TriageLevel.EMERGENCY
