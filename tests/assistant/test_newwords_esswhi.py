"""Native words (es, sw, hi) for the findings of the English self-care records of 2026-12-04.

Every message is our own: an everyday phrasing of the finding, asserted to be understood
natively (the finding is present) rather than by the English fallback. Tested without the
similarity layer.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import rules

ENGINE = rules()

ES = [
    ("me salio un nacido en la nalga", "boil"),
    ("tengo un forunculo en la axila", "boil"),
    ("a mi hija le salio una perrilla en el ojo", "stye"),
    ("tengo una bolita en el parpado de abajo", "stye"),
    ("siento los ojos resecos y cansados", "dry_eye"),
    ("con la computadora todo el dia me arden los ojos", "dry_eye"),
    ("tengo los talones agrietados", "dry_skin"),
    ("la piel de las piernas la tengo muy reseca", "dry_skin"),
    ("tengo caspa y me da verguenza", "scalp_flakes"),
    ("se me descama el cuero cabelludo", "scalp_flakes"),
    ("mi bebe tiene costritas amarillas en la cabeza", "cradle_cap"),
    ("el nene echa un poco de leche despues de cada toma", "baby_posseting"),
    ("me doble la muneca al caer", "sprain_strain"),
    ("creo que tengo un esguince en el tobillo", "sprain_strain"),
    ("el colesterol total me salio 6.8", "cholesterol_high_result"),
    ("como hago para dejar el cigarro", "smoking_quit"),
    ("sirven los parches de nicotina", "smoking_quit"),
    ("se nos salio el preservativo anoche", "contraception_question"),
    ("se me olvido la pildora dos dias", "contraception_question"),
    ("tengo las mamas hinchadas antes de la menstruacion", "breast_pain_cyclical"),
    ("tengo los pechos muy llenos y duros como piedra, estoy amamantando", "breastfeeding_sore"),
    ("necesito hacerme analisis de ets, tuve una pareja nueva", "sti_risk"),
    ("me conviene la terapia de reemplazo hormonal", "hrt_wanted"),
    ("me cuesta mantener la ereccion", "erection_problems"),
]


SW = [
    ("nimetokwa na kijipu mgongoni", "boil"),
    ("binti yangu ana chekea jichoni", "stye"),
    ("kope la chini lina kivimbe kidogo", "stye"),
    ("macho yanakauka sana siku hizi", "dry_eye"),
    ("ngozi ya miguu inabambuka", "dry_skin"),
    ("mikono imepasuka kwa baridi", "dry_skin"),
    ("nywele zangu zina mba", "scalp_flakes"),
    ("mtoto mchanga ana ukoko kichwani", "cradle_cap"),
    ("kichanga kinarudisha maziwa kidogo baada ya kunyonya", "baby_posseting"),
    ("nimejiteguka mkono nikicheza mpira", "sprain_strain"),
    ("daktari alisema kolesteroli yangu ni 6.5", "cholesterol_high_result"),
    ("nataka kuacha tumbaku", "smoking_quit"),
    ("mpira ulipasuka tulipokuwa pamoja", "contraception_question"),
    ("nahitaji p2 haraka", "contraception_question"),
    ("matiti yangu yamevimba na yanauma kabla ya hedhi", "breast_pain_cyclical"),
    ("maumivu ya chuchu ninaponyonyesha", "breastfeeding_sore"),
    ("nataka kupima magonjwa ya zinaa", "sti_risk"),
    ("je naweza kupata matibabu ya homoni", "hrt_wanted"),
]

HI = [
    ("मेरी बगल में फुंसी निकल आई है", "boil"),
    ("gardan par bada sa phoda ho gaya hai", "boil"),
    ("पलक पर छोटी सी गांठ बन गई है", "stye"),
    ("meri aankh me bilni nikal aayi hai", "stye"),
    ("दिन भर कंप्यूटर पर काम करके आंखें थक जाती हैं", "dry_eye"),
    ("meri aankhen sookh jaati hain aur kirkiri lagti hain", "dry_eye"),
    ("सर्दी में हाथ फट जाते हैं", "dry_skin"),
    ("meri skin bahut rukhi ho gayi hai", "dry_skin"),
    ("मेरे बालों में रूसी हो गई है", "scalp_flakes"),
    ("mere sir me bahut rusi hai kya lagaun", "scalp_flakes"),
    ("मेरी बेटी दो महीने की है, उसके सिर पर पपडी जमी है", "cradle_cap"),
    ("mera baccha pine ke baad thoda dudh ugal deta hai", "baby_posseting"),
    ("खेलते समय कलाई मुड गई", "sprain_strain"),
    ("mera takhna mud gaya hai aur sujan hai", "sprain_strain"),
    ("रिपोर्ट में कोलेस्ट्रॉल 7 आया है", "cholesterol_high_result"),
    ("मैं तंबाकू छोडना चाहता हूं", "smoking_quit"),
    ("mujhe cigarette chhodni hai koi tarika batao", "smoking_quit"),
    ("कल रात कंडोम फट गया", "contraception_question"),
    ("maine do din goli bhool gayi", "contraception_question"),
    ("पीरियड से पहले स्तन में बहुत दर्द होता है", "breast_pain_cyclical"),
    ("मेरे निप्पल फट गए हैं", "breastfeeding_sore"),
    ("mujhe hiv ki jaanch karwani hai", "sti_risk"),
    ("kya mujhe hormone therapy leni chahiye", "hrt_wanted"),
]


@pytest.mark.parametrize(("text", "finding"), ES + SW + HI)
def test_native_words(text: str, finding: str) -> None:
    """The finding is understood in the message's own language, not by the English fallback."""
    assessment = ENGINE.assess(text, None, frozenset())
    assert finding in assessment.present, (text, sorted(assessment.present))
