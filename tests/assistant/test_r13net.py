"""Round-13 safety-net misses, mended as families across the eight net languages (r13net).

Each message is read with its language detected from the message alone. Families, with guidance:
a feverish child shaking who does not wake, said with "and" between (WHO IMCI: convulsions and a
child who cannot be woken are danger signs; NHS febrile seizures); unconscious or breathing
slowly after alcohol mixed with pills, in Malay too (NHS poisoning, alcohol poisoning); a large
burn with the skin come off or gone white (NHS burns and scalds), not sunburn; a "forgive me for
everything" message with an empty pill pack or no answer since (NHS help for suicidal thoughts),
not an apology alone; a fit going on for five minutes or more, or a fall then shaking (NHS
epilepsy: call 999 after 5 minutes), not shivers with a cold; a baby's lips turning blue in
Latin-letter Amharic (WHO IMCI); a cough for weeks with blood in it, or a little blood in the
phlegm, in isiZulu, Tagalog, Indonesian and Malay, Bengali and Hausa (WHO TB fact sheet: a TB test
today, urgent; night sweats or weight loss alone stay routine); thoughts of dying with no plan and
wanting to talk to someone today in Arabic (NHS help for suicidal thoughts: support the same day,
urgent).
The phrasings are the engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # a feverish child shaking and not waking (WHO IMCI, NHS febrile seizures)
    ("ọmọ mi ń gbọ̀n, ara rẹ̀ gbóná, kò sì jí mọ́", "yo", E),
    ("omo mi n gbon, ara re gbona, ko si ji", "yo", E),
    ("bàbá mi ṣubú lulẹ̀ ní ilé, kò sì dáhùn", "yo", E),
    ("ɗana yana zazzaɓi mai zafi, yana karkarwa kuma baya farkawa", "ha", E),
    ("mataas ang lagnat ng anak ko, nanginginig at hindi magising", "tl", E),
    # unconscious or breathing slowly after alcohol with pills (NHS poisoning), Malay forms
    ("kawan saya dah tak sedar lepas minum alkohol dengan ubat tidur", "id", E),
    ("abang aku pengsan dalam bilik, goncang pun tak bangun", "id", E),
    ("dia mabuk terus minum obat tidur, napasnya pelan banget", "id", E),
    ("adik dah tak sedarkan diri dari tadi", "id", E),
    ("ভাই মদ খেয়ে ঘুমের ওষুধ খেয়েছে, এখন জ্ঞান নেই, শ্বাস খুব ধীরে", "bn", E),
    ("uminom ng alak at pills ang kuya ko, hindi na magising", "tl", E),
    # a large burn with the skin come off or white (NHS burns and scalds)
    ("ছেলের পা চুলায় পুড়েছে, চামড়া সাদা হয়ে গেছে", "bn", E),
    ("বাবার বুক আর পেট পুড়ে গেছে গ্যাস সিলিন্ডারে", "bn", E),
    ("amar bacchar hat pure geche, chamra uthe gese", "bn", E),
    ("انكب شاي مغلي على بطن ابني والجلد انسلخ", "ar", E),
    ("mai mai zafi ya zube masa a kirji, fata ta ɓare", "ha", E),
    ("epo gbigbona da si omo mi, awo ara re ti bo", "yo", E),
    ("የፈላ ዘይት ልጄ ላይ ፈሰሰ ቆዳዋ ተላጠ", "am", E),
    # a goodbye message with an empty pack or no answer (NHS help for suicidal thoughts)
    ("sa7bti kteblia sme7li 3la kolchi, w mli mchit lqit chrit dwa khawi", "ar", E),
    ("خويا صيفطلي سمحولي على كلشي و دابا ما كيجاوبش", "ar", E),
    ("দিদি লিখেছে সবকিছুর জন্য ক্ষমা করো, এখন ফোন ধরছে না", "bn", E),
    ("kakak kirim pesan maafkan aku atas segalanya, sekarang tidak angkat telepon", "id", E),
    ("ለሁሉም ነገር ይቅር በሉኝ ብሎ ጻፈ፣ አሁን ስልክ አያነሳም", "am", E),
    ("nag-message siya ng sorry sa lahat, ubos na ang banig ng gamot niya", "tl", E),
    # a fit going on five minutes or more, a fall then shaking (NHS epilepsy)
    ("ባለቤቴ ወድቃ እየተንቀጠቀጠች ነው፣ 10 ደቂቃ ሆነው", "am", E),
    ("አባቴ ተንቀጥቅጦ ወድቆ አሁንም ይንቀጠቀጣል", "am", E),
    ("wendime eyetenqeteqete new, 6 deqiqa honew", "am", E),
    ("মা পড়ে গিয়ে কাঁপছে, থামছে না", "bn", E),
    ("ɗan'uwana yana jijjiga, mintuna goma bai tsaya ba", "ha", E),
    ("ẹ̀gbọ́n mi ń gbọ̀n fún ìṣẹ́jú mẹ́wàá báyìí", "yo", E),
    # a baby breathing hard with lips turning blue (WHO IMCI), Amharic in Latin letters
    ("lijua kenferua semayawi honech, betam tichegeralech", "am", E),
    ("ye 8 wer lijen metenfes akatat, kenferu tequr eyale new", "am", E),
    ("usana luphefumula kanzima, izindebe ziyaluhlaza", "zu", E),
    # a cough for weeks with blood, night sweats or weight loss: TB test today (WHO)
    ("umama ukhwehlela izinyanga ezimbili, namhlanje kuphume igazi", "zu", U),
    ("kuphume igazi izolo, isikhwehlela sesinamasonto amane", "zu", U),
    ("ngikhwehlela amathe anegazi kusukela izolo", "zu", U),
    ("si lolo umuubo nang isang buwan na, may kaunting dugo ang plema", "tl", U),
    ("batuk saya udah 3 minggu, dahak ada sedikit darah", "id", U),
    ("batuk dah sebulan, kahak berdarah, berpeluh malam", "id", U),
    ("যক্ষ্মা হয়েছে কিনা ভয় পাচ্ছি, তিন সপ্তাহ ধরে কাশি", "bn", U),
    # any blood with a cough is already the bleeding statement in Bengali (kept, never lowered)
    ("মায়ের দুই মাস ধরে কাশি, আজ কাশির সাথে একটু রক্ত এসেছে", "bn", E),
    ("yayana yana tari makonni hudu, yau majina da ɗan jini", "ha", U),
    # thoughts of dying, no plan, wanting to talk today (NHS help for suicidal thoughts)
    ("صرلي فترة عندي أفكار انتحارية بس ما عندي خطة، بدي أحكي مع حدا اليوم", "ar", U),
    ("كنفكر فالموت بزاف هاد الايام ولكن ما عندي حتى خطة", "ar", U),
]

# Neighbours that must stay below an emergency: each at its most urgent level allowed.
NOT_EMERGENCY: list[tuple[str, TriageLevel]] = [
    ("aku tak sedar dia dah balik rumah semalam", R),
    ("aku call dia tadi pun tak jawab telefon, mungkin sibuk", R),
    ("রোদে পুড়ে পিঠের চামড়া উঠে যাচ্ছে", R),
    ("রোদে পিঠ আর হাত পুড়ে গেছে, লাল হয়ে আছে", R),
    ("সবকিছুর জন্য আমাকে ক্ষমা করো, আমি দেরি করেছি", R),
    ("maafkan aku untuk semuanya ya, aku telat datang", R),
    ("sorry sa lahat ng abala, salamat po", R),
    ("smhi lia 3la kolchi, ana t2akhart 3lik lyoum", R),
    ("ብርድ ስለያዘኝ እየተንቀጠቀጥኩ ነው 5 ደቂቃ", R),
    ("mo ji ni aaro, ko si si nkan to n dun mi", R),
    ("ngikhwehlela kusukela izolo, umphimbo ubuhlungu", R),
    ("anak saya batuk pilek sejak kemarin", R),
    ("তিন সপ্তাহ ধরে শুকনো কাশি, আর কিছু নেই", R),
    ("ina tari tun jiya da mura", R),
    # night sweats or weight loss with a long cough, no blood: since net14 a TB test today
    # (urgent: WHO TB, as the English reading), never an emergency
    ("umama ukhwehlela izinyanga ezimbili, uyajuluka ebusuku", U),
    ("মায়ের দুই মাস ধরে কাশি, ওজন কমে যাচ্ছে, রক্ত নেই", U),
    ("yayana yana tari makonni hudu, yana gumi da dare", U),
]


@pytest.mark.parametrize(("text", "language", "level"), LEVELS)
def test_r13net_levels(text: str, language: str, level: TriageLevel) -> None:
    found = assert_level(rules(), text, level)
    assert found.language == language, found.language


@pytest.mark.parametrize(("text", "ceiling"), NOT_EMERGENCY)
def test_r13net_neighbours(text: str, ceiling: TriageLevel) -> None:
    found = rules().assess(text)
    assert found.level.rank >= ceiling.rank, (text, found.level, [f.id for f in found.fired])
    assert found.level.rank > E.rank, (text, found.level, [f.id for f in found.fired])
