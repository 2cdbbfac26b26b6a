"""netA: the safety net widened by concept for Arabic, Amharic, Bengali and Tagalog.

From NICE NG225, NHS 'Help for suicidal thoughts', the Samaritans and WHO 'Preventing suicide'
warning signs: indirect intent said as two concepts together ('I can't any more', a farewell or
'forgive me', a will or letter, belongings given away, with 'don't look for me', 'you won't have
to worry about me' or a bridge or roof; 'you won't have to worry about me' with tomorrow). From
NHS FAST, NHS 'Burns and scalds', NHS 'Poisoning', WHO snakebite and NHS 'Shortness of breath':
romanised and dialect spellings (Gulf 9 for ص and g for ق, Iraqi 'da', Darija 'bgha' between the
negation and the verb, Amharic in Latin letters, Banglish, Taglish). The look-alikes stay quiet:
'don't worry about me' said plainly, a trip, a job, a group chat, a past event, an idiom.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import rules

E = TriageLevel.EMERGENCY

RAISED: tuple[str, ...] = (
    # Arabic: Arabizi and script, Egyptian, Levantine, Gulf, Iraqi, Darija
    "khalas mesh 2adra akammel, ma tdawrosh 3alaya ba3d keda",
    "bukra mish hat2la2o 3alaya, sam7ouni",
    "ana 3ala el kobri w mesh 2ader ast7mel",
    "wasiyti katabtha, sam7ouni ya gama3a",
    "معدش قادر أكمل، متدوروش عليا",
    "من بكرة مش هتقلقوا عليا خلاص",
    "سامحيني يا ماما، وصيتي في الدرج",
    "9adro y3awrah wayed w 3arqan",
    "jiddi ma yigdar yitnaffas",
    "akhooy ma da yitnaffas zain",
    "ما دا تتنفس بنتي",
    "dammo ma yabi ywaqef",
    "baba t7 f l7mam w ma bgha yfi9",
    "et7ara2 b zeit maghli w geldo ra7",
    # Amharic: Latin letters and script
    "lijie eyenezefezefe new",
    "ebab nekesat egrwa eyabete new",
    "befela zeyt teqatelech",
    "kinin bizu wateche",
    "dehna hunu, kezih belay alchilm",
    "ከዚህ በላይ አልችልም፣ አትፈልጉኝ",
    "ከእንግዲህ ስለኔ አትጨነቁም",
    "nuzaze tsafku, beqagn",
    "rasen ligdel new",
    # Bengali: Banglish and script
    "ar parchi na, amake ar khujo na",
    "valo theko sobai, amar jonno ar chinta korte hobe na",
    "kalke theke amar jonno tension nite hobe na",
    "chithi rekhe gelam, khoma kore dio",
    "আর পারছি না, আমাকে খুঁজো না",
    "কাল থেকে আমার জন্য আর চিন্তা করতে হবে না তোমাদের",
    "ভালো থেকো সবাই, উইল লিখে রেখেছি",
    "brij theke lafiye porbo",
    "ছাদ থেকে লাফ দেব আজ",
    # Tagalog / Taglish
    "di ko na kaya, andito ako sa bubong",
    "simula bukas hindi nyo na ako iisipin",
    "pinamigay ko na lahat ng gamit ko, paalam",
    "salamat sa lahat, huling mensahe ko na ito",
    "nag-iwan ako ng sulat, suko na ako",
    "si lolo naghihingalo, hinahabol ang hininga",
    "nanlambot bigla ang kanang braso ni tatay",
    "nabuhusan ng kumukulong mantika, natanggal ang balat",
)

QUIET: tuple[str, ...] = (
    "ma tetla2ash 3alaya ana kwayesa",
    "بكرة هسافر، متقلقوش عليا",
    "el dam w2ef 5alas el7amdolillah",
    "sam7ouni 3ala el ta2khir ya gama3a",
    "ስለኔ አትጨነቁ ደህና ነኝ",
    "dehna hunu, nege enigenagnalen",
    "balefew amet abate stroke neberbet, ahun dehna new",
    "kal theke amar jonno chinta korte hobe na, chakri peye gechi",
    "bhalo theko sobai, trip e jacchi",
    "gotobochor ma ogyan hoye gechilo, ekhon bhalo",
    "salamat sa lahat ng tulong, bukas na lang ulit",
    "patay na patay ako sa kilig haha",
    "binigay ko lahat ng lumang damit sa charity",
)


@pytest.mark.parametrize("text", RAISED)
def test_the_statement_is_an_emergency(text: str) -> None:
    assert rules().assess(text).level is E, text


@pytest.mark.parametrize("text", QUIET)
def test_the_look_alike_is_not_an_emergency(text: str) -> None:
    assert rules().assess(text).level is not E, text
