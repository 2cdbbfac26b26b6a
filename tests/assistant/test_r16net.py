"""The safety net, round 16 (r16net): four families long messages missed, read with the language
detected, each with a side question at the end.

- Suicide (NHS 'Help for suicidal thoughts', Samaritans warning signs): pills collected or hoarded,
  either order (Malay and Indonesian, Egyptian and Gulf Arabic), with a letter or a will, belongings
  given away, a night set or a goodbye. Medicine gathered because it expired is not.
- Heart attack (NHS 'Heart attack'): in Arabic, a heavy or pressed chest with sweating or with the
  pain spreading to the arm, jaw, shoulder or neck, however far apart; a slightly heavy chest with a
  cold, or an arm sore from the gym, is not.
- Asthma attack (NHS 'Asthma attack'): in Zulu, a child who cannot talk without gasping, blue
  lips, a pump used many times that does not help; 'ngaphandle' before a breath word no longer
  reads as a
  negation of what follows.
The phrasings are the engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, assert_level

ROWS: list[tuple[str, TriageLevel]] = [
    (
        "Aku sudah ngumpulin obat tidur dari bulan lalu, suratnya juga sudah kutulis buat"
        " ibu. Besok pagi kalian jangan kaget ya. Btw apotek buka jam berapa?",
        E,
    ),
    (
        "Saya dah kumpul banyak pil tidur, malam ni saya nak telan semua. Boleh tak saya "
        "tanya pasal insurans?",
        E,
    ),
    (
        "Ubat penenang saya simpan sebulan, dah tulis wasiat untuk isteri. Nak tanya, "
        "klinik buka hari Ahad?",
        E,
    ),
    (
        "Obat-obatan udah aku timbun dari lama, selamat tinggal semuanya. Jangan lupa "
        "kasih makan ikan ya.",
        E,
    ),
    ("Saya kumpul ubat yang dah luput untuk dibuang ke farmasi minggu ni, boleh ke?", R),
    ("Saya tulis surat untuk mak di kampung, rindu sangat. Ubat batuk ada lagi tak kat rumah?", R),
    ("Malam ni saya nak habiskan kerja sekolah, esok nak pergi klinik ambil ubat vitamin.", R),
    ("جمعت حبوب أبوي كلها من شهرين وكتبت رسالة لأمي. بس أبي أسأل، كم يصير سعر التأمين؟", E),
    ("الدوا اللي حوشته من زمان جاهز، الليلة خلاص. بس سؤال، البنك يفتح الساعة كم؟", E),
    ("أنا بقالي شهر بجمع الحبوب، ووزعت هدومي على صحابي. هو ينفع أسيب الشقة للمالك بكرة؟", E),
    ("جمعت الأدوية المنتهية الصلاحية عشان أرميها، فين أرميها؟", R),
    ("كتبت وصيتي عند المحامي لأن عمري ٧٠ سنة، والحمد لله بصحة كويسة. أعمل تحليل سكر امتى؟", R),
    (
        "أمي عندها ٥٥ سنة، من نص ساعة حاسة صدرها تقيل جدا وعرقانة ووشها أصفر. تاخد مسكن ولا نستنى؟",
        E,
    ),
    ("زوجي صدره مضغوط ومعه عرق بارد، يقول بس تعب من الشغل. هل نعطيه شاي؟", E),
    ("من ساعة الوجع بيبدأ في صدري وبعدين رايح لدراعي الشمال وفكي وأنا عرقان. اخد بنادول؟", E),
    ("ابوي يحس بضيق وثقل على الصدر، والالم نازل على كتفه ورقبته. نوديه بكره؟", E),
    ("عندي عرق كتير بالليل من الحر، ورقبتي بتوجعني من المخدة. ده طبيعي؟", R),
    ("دراعي بيوجعني من الجيم امبارح، والعرق جامد من التمرين. اعمل كمادات؟", R),
    ("صدري تقيل شوية من البرد والكحة، مفيش حرارة، أشرب ينسون؟", R),
    (
        "Umntwana wami une-asthma, akakwazi ukukhuluma ngaphandle kokuphefumula kanzima, "
        "i-pump ngiyinike kaningi ayisizi. Ngenzeni?",
        E,
    ),
    ("Indodana yami iphefumula kanzima kakhulu, izindebe seziluhlaza. Ngimnike amanzi?", E),
    (
        "Ingane ayikwazi ukuqeda umusho ngenxa yomoya, isifutho sesiyisebenzise kane "
        "asisizi. Ngiyilinde kusasa?",
        E,
    ),
    ("Ingane inomkhuhlane ngaphandle kokukhwehlela, iyadlala kahle. Ngiyinike ipanadol?", R),
    ("Ngiphefumula kahle, ngaphandle kokukhathala kancane emva kokugijima. Kulungile?", R),
    (
        "Anak saya asma, napasnya tersengal-sengal sampai tidak bisa bicara, bibirnya "
        "membiru, inhaler sudah lima kali tidak membantu. Boleh kasih air hangat?",
        E,
    ),
    (
        "Ang anak ko may hika, hindi makapagsalita dahil hirap huminga, nangingitim ang "
        "labi. Okay lang ba ang salabat?",
        E,
    ),
    (
        "Bapa saya umur 62, dadanya terasa berat seperti ditindih, keringat dingin, "
        "sakitnya menjalar ke lengan kiri dan rahang. Katanya masuk angin, kerokan saja?",
        E,
    ),
    (
        "Si lolo, 65 anyos, parang may nakadagan sa dibdib niya, pawis na pawis, at "
        "umaabot ang sakit sa kaliwang braso. Hilot lang ba?",
        E,
    ),
    (
        "Mama mi ti ni ogota, o ni aya re wuwo bi eni pe nkan joko le e, o n laagun gan, "
        "irora naa n lo si apa osi. Se ki a fun ni agbo?",
        E,
    ),
    (
        "Dah lama aku kumpul ubat tidur, sekarang dah cukup banyak. Malam nanti aku nak "
        "telan semua. Kedai buka pukul berapa?",
        E,
    ),
    (
        "Saya ambil ubat darah tinggi di klinik, malam ni saya makan lepas nasi. Boleh minum kopi?",
        R,
    ),
    ("حوشت دوا الضغط بتاع جدتي كله، وسبت جواب لأختي. هو الموبايل بيتقفل لوحده؟", E),
    ("بابا جمع الدوا بتاعه في علبة واحدة عشان ميتلخبطش، ده صح؟", R),
    (
        "Ingane yami ayikwazi ukukhuluma ngoba iphefumula kanzima, i-inhaler ayisizi. "
        "Ngiyise kusasa?",
        E,
    ),
]


@pytest.mark.parametrize(("text", "level"), ROWS)
def test_r16net_rows(text: str, level: TriageLevel) -> None:
    assert_level(engine(), text, level)
