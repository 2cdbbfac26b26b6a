"""The safety-net languages' data (``knowledge/safety_net/<code>.yaml``).

For each language we cannot yet help in fully: the commonest emergency and crisis statements,
as people type them on WhatsApp (dialects, Latin-script Arabic and Bengali, Taglish, with and
without tone marks, about oneself or a child or relative), are recognised as the statement
they make; ordinary messages (a cold, a headache, a rash, a face red from the sun, eating too
much, the snake at the zoo) are not; and a message of three
words or more is detected as the language it is written in. The messages here were written
for these tests by the engineers who wrote the patterns (not native speakers) — a native
reviewer should add their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import cache
from typing import get_args

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.engine.net import SafetyNetReader
from selfcare.assistant.knowledge.loader import Knowledge, read
from selfcare.assistant.knowledge.schema import Statement
from selfcare.events import TriageLevel

CODES = ("ar", "bn", "id", "ha", "yo", "zu", "am", "tl")
STATEMENTS: tuple[str, ...] = get_args(Statement)
# Statements only some nets list (with a level and a line of their own): checked where listed.
# in the nets that list them
OPTIONAL = frozenset({"contraception", "self_harm", "tb", "child", "travel"})
NB, UN, CP, BL, FIT, ST, PO, SUI, *_ = STATEMENTS

# (message, the statement it must be recognised as)
EMERGENCIES: dict[str, tuple[tuple[str, str], ...]] = {
    "id": (
        ("Tolong, bayi saya tidak bernapas!", NB),
        ("anak sy gak bisa napas, bibirnya membiru", NB),
        ("Ayah saya tiba-tiba jatuh dan tidak sadarkan diri", UN),
        ("ibu pingsan dari tadi gak bangun-bangun", UN),
        ("Dada saya sakit sekali, nyeri menjalar ke lengan kiri", CP),
        ("suami saya nyeri dada dan keringat dingin", CP),
        ("Pendarahan hebat setelah melahirkan, darahnya tidak mau berhenti", BL),
        ("dia muntah darah banyak banget", BL),
        ("Anak saya kejang-kejang dan panasnya tinggi", FIT),
        ("adek step lagi, matanya mendelik ke atas", FIT),
        ("Aku ingin bunuh diri", SUI),
        ("aku udah capek hidup, pengen mati aja", SUI),
        ("Saya tidak sanggup lagi menjalani hidup ini", SUI),
        ("malam ini aku akan mengakhiri semuanya. selamat tinggal untuk selamanya", SUI),
        ("Tiba-tiba mulut ayah saya mencong dan bicaranya pelo", ST),
        ("ibu saya sebelah badannya lemas, gak bisa digerakkan", ST),
        ("Anak saya minum racun tikus, tolong!", PO),
        ("adek ketelan obat nenek, banyak banget", PO),
        ("suami saya digigit ular di sawah", PO),
    ),
    "tl": (
        ("Tulong po, hindi humihinga si baby!", NB),
        ("di makahinga si lola, nangingitim na ang labi", NB),
        ("Bigla na lang bumagsak si tatay at hindi na magising", UN),
        ("nawalan ng malay yung kapatid ko", UN),
        ("Sobrang sakit ng dibdib ko, umaabot sa kaliwang braso", CP),
        ("baka inatake sa puso si papa, naninikip daw ang dibdib niya", CP),
        ("Ang daming dugo, hindi tumitigil ang pagdurugo", BL),
        ("nagsusuka ng dugo ang asawa ko", BL),
        ("Nangingisay ang anak ko, ang taas ng lagnat", FIT),
        ("nag-seizure si kuya tapos tumitirik ang mata", FIT),
        ("Gusto ko nang mamatay", SUI),
        ("ayoko nang mabuhay, pagod na ako sa lahat", SUI),
        ("tatapusin ko na ang lahat ngayong gabi. paalam sa inyong lahat", SUI),
        ("gusto ko na talaga mag suicide, hindi ko na kaya", SUI),
        ("Biglang ngiwi ang mukha ni lola at bulol magsalita", ST),
        ("namanhid ang kalahati ng katawan ni papa, baka na-stroke", ST),
        ("Nakainom ng zonrox ang anak ko!", PO),
        ("natuklaw ng ahas si kuya sa bukid", PO),
        ("uminom siya ng maraming gamot kanina, nag-overdose", PO),
    ),
    "yo": (
        ("Ẹ jọ̀ọ́, ọmọ mi kò mí mọ́!", NB),
        ("omo mi ko le mi daadaa, e ran mi lowo", NB),
        ("Bàbá mi ṣubú lulẹ̀, ó ti dákú", UN),
        ("iya mi daku, ko ji mo", UN),
        ("Àyà mi ń dùn mí gan, ó ń lọ sí apá òsì", CP),
        ("oko mi ni irora aya, o le gan", CP),
        ("Ẹ̀jẹ̀ kò dúró lẹ́yìn ìbímọ", BL),
        ("eje pupo n jade lati ori re", BL),
        ("Gìrì mú ọmọ mi, ara rẹ̀ gbóná gan", FIT),
        ("aburo mi ni warapa, o n se bayi", FIT),
        ("Mo fẹ́ pa ara mi", SUI),
        ("aye ti su mi, mo fe ku", SUI),
        ("mi o le tesiwaju mo, o dabo titi lailai", SUI),
        ("Ẹnu bàbá mi ti wọ́ sí ẹ̀gbẹ́ kan, kò lè sọ̀rọ̀ mọ́", ST),
        ("iya mi ni arun egba, apa kan re ti ku", ST),
        ("Ọmọ mi mu kerosene, ẹ jọ̀ọ́ ẹ ràn mí lọ́wọ́", PO),
        ("ejo san baba mi ni oko", PO),
        ("aburo mi mu majele lana", PO),
    ),
    "zu": (
        ("Ngicela usizo, ingane ayiphefumuli!", NB),
        ("umama akakwazi ukuphefumula kahle, izindebe ziluhlaza", NB),
        ("Ubaba uwile phansi akavuki", UN),
        ("umngane wami uqulekile, akaphenduli", UN),
        ("Nginobuhlungu obukhulu esifubeni buya engalweni", CP),
        ("isifuba sami sibuhlungu kakhulu, ngicabanga ukuthi yi heart attack", CP),
        ("Uyopha kakhulu, igazi alimi", BL),
        ("umama uhlanza igazi", BL),
        ("ngemva kokubeletha igazi liyaphuma njalo", BL),
        ("Ingane inesithuthwane manje", FIT),
        ("umfana wami uyadlikiza, amehlo aphenduke phezulu", FIT),
        ("Ngifuna ukuzibulala", SUI),
        ("angisafuni ukuphila, sengikhathele", SUI),
        ("angisakwazi ukuqhubeka. salani kahle unomphela", SUI),
        ("Umlomo kababa ugwegwile, akakwazi ukukhuluma", ST),
        ("umama unesifo sohlangothi, ingalo yakhe ayisebenzi", ST),
        ("Ingane iphuze ipharafini, ngicela usizo!", PO),
        ("umfana wami ulunywe yinyoka emfuleni", PO),
        ("udadewethu uphuze amaphilisi amaningi", PO),
    ),
    "ha": (
        ("Don Allah ku taimaka, jariri na ba ya numfashi", NB),
        ("mahaifina baya iya numfashi, lebensa sun yi shudi", NB),
        ("Babana ya fadi bai farka ba", UN),
        ("matata ta suma tun dazu", UN),
        ("Ina jin ciwon kirji sosai yana zuwa hannun hagu", CP),
        ("kirjina yana min zafi kamar ana matse shi", CP),
        ("mijina yana cewa zuciyarsa tana ciwo sosai", CP),
        ("Zubar jini mai yawa bayan haihuwa", BL),
        ("jinin ya ki tsayawa tun safe", BL),
        ("Yarona yana jijjiga, zazzabi ya yi yawa", FIT),
        ("dan uwana ya kamu da farfadiya, kumfa a baki", FIT),
        ("Ina so in kashe kaina", SUI),
        ("na gaji da rayuwa, gara in mutu", SUI),
        ("ba zan iya ci gaba ba. bankwana har abada", SUI),
        ("Bakin mahaifina ya karkace, ya kasa magana", ST),
        ("kwatsam rabin jikin mahaifiyata ya shanye", ST),
        ("Yarona ya sha maganin kwari, don Allah ku taimaka", PO),
        ("maciji ya sare dan uwana a gona", PO),
        ("kunama ta harbe yarinyata da dare", PO),
    ),
    "am": (
        ("እባካችሁ እርዱኝ ህፃኑ አይተነፍስም", NB),
        ("አባቴ መተንፈስ አልቻለም", NB),
        ("እናቴ ድንገት ወደቀች ራሷን ሳተች", UN),
        ("ልጄ ራሱን ስቶ አይነቃም", UN),
        ("ደረቴን በጣም ያመኛል ወደ ግራ እጄ ይዛመታል", CP),
        ("ባለቤቴ የደረት ህመም አለው", CP),
        ("አባቴ ደረቱ ላይ ጫና አለ ላብ በላብ ሆኗል", CP),
        ("ደሙ አልቆም አለ ብዙ ደም እየፈሰሰ ነው", BL),
        ("ከወለድኩ በኋላ ብዙ ደም እየፈሰሰኝ ነው", BL),
        ("ከወሊድ በኋላ ደም አልቆመም", BL),
        ("ልጄ የሚጥል በሽታ ተነሳበት", FIT),
        ("ወንድሜ እያንዘፈዘፈው ነው አፉ አረፋ ደፈቀ", FIT),
        ("ራሴን ማጥፋት እፈልጋለሁ", SUI),
        ("መኖር አልፈልግም ህይወት ሰለቸኝ", SUI),
        ("ከዚህ በኋላ መቀጠል አልችልም ደህና ሁኑ ለዘላለም", SUI),
        ("የአባቴ ፊቱ ተጣመመ መናገር አቃተው", ST),
        ("እናቴ በድንገት አንድ ጎኗ ደነዘዘ", ST),
        ("ልጄ በረኪና ጠጣ እባካችሁ እርዱኝ", PO),
        ("ወንድሜን እባብ ነደፈው", PO),
        ("እህቴ ብዙ ኪኒን ዋጠች", PO),
    ),
    "ar": (
        ("ابني لا يتنفس! ساعدوني", NB),
        ("بنتي مش بتتنفس والشفايف زرقا", NB),
        ("امي ما عم تتنفس منيح", NB),
        ("bnti msh 2adra tetnaffas", NB),
        ("ابوي طاح وما يصحى", UN),
        ("جدي أغمي عليه ومش بيفوق", UN),
        ("mama oghmi 3aleha w msh bet fo2", UN),
        ("عندي ألم في الصدر ينزل على دراعي الشمال", CP),
        ("صدري بيوجعني جامد ومش قادر اتنفس", CP),
        ("ابوي يقول صدره يعوره واجد", CP),
        ("sadri bywja3ni kteer", CP),
        ("نزيف حاد بعد الولادة", BL),
        ("الدم ما عم يوقف من الجرح", BL),
        ("el dam msh 3ayez yo2af", BL),
        ("ابني عنده تشنجات وحرارته عالية", FIT),
        ("خويا جاتو الكريز وطاح", FIT),
        ("binti 3am tetshannaj", FIT),
        ("أريد أن أنتحر", SUI),
        ("بدي موت، تعبت من الحياة", SUI),
        ("بغيت نموت، ما بقيتش قادر نعيش", SUI),
        ("مش قادر أكمل كده. وداعا للأبد", SUI),
        ("ana 3ayez amoot khalas", SUI),
        ("bade ente7er el leila", SUI),
        ("ابوي وجهه معوج فجأة ولسانه تقيل", ST),
        ("امي عندها جلطة في المخ، نص جسمها ما يتحرك", ST),
        ("baba 3ando galta fel mo5 w msh 2ader yetkallem", ST),
        ("ابني شرب كلور بالغلط", PO),
        ("عقرب لدغ بنتي في رجلها", PO),
        ("اخويا بلع علبة حبوب كاملة", PO),
        ("ebni shereb somm el feran, 3amel eh dlw2ty?", PO),
    ),
    "bn": (
        ("আমার বাচ্চা শ্বাস নিচ্ছে না!", NB),
        ("আব্বু শ্বাস নিতে পারছে না, ঠোঁট নীল হয়ে গেছে", NB),
        ("আমার মা হঠাৎ অজ্ঞান হয়ে গেছে", UN),
        ("দাদু পড়ে গেছে, জ্ঞান ফিরছে না", UN),
        ("বুকে প্রচণ্ড ব্যথা, বাম হাতে ছড়িয়ে যাচ্ছে", CP),
        ("আমার স্বামীর হার্ট অ্যাটাক হয়েছে মনে হয়", CP),
        ("রক্ত বন্ধ হচ্ছে না, অনেক রক্ত যাচ্ছে", BL),
        ("ডেলিভারির পর প্রচুর রক্তক্ষরণ হচ্ছে", BL),
        ("বাচ্চার খিঁচুনি হচ্ছে, জ্বর অনেক", FIT),
        ("ভাইয়ের মৃগী রোগ আছে, এখন মুখে ফেনা", FIT),
        ("আমি আত্মহত্যা করব", SUI),
        ("আমি আর বাঁচতে চাই না", SUI),
        ("মরে যেতে ইচ্ছা করছে, সব শেষ করে দেব", SUI),
        ("amar baby shash nicche na", NB),
        ("abbu ogyan hoye geche, sense nai", UN),
        ("amar buke onek betha hocche", CP),
        ("rokto bondho hocche na, onek rokto jacche", BL),
        ("amar chele khichuni hocche", FIT),
        ("ami more jete chai, ar bachte chai na", SUI),
        ("বাবার মুখ বেঁকে গেছে, কথা জড়িয়ে যাচ্ছে", ST),
        ("মায়ের এক পাশ অবশ হয়ে গেছে", ST),
        ("আমার ছেলে কীটনাশক খেয়ে ফেলেছে!", PO),
        ("দাদুকে সাপে কেটেছে", PO),
        ("abbur mukh beke geche, kotha joriye jacche", ST),
        ("amar chele bish kheyeche, ekhon ki korbo", PO),
    ),
}


# Written after the stroke and poisoning patterns, as a check on them, and run once: 45 of 48
# recognised as their statement on that run (45 an emergency through detection and assessment);
# the three misses (a possessor of two words between "eye"/"mouth" and its verb) widened a gap.
CHECK_STROKE_POISONING: dict[str, tuple[tuple[str, str], ...]] = {
    "id": (
        ("nenek tiba2 gak bisa ngomong dan tangan kanannya lemas", ST),
        ("bapak saya kayaknya kena stroke, mulutnya miring", ST),
        ("mata kanan ibu saya mendadak gelap", ST),
        ("anak saya minum minyak tanah waktu saya masak", PO),
        ("kakak saya minum obat nyamuk cair", PO),
        ("adik disengat kalajengking di kebun", PO),
    ),
    "tl": (
        ("si lolo biglang hindi makapagsalita at tabingi ang bibig", ST),
        ("hindi maigalaw ni mama ang kanang kamay niya", ST),
        ("nabulag bigla ang isang mata ni tita", ST),
        ("nakainom ng muriatic ang pamangkin ko", PO),
        ("kinagat ng ahas ang tatay ko sa palayan", PO),
        ("nakalunok ng gamot ni lola ang anak ko", PO),
    ),
    "yo": (
        ("baba mi ni stroke, ko le soro mo", ST),
        ("enu iya mi ti wo si egbe kan", ST),
        ("oju kan baba mi ti fo lojiji", ST),
        ("omo mi mu bleach ni ile", PO),
        ("ejo san iya mi ni ese", PO),
        ("akeke ta omo mi lana", PO),
    ),
    "ha": (
        ("mahaifina ya kasa magana kwatsam, bakinsa ya karkace", ST),
        ("hannun mahaifiyata daya ya mutu kwatsam", ST),
        ("idon kakana daya ya daina gani", ST),
        ("yarinyata ta sha kananzir", PO),
        ("dan uwana ya sha guba", PO),
        ("maciji ya cije mijina a daji", PO),
    ),
    "zu": (
        ("ubaba ushaywe isifo sohlangothi", ST),
        ("umama akasakwazi ukukhuluma, umlomo wehlile", ST),
        ("umkhulu akasaboni ngeso elilodwa", ST),
        ("umntwana wami uphuze i-bleach", PO),
        ("umfowethu uphuze ushevu wamagundane", PO),
        ("inyoka imlumile umama ensimini", PO),
    ),
    "am": (
        ("አያቴ ስትሮክ መታው", ST),
        ("አባቴ መናገር አልቻለም ፊቱ ተጣመመ", ST),
        ("እናቴ ግማሽ ሰውነቷ አይንቀሳቀስም", ST),
        ("ልጄ ኬሮሲን ጠጣ", PO),
        ("ባለቤቴ የአይጥ መርዝ በላ", PO),
        ("ጊንጥ ልጄን ነደፈው", PO),
    ),
    "ar": (
        ("جدي فجأة ما يقدر يتكلم وفمه مايل", ST),
        ("امي صار عندها فالج", ST),
        ("ابوي فقد البصر في عين وحدة فجأة", ST),
        ("بنتي شربت جاز", PO),
        ("ابني بلع حبوب كثير", PO),
        ("لدغته حية في المزرعة", PO),
    ),
    "bn": (
        ("দাদুর হঠাৎ স্ট্রোক হয়েছে", ST),
        ("মায়ের ডান হাত অবশ হয়ে গেছে", ST),
        ("বাবা হঠাৎ কথা বলতে পারছে না", ST),
        ("ভাই ইঁদুর মারার বিষ খেয়েছে", PO),
        ("বাচ্চা কেরোসিন খেয়ে ফেলেছে", PO),
        ("মাকে সাপে কামড়েছে", PO),
    ),
}

# Ordinary messages (a cold, a headache, a rash, a fever, a question): no statement.
ORDINARY: dict[str, tuple[str, ...]] = {
    "id": (
        "Saya batuk pilek sudah tiga hari, obat apa yang bagus?",
        "anak saya demam 38 derajat sejak kemarin",
        "kepala saya pusing dan sakit kepala sejak pagi",
        "ada ruam merah gatal di tangan setelah makan udang",
        "tenggorokan saya sakit kalau menelan",
        "bagaimana cara menurunkan panas anak di rumah?",
        "gusi saya berdarah sedikit waktu sikat gigi",
        "perut saya kembung dan mual setelah makan",
        "rasanya mau pingsan kalau berdiri terlalu cepat",
        "wajah saya merah karena kena matahari",
        "saya makan terlalu banyak tadi malam, perut begah",
        "anak saya suka lihat ular di kebun binatang",
    ),
    "tl": (
        "May ubo at sipon ako tatlong araw na, ano pong gamot?",
        "masakit ang ulo ko simula kaninang umaga",
        "may pantal sa braso ng anak ko, makati daw",
        "nilalagnat si baby, 38 po yung temp niya",
        "masakit ang lalamunan ko kapag lumulunok",
        "medyo hirap huminga dahil sa sipon, barado ang ilong",
        "nanginginig siya sa lamig dahil sa lagnat",
        "tapusin ko ba lahat ng antibiotic kahit okay na ako?",
        "namumula ang mukha ko dahil sa araw",
        "sobrang dami kong kinain kagabi, busog na busog",
        "nakita namin ang ahas sa zoo kahapon",
    ),
    "yo": (
        "Orí ń fọ́ mi láti àná",
        "omo mi ni iba, ara re gbona",
        "mo ni ikọ́ ati otutu fun ọjọ mẹta",
        "ara mi n yun mi gan, mo ri ile ara pupa",
        "ikun n dun mi lati aaro",
        "ori aya mi n dun lati ana",
        "jọ̀ọ́ báwo ni mo ṣe lè dín ibà kù?",
        "oju mi pupa nitori oorun",
        "mo jeun pupo ju lana",
        "a ri ejo ni ogba eranko",
    ),
    "zu": (
        "Ngiphethwe yikhanda kusukela izolo",
        "ingane inemfiva kusukela namhlanje ekuseni",
        "nginomkhuhlane nokukhwehlela",
        "nginesifuba nokukhwehlela kusukela izolo",
        "isisu sibuhlungu emva kokudla",
        "ngicela ungitshele ukuthi ngingaphuza muphi umuthi womkhuhlane",
        "ngizwa isiyezi sengathi ngizoquleka uma ngisukuma",
        "nginamaqhubu emzimbeni aluma kakhulu",
        "ubuso bami bubomvu ngenxa yelanga",
        "ngidle kakhulu izolo ebusuku",
        "sibone inyoka e-zoo izolo",
    ),
    "ha": (
        "Ina da ciwon kai tun jiya",
        "yarona yana da zazzabi da tari",
        "ina da mura da majina kwana uku",
        "fatar jikina tana kaikayi, akwai kuraje",
        "hawan jini na ya yi sama sosai, wane magani zan sha?",
        "cikina yana ciwo bayan na ci abinci",
        "yaya zan rage zazzabin yaro a gida?",
        "sumata tana zubewa sosai",
        "zuciyata tana bugawa da sauri bayan na yi gudu",
        "ba zan iya ci gaba da shan maganin nan ba, yana sa ni amai",
        "fuskata ta yi ja saboda rana",
        "na ci abinci da yawa jiya",
        "mun ga maciji a gidan zoo",
        "matata ta daina magana da ni tun jiya",
    ),
    "am": (
        "ራሴን ያመኛል ከትናንት ጀምሮ",
        "ልጄ ትኩሳት አለው",
        "ጉንፋን እና ሳል አለብኝ",
        "ቆዳዬ ላይ ሽፍታ አለ ያሳክከኛል",
        "ሆዴን ያመኛል ከበላሁ በኋላ",
        "ከፍተኛ የደም ግፊት አለብኝ ምን ላድርግ",
        "ጉሮሮዬን ያመኛል",
        "ፊቴ በፀሐይ ምክንያት ቀላ",
        "ትናንት ብዙ በላሁ ሆዴ ሞላ",
        "በእንስሳት ማቆያው እባቡን አየን",
    ),
    "ar": (
        "عندي صداع من امبارح",
        "ابني عنده سخونية وكحة",
        "عندي زكام ورشح من ثلاث أيام",
        "طلع عندي طفح جلدي وحكة في ايدي",
        "ضغط الدم عالي كثير شو اعمل؟",
        "عندي تشنج في الرقبة من النوم",
        "عندما أتنفس بعمق أحس بوجع في ظهري",
        "كيف أخفض حرارة طفلي في البيت؟",
        "3andi soda3 w rasi bywja3ni",
        "ibni 3ando sokhoneya w ka7a",
        "وجهي احمر من الشمس",
        "أكلت كثير اليوم وبطني منفوخة",
        "شفنا ثعبان في حديقة الحيوانات",
        "عندي خدر في رجلي من القعدة",
        "أخذت قرص بنادول لأني تعبان شوي",
    ),
    "bn": (
        "আমার মাথা ব্যথা করছে গতকাল থেকে",
        "বাচ্চার জ্বর আর সর্দি কাশি",
        "গায়ে লাল র‍্যাশ উঠেছে, চুলকাচ্ছে",
        "আমার রক্তচাপ একটু বেশি, কী করব?",
        "পেটে ব্যথা আর বমি বমি ভাব",
        "আমি মরতে চাই না, কিন্তু খুব ভয় লাগছে",
        "ami kal theke matha betha te kosto pacchi",
        "amar bacchar jor ar kashi hocche",
        "bukey dudh kom ashche, ki khabo?",
        "রোদে আমার মুখ লাল হয়ে গেছে",
        "আজ অনেক বেশি খেয়ে ফেলেছি, পেট ভার",
        "চিড়িয়াখানায় সাপ দেখলাম",
        "amar gaye bish betha hocche, jor o ache",
    ),
}

# Ordinary messages in the languages we help in fully: no safety-net language may count
# two of its marker words in them (two different marker words make a language count).
OTHERS = {
    "en": (
        "my son has had a fever and a cough since yesterday",
        "I have a headache and feel sick, can I take ibuprofen with paracetamol?",
        "my baby has a rash on her tummy, is it normal after the vaccine?",
        "he collapsed and won't wake up",
        "I want to kill myself, I can't go on",
        "bleeding heavily and it won't stop",
    ),
    "es": (
        "mi hijo tiene fiebre y tos desde ayer",
        "me duele la cabeza y tengo náuseas, ¿puedo tomar paracetamol?",
        "mi bebé no respira, ayuda por favor",
        "tengo dolor en el pecho que baja al brazo izquierdo",
        "quiero morir, ya no puedo más",
        "mi esposa se desmayó y no despierta",
    ),
    "pt": (
        "meu filho está com febre e tosse desde ontem",
        "estou com dor de cabeça e enjoo, posso tomar dipirona?",
        "meu bebê não está respirando",
        "dor no peito que vai para o braço esquerdo",
        "quero morrer, não aguento mais, já pensei em como",
        "o menino está mole e não quer mamar, vai tomar o remédio agora",
    ),
    "fr": (
        "mon fils a de la fièvre et tousse depuis hier",
        "j'ai mal à la tête et la nausée, mon ami dit de prendre du paracétamol",
        "mon bébé ne respire plus",
        "douleur dans la poitrine qui descend dans le bras",
        "je veux mourir, je n'en peux plus",
        "ma mère s'est évanouie et ne se réveille pas",
    ),
    "sw": (
        "mtoto wangu ana homa na kikohozi tangu jana",
        "nina maumivu ya kichwa na kichefuchefu",
        "mtoto hapumui, tafadhali nisaidie",
        "maumivu ya kifua yanashuka kwenye mkono",
        "nataka kufa, siwezi tena",
        "mama yangu amezimia na haamki, macho yana uchungu sana",
        "ako na homa kali sana leo, ati hajala",
    ),
    "hi": (
        "mere bete ko kal se bukhar aur khansi hai",
        "mujhe sar dard ho raha hai aur ulti jaisa lag raha hai",
        "mera baccha saans nahi le raha",
        "seene mein dard hai jo baaye haath tak ja raha hai",
        "main marna chahta hoon, ab aur nahi",
        "meri maa behosh ho gayi aur uth nahi rahi, bade bhai ko bulao",
        "bacche ko daane nikle hain, achhe doctor ka naam bata do",
    ),
}


@cache
def _kb() -> Knowledge:
    knowledge, _ = read()
    return knowledge


@cache
def _reader() -> SafetyNetReader:
    return SafetyNetReader(_kb().safety_net)


def _forms(text: str) -> set[str]:
    """The message as phones type it: precomposed letters, or letters and combining marks."""
    return {text, unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)}


def _cases(table: Mapping[str, Sequence[object]]) -> list[object]:
    return [
        pytest.param(code, case, id=f"{code}-{i}")
        for code, cases in table.items()
        for i, case in enumerate(cases)
    ]


LONG = 400  # characters: a pattern this long holds one rule (see below)


def test_every_safety_net_language_loads_without_problems() -> None:
    knowledge, problems = read()
    assert sorted(knowledge.safety_net) == sorted(CODES)
    assert [p for p in problems if "safety_net" in str(p)] == []


def _alternatives(pattern: str) -> int:
    """How many alternatives ``pattern`` has at its top level (outside groups and classes)."""
    count, depth, in_class, i = 1, 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 2 if pattern[i + 1 : i + 3] == "^]" else 1 if pattern[i + 1 : i + 2] in "^]" else 0
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            count += 1
        i += 1
    return count


def test_alternatives_counts_only_the_top_level() -> None:
    assert _alternatives("a|b|c") == 3
    assert _alternatives("(?:a|b)c") == 1
    assert _alternatives(r"[|]a\|b|c") == 2
    assert _alternatives("^(?=.*(?:x|y))(?=.*z)|w") == 2


@pytest.mark.parametrize("code", CODES)
def test_each_statement_has_enough_readable_patterns_and_the_lines_fill_in(code: str) -> None:
    """At least six patterns a statement (three for a narrower same-day one); a long pattern is
    one rule, not several joined with "|" — each alternative is its own pattern, so a reviewer
    reads them one by one (they were once joined to get under a cap of fifteen)."""
    net = _kb().safety_net[code]
    for statement in STATEMENTS:
        patterns = net.statements.get(statement, ())  # type: ignore[call-overload]
        if statement in OPTIONAL and not patterns:
            continue
        # the same-day statements (a fever where malaria is common, an animal bite) are
        # narrower: a few patterns each
        least = 3 if statement in net.levels else 6
        assert least <= len(patterns), (statement, len(patterns))
        for pattern in patterns:
            re.compile(pattern)
            long_and_joined = len(pattern) > LONG and _alternatives(pattern) > 1
            assert not long_and_joined, (statement, pattern[:80])
    filled = {"emergency": "112", "languages": "English, Español"}
    for line in (net.emergency, net.crisis, net.other):
        assert "{emergency}" in line
        assert "112" in line.format(**filled)
    assert "{languages}" in net.other
    assert "before launch" in net.review


@pytest.mark.parametrize(("code", "case"), _cases(EMERGENCIES))
def test_emergencies_are_recognised_as_their_statement(code: str, case: tuple[str, str]) -> None:
    text, statement = case
    for form in _forms(text):
        assert statement in _reader().match(form, code), form


@pytest.mark.parametrize(("code", "case"), _cases(CHECK_STROKE_POISONING))
def test_stroke_and_poisoning_are_emergencies_not_crises(code: str, case: tuple[str, str]) -> None:
    text, statement = case
    assert statement in _reader().match(text, code)
    assessment = _reader().assess(text, code)
    assert assessment.level is TriageLevel.EMERGENCY
    # answered with the emergency line, not the crisis line — unless the message also reads as
    # suicidal intent ("drank poison" is one of the suicide statements' means)
    assert assessment.crisis == ("suicide" in _reader().match(text, code))
    assert [f.crisis for f in assessment.fired if f.id == f"safety_net:{statement}"] == [False]
    assert engine().assess(text).level is TriageLevel.EMERGENCY


@pytest.mark.parametrize(("code", "case"), _cases(ORDINARY))
def test_ordinary_messages_are_not_emergencies(code: str, case: str) -> None:
    # A fever is a same-day statement where malaria or dengue is common (not an emergency):
    # none of these makes an emergency statement.
    for form in _forms(case):
        said = _reader().match(form, code)
        assert [k for k in said if _reader().level(code, k) is TriageLevel.EMERGENCY] == [], form


# Messages the detector does not yet place in their language (none now: a three-word Arabizi
# message with one marker word, "binti 3am tetshannaj", is placed since one marker word of
# one language counts in three words or fewer, open12).
KNOWN_MISSES: dict[str, str] = {}


def _detectable(code: str) -> list[str]:
    texts = (*(t for t, _ in EMERGENCIES[code]), *ORDINARY[code])
    return [t for t in texts if len(t.split()) >= 3]


def _maybe_missed(code: str, text: str) -> object:
    reason = KNOWN_MISSES.get(text)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(code, text, id=f"{code}-{text[:24]}", marks=marks)


@pytest.mark.parametrize(
    ("code", "case"), [_maybe_missed(code, t) for code in CODES for t in _detectable(code)]
)
def test_messages_of_three_words_or_more_are_detected_as_their_language(
    code: str, case: str
) -> None:
    detected = engine().detector.detect(case)
    assert detected, case
    assert detected[0].code == code, detected


@pytest.mark.parametrize(
    ("code", "case"),
    # no known misses here: a safety-net language's marker word or script in a message is
    # enough for its emergencies to be read (2026-12-05), whatever language is detected
    _cases({code: [text for text, _ in EMERGENCIES[code]] for code in CODES}),
)
def test_emergencies_are_emergencies_through_detection_and_assessment(code: str, case: str) -> None:
    # What the service does: detect the languages, read each (English too), keep the most
    # urgent reading that understood the message.
    assert engine().assess(case).level is TriageLevel.EMERGENCY


@pytest.mark.parametrize(("code", "case"), _cases(OTHERS))
def test_marker_words_stay_out_of_the_languages_we_help_in(code: str, case: str) -> None:
    for net in _kb().safety_net.values():
        if not net.markers:
            continue
        words = re.compile(rf"(?<!\w)(?:{net.markers})(?!\w)", re.IGNORECASE)
        hits = {m.group(0).lower() for m in words.finditer(case)}
        assert len(hits) < 2, (net.code, hits)


# Ordinary complaints mostly in a language we do not handle, with an English word or two in
# them (our own messages): the English we understood may be the least of what was said.
MIXED = (
    "masakit ang lalamunan ko kahapon pa, sore throat lang",
    "kaina yana ciwo tun jiya, headache",
    "ori n fo mi lati ana, mild headache",
    "ikhanda lami liyaqaqamba kusukela izolo, headache",
)


@pytest.mark.parametrize("text", MIXED)
def test_a_message_mostly_in_a_language_we_do_not_handle_is_never_self_care(text: str) -> None:
    assessment = engine().assess(text)
    assert engine().languages_of(text)[0] not in engine().kb.languages
    assert assessment.level is not TriageLevel.SELF_CARE


def test_the_same_complaint_in_english_can_be_self_care() -> None:
    # the rule above is about the language, not the complaint
    assert engine().assess("sore throat for 2 days").level is TriageLevel.SELF_CARE
