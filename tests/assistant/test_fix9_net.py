"""fix9net: safety-net families from the ninth blind round, in our own words.

- a medicine named first and the amount after ("the sleeping pills, a whole strip, swallowed"), a
  child who swallowed an adult's tablets or is drowsy after tablets (NHS poisoning);
- a broken hip after a fall: hip or groin pain with the person unable to stand, or the leg
  shorter or turned out (NHS "Broken hip");
- a burn or scald over two parts of the body, or with big blisters (NHS burns and scalds);
- suicidal intent reported in the third person with Yoruba "òun" ("he says he will kill himself");
- pre-eclampsia signs, a new statement in every net language: pregnant with a headache and
  blurred vision (NHS pre-eclampsia; kept at emergency as the English pre_eclampsia_severe).

Each side is tested: what must be recognised, and close everyday look-alikes that must not.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import net

FIRES: tuple[tuple[str, str, str], ...] = (
    ("bn", "আমার ভাই ঘুমের বড়ি পুরো এক পাতা গিলে ফেলেছে, কথা বলছে না", "poisoning"),
    ("bn", "মা প্রেশারের ওষুধ অনেকগুলো একসাথে খেয়ে ফেলেছে", "poisoning"),
    ("zu", "ingane yami igwinye amaphilisi kababa wayo, ayivuki kahle", "poisoning"),
    ("zu", "umntwana uphuze amaphilisi okwehlisa umkhuhlane, manje uyozela kakhulu", "poisoning"),
    ("id", "kakek saya terpeleset di teras, pangkal paha kiri nyeri, tidak bisa berdiri", "injury"),
    ("id", "ibu jatuh dari tangga, panggulnya sakit, kakinya jadi lebih pendek", "injury"),
    ("tl", "nadulas si lola sa banyo, masakit ang balakang, hindi makatayo", "injury"),
    ("bn", "দাদু বাথরুমে পড়ে গিয়ে কোমরে খুব ব্যথা, দাঁড়াতে পারছেন না", "injury"),
    ("ar", "جدتي وقعت في المطبخ ووركها يوجعها وما تقدر توقف", "injury"),
    ("tl", "napaso ng kumukulong tubig ang leeg at likod ng anak ko", "injury"),
    ("tl", "nabuhusan ng mainit na tubig yung kamay niya, malalaki ang paltos", "injury"),
    ("yo", "Àbúrò mi ní òun máa pa ara òun lónìí", "suicide"),
    ("yo", "Ìyàwó mi lóyún oṣù mẹ́jọ, orí rẹ̀ ń fọ́ ọ gan, ojú rẹ̀ ń ríran bàìbàì", "pregnancy"),
    ("id", "saya hamil 34 minggu, sakit kepala hebat dan pandangan kabur dari tadi", "pregnancy"),
    ("tl", "buntis ako ng 8 buwan, masakit ang ulo ko at malabo ang paningin ko", "pregnancy"),
    ("bn", "আমার স্ত্রী আট মাসের গর্ভবতী, খুব মাথা ব্যথা আর চোখে ঝাপসা দেখছে", "pregnancy"),
    ("ar", "زوجتي حامل في الشهر الثامن وعندها صداع شديد ونظرها مشوش", "pregnancy"),
    ("ha", "ina da ciki wata takwas, ciwon kai mai tsanani kuma idona yana dishi", "pregnancy"),
    ("zu", "ngikhulelwe, ikhanda libuhlungu kakhulu, amehlo ayafiphala", "pregnancy"),
    ("am", "ነፍሰ ጡር ነኝ፣ ከባድ ራስ ምታት አለኝ፣ ዓይኔ ብዥ ይላል", "pregnancy"),
)

# close look-alikes: the same nouns, nothing to recognise for these statements
QUIET: tuple[tuple[str, str, str], ...] = (
    ("bn", "মা প্রতিদিন প্রেশারের ওষুধ এক পাতা কিনে আনেন", "poisoning"),
    ("zu", "ngiphuze amaphilisi ami ekhanda namuhla ekuseni", "poisoning"),
    ("id", "nenek jatuh kemarin, pinggul agak pegal tapi masih bisa jalan sendiri", "injury"),
    ("tl", "nadulas ako kahapon, medyo masakit ang balakang pero nakakalakad naman", "injury"),
    ("ar", "وقعت امبارح وظهري يوجعني شوي بس امشي عادي", "injury"),
    ("tl", "may paltos ako sa paa dahil sa bagong sapatos", "injury"),
    ("yo", "Mo lóyún, orí ń dùn mí díẹ̀", "pregnancy"),
    ("id", "saya hamil, agak pusing karena kurang tidur", "pregnancy"),
    ("tl", "buntis ako, medyo masakit ang ulo", "pregnancy"),
    ("id", "sakit kepala dan pandangan kabur setelah main hp lama", "pregnancy"),
)


@pytest.mark.parametrize(("code", "text", "kind"), FIRES)
def test_the_family_is_recognised_as_an_emergency(code: str, text: str, kind: str) -> None:
    assert kind in net().match(text, code), text
    assert net().assess(text, code).level is TriageLevel.EMERGENCY, text


@pytest.mark.parametrize(("code", "text", "kind"), QUIET)
def test_close_look_alikes_are_not_that_statement(code: str, text: str, kind: str) -> None:
    assert kind not in net().match(text, code), text


def test_every_net_language_has_the_pregnancy_statement_with_sources() -> None:
    from selfcare.assistant.knowledge.loader import read

    knowledge, _ = read()
    for code, data in knowledge.safety_net.items():
        assert data.statements.get("pregnancy"), code
        # an emergency, answered with the emergency line
        assert "pregnancy" not in data.levels, code
