"""The safety net in eight languages (net13): families the last round missed, each with the
neighbours that must stay below emergency, read with the language detected from the message.

- A farewell (NHS "Help for suicidal thoughts": saying goodbye, a last message, the means, a high
  place): any two of "you won't see me again", a goodbye or "forgive me", a last message or
  letter, the means, a high place; a letter home about travel is not one (crisis line).
- A child shaking and not answering (WHO IMCI: convulsions, not responding; NHS febrile
  seizures), a baby not feeding and sleepy or breathing fast (WHO IMCI general danger signs).
- Stroke by the face dropped on one side (NHS FAST); chemicals or bleach swallowed (NHS
  poisoning); a large scald with hot oil (NHS burns and scalds); heavy bleeding in pregnancy
  (NHS vaginal bleeding in pregnancy).
- Chest pain, tightness or burning with sweating (NHS heart attack); the negative verb is not pain.
- History: a statement told as over ("last year", "as a child") is not made, unless it is
  suicidal intent (a past attempt is a risk: NICE NG225) or a present emergency is said too.
The phrasings are the engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, assert_level

# (message, level, crisis line expected)
ROWS: list[tuple[str, TriageLevel, bool]] = [
    # --- a farewell: two cues make it; one cue, or a letter about travel, does not ---
    ("كتبت رسالة وداع وعندي الحبوب، الليلة خلاص", E, True),
    ("مش هتشوفوني تاني، سامحوني", E, True),
    ("ما رح تشوفوني بعد اليوم", E, True),
    ("خلاص هذه آخر رسالة مني، سامحوني", E, True),
    ("ma3adsh 7ad hayshofni tani, ana mashy", E, True),
    ("كاتب رسالة لأهلي اني مسافر", R, False),
    ("كتبت رسالة لأمي اني مسافرة بكرة", R, False),
    ("سامحوني اتأخرت عليكم", R, False),
    ("انا فوق السطح بنشر الغسيل", R, False),
    ("আমাকে আর কেউ দেখতে পাবে না, ছাদে দাঁড়িয়ে আছি", E, True),
    ("ami brijer upor, sobai bhalo theko", E, True),
    ("ami chithi likhe rekhechi, ghumer oshudh sob kheye felbo", E, True),
    ("বিদায় বন্ধুরা, কাল ঢাকা যাচ্ছি", R, False),
    ("aku udah di atas jembatan, maafin aku semua", E, True),
    ("kalian gak bakal liat aku lagi, selamat tinggal", E, True),
    ("selamat tinggal Jakarta, besok aku pindah ke Bali", R, False),
    ("kita foto di atas jembatan, seru banget", R, False),
    ("na rubuta wasika ga iyalina, yau zan tafi har abada", E, True),
    ("ina saman gada, ku yafe mini", E, True),
    ("ku yafe mini, ina saman bene ina aiki", R, False),
    ("e ko ni ri mi mo, o dabo", E, True),
    ("mo wa lori afara, e dariji mi", E, True),
    ("ngeke usangibona, sala kahle", E, True),
    ("ngisebhulohweni, ngixoleleni nonke", E, True),
    ("sala kahle mngane, sizobonana kusasa", R, False),
    ("ከእንግዲህ አታዩኝም፣ ደህና ሁኑ", E, True),
    ("ድልድዩ ላይ ነኝ ይቅር በሉኝ", E, True),
    ("ደህና ሁኑ፣ ነገ እንገናኛለን", R, False),
    ("nasa rooftop ako ngayon, paalam na sa inyo", E, True),
    ("nasa tulay ako, patawarin nyo ako", E, True),
    ("hindi nyo na ako makikita, salamat sa lahat", E, True),
    ("nasa rooftop kami nag-iinuman, goodbye stress", R, False),
    ("sumulat ako ng sulat sa pamilya ko na aalis ako papuntang abroad", R, False),
    ("nag-iwan ako ng sulat para sa mga anak ko", E, True),
    # --- a child shaking and not answering; a baby not feeding and sleepy, breathing fast ---
    ("ولدي كيترعد وما كيجاوبش", E, False),
    ("weldi kayterje7 w ma kayhderch", E, False),
    ("الدري كيرجف وما كيهضرش", E, False),
    ("ولدي كيرجف من البرد", R, False),
    ("ልጄ እየተንቀጠቀጠ ነው አይመልስም", E, False),
    ("ብርድ ብርድ ይለኛል እየተንቀጠቀጥኩ ነው", R, False),
    ("بنتي الصغيرة ما عم ترضع ونعسانة كتير", E, False),
    ("الطفل نفسه سريع كتير وما بياكل", E, False),
    ("بنتي بترضع منيح بس نعسانة بعد الحمام", R, False),
    # --- stroke by the face dropped on one side, or twisted with speech gone (NHS FAST) ---
    ("የአባቴ ፊት በአንድ በኩል ወደቀ", E, False),
    ("gedo wesho ma2loub w mesh 2ader yetkallem", E, False),
    ("ngiwi ang mukha ni lolo, hindi makapagsalita", E, False),
    # --- chemicals swallowed, a large scald, heavy bleeding in pregnancy ---
    ("ibni shereb chlor", E, False),
    ("omo mu kemika", E, False),
    ("ingane iphuze ibhilitshi", E, False),
    ("انحرقت ايده كلها بالزيت المغلي", E, False),
    ("ana 7amel w 3am enzef", E, False),
    ("nafasha ta2eel w shafayefha zar2a", E, False),
    ("buntis ako at malakas ang dugo", E, False),
    ("buntis ako, may konting spotting kanina", R, False),
    # --- chest pain or tightness with sweating (NHS heart attack); a baby not breathing; pills;
    # bleeding after a birth (NHS postpartum haemorrhage) ---
    ("dada sesek banget keringat dingin", E, False),
    ("keringat dingin abis olahraga", R, False),
    ("kirjina yana matsewa, gumi yana zuba", E, False),
    ("kirjina babu ciwo, gumi saboda zafi", R, False),
    ("aya mi n ro mi, oogun n bo mi", E, False),
    ("mo ti lo oogun fun ori fifo", R, False),
    ("ደረቴ ያቃጥለኛል ያልበኛል", E, False),
    ("ደረቴ አያመኝም፣ ላብ ግን አለብኝ ሙቀት ስለሆነ", R, False),
    ("usana aluphefumuli", E, False),
    ("ami onek gulo ghumer oshudh kheye felechi", E, False),
    ("ami ekta ghumer oshudh kheye ghumabo", R, False),
    ("ana bla3t 7boob ktir", E, False),
    ("jini ya yi yawa bayan haihuwa", E, False),
    ("jini kadan bayan haihuwa, ya tsaya", R, False),
    # --- heavy bleeding in pregnancy, large scalds, too breathless to speak (NHS) ---
    ("ami 5 mashe pregnant, rokto porche onek", E, False),
    ("rokto porche na ar", R, False),
    ("anak kesiram minyak panas, kulit melepuh satu tangan", E, False),
    ("tangan kena air panas dikit, merah aja", R, False),
    ("yaro ya kone da ruwan zafi a jikinsa duka", E, False),
    ("ya kone da ruwan zafi kadan a hannu", R, False),
    ("শ্বাস নিতে খুব কষ্ট হচ্ছে, কথা বলতে পারছে না", E, False),
    ("shash nite kosto hoy na, kotha bolte parchi", R, False),
    # --- history: over and past is not now; suicidal intent and a present emergency still are ---
    ("ابني جاته تشنجات السنة الماضية، بس دلوقتي كويس، عنده زكام", R, False),
    ("ابني جاته تشنجات السنة الماضية، ودلوقتي بيتشنج تاني ومش بيرد", E, False),
    ("আমার ছেলের গত বছর খিঁচুনি হয়েছিল, এখন সর্দি", R, False),
    ("anak saya pernah kejang waktu kecil, sekarang cuma pilek", R, False),
    ("anak kejang, pernah juga dulu, sekarang gak sadar", E, False),
    ("lolo nagka-stroke noong isang taon, ngayon ubo lang", R, False),
    ("noong isang taon na-stroke si lolo, ngayon biglang hindi makapagsalita ulit", E, False),
    ("wa ni stroke ni odun to koja, bayi o ti dara", R, False),
    ("ubaba wayeneziqhwaga ngonyaka odlule, manje uyaphila", R, False),
    ("ባለፈው ዓመት ስትሮክ ነበረበት፣ አሁን ደህና ነው", R, False),
    ("ባለፈው ዓመት ራሴን ላጠፋ ሞክሬ ነበር፣ አሁንም ራሴን ማጥፋት እፈልጋለሁ", E, True),
    ("noong isang taon nagtangka akong magpakamatay, gusto ko nang mamatay ulit", E, True),
]


@pytest.mark.parametrize(("text", "level", "crisis"), ROWS)
def test_net13_rows(text: str, level: TriageLevel, crisis: bool) -> None:
    found = assert_level(engine(), text, level)
    if level is E:
        assert found.crisis is crisis, [f.id for f in found.fired]
