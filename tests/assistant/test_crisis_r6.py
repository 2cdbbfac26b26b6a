"""Indirect suicidal intent, sixth-round families, in every full language (2026-12-05).

Warning signs the NHS (help for suicidal thoughts), NICE NG225, Samaritans, CDC and WHO LIVE
LIFE list, said without the word "suicide": thanks "for everything" as a closing, affairs put in
order (a note saying where the papers or passwords are), a pet given away with the pet named
first ("el perro se lo regalé a mi primo", "le chat, je l'ai donné à ma voisine", "mbwa nimempa
jirani"), a time chosen ("tonight it ends", "demain je ne serai plus là", "kesho sitakuwepo",
"tonight I'll sleep forever"), the means gathered, feeling a burden, no way out. Thanks "for
everything" is context (``thanks_all``): a warning sign only with another (the ``suicide_plan``
row in ``knowledge/red_flags/mental_health.yaml``).

Every message is our own phrasing. The other side is tested too: resting after exams or a
shift, a pet given away for a move or left for a weekend, thanks to a doctor, a note for the
babysitter or about the car keys, away tomorrow on a trip.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import Chat, assert_well_formed, rules

ENGINE = rules()

EMERGENCY = [
    (
        "en",
        "I can't take it anymore. wrote my brother a note saying where the bank papers are and my cat went to my aunt. tonight I finally get to rest, thanks for everything",
    ),
    (
        "en",
        "left a list for my wife with where all the passwords and the insurance documents are. it all ends tonight",
    ),
    ("en", "the dog has gone to live with my neighbour. I won't be here tomorrow"),
    ("en", "tonight I'll sleep forever. thank you for everything"),
    ("en", "thanks for everything guys, I've given away all my stuff"),
    ("en", "everyone would be better off without me. thank you for everything"),
    ("en", "thank you for everything, I've saved up enough tablets"),
    ("en", "there's no way out for me. thanks for everything mum"),
    ("en", "please look after my dog for me, this is my last message"),
    (
        "es",
        "ya no puedo más. le dejé anotado a mi hermano dónde están las claves y los papeles del banco, y la gata se la regalé a mi vecina. esta noche al fin descanso, gracias por todo",
    ),
    ("es", "el gato se lo di a mi tía. gracias por todo, ya lo decidí"),
    ("es", "esta noche duermo para siempre, gracias por todo"),
    ("es", "gracias por todo, ya junté las pastillas"),
    ("es", "todos estarían mejor sin mí. gracias por todo"),
    ("es", "la perrita se la dejé a mi prima, después de esta noche ya nada va a importar"),
    (
        "pt",
        "não aguento mais. deixei anotado pro meu irmão onde ficam as senhas e os documentos do banco, e a gata eu dei pra vizinha. hoje à noite enfim descanso, obrigada por tudo",
    ),
    ("pt", "o cachorro eu deixei com a minha tia. obrigado por tudo, já decidi"),
    ("pt", "hoje eu durmo pra sempre, valeu por tudo"),
    ("pt", "obrigado por tudo, já juntei os comprimidos"),
    ("pt", "o gato eu dei pro meu primo, depois de hoje nada mais vai importar"),
    (
        "fr",
        "je n'en peux plus. j'ai laissé un mot à mon frère pour dire où sont les codes et les papiers de la banque, et le chat je l'ai donné à ma voisine. ce soir je vais enfin me reposer, merci pour tout",
    ),
    ("fr", "le chien, je l'ai confié à ma tante. demain je ne serai plus là"),
    ("fr", "ce soir je dors pour toujours, merci pour tout"),
    ("fr", "merci pour tout, j'ai mis de côté mes comprimés"),
    ("fr", "merci pour tout, tout le monde serait mieux sans moi"),
    (
        "sw",
        "siwezi tena. nimemwachia kaka ujumbe unaoonyesha hati za benki ziko wapi, paka nimempa shangazi. leo usiku hatimaye nitapumzika, asanteni kwa kila kitu",
    ),
    ("sw", "mbwa wangu nimempa jirani. kesho sitakuwepo"),
    ("sw", "asanteni kwa kila kitu, nimekusanya vidonge vyangu"),
    ("sw", "siwezi tena, asante kwa kila kitu"),
    (
        "hi",
        "अब और नहीं होता. भाई के लिए लिख दिया है कि बैंक के कागज कहाँ हैं, बिल्ली पड़ोसी को दे दी. आज रात आखिरकार सुकून मिलेगा, सब कुछ के लिए शुक्रिया",
    ),
    ("hi", "कल मैं नहीं रहूंगा, सबका शुक्रिया"),
    ("hi", "सबका धन्यवाद, गोलियां जमा कर ली हैं"),
    (
        "hi-latn",
        "ab aur nahi hota. bhai ke liye likh diya hai ki bank ke kagaz kahan hain, billi padosi ko de di. aaj raat aakhirkar sukoon milega, sab kuch ke liye shukriya",
    ),
    ("hi-latn", "kal main nahi rahungi, sabka shukriya"),
    ("hi-latn", "sab ke liye thank you, neend ki goliyan jama kar li hain"),
    ("en", "I bought weedkiller today. tonight it ends"),
    ("es", "díganle a mi mamá que la quiero, y cuiden a mi perro"),
    ("sw", "mwambie mama nampenda, mtunzeni mbwa wangu"),
    ("hi", "मम्मी को बोलना मैं उनसे प्यार करती हूं, मेरे कुत्ते का ध्यान रखना"),
    ("hi-latn", "mummy ko bolna main unse pyaar karta hu, mere kutte ka dhyan rakhna"),
]

NOT_CRISIS = [
    ("en", "I can finally rest tonight after my exams"),
    ("en", "gave my dog to my cousin because I'm moving"),
    ("en", "thank you for everything doctor"),
    ("en", "thanks for everything, the cream worked and the rash is gone"),
    ("en", "I left a note for the babysitter"),
    ("en", "left a note for my husband saying where the car keys are"),
    ("en", "the dog went to my mum's for the weekend"),
    ("en", "the sale ends tonight"),
    ("en", "I won't be here tomorrow, I'm flying to Spain, can I take ibuprofen on the plane"),
    ("es", "ya por fin descanso, terminé el turno"),
    ("es", "gracias por todo doctor, ya me siento mejor"),
    ("es", "el perro se lo dejé a mi mamá este fin de semana"),
    ("es", "le dejé una nota a la niñera"),
    ("pt", "finalmente descanso hoje, terminei o plantão"),
    ("pt", "obrigado por tudo doutor"),
    ("pt", "dei meu cachorro pro meu primo porque vou me mudar"),
    ("fr", "j'ai donné mon chat à ma sœur, je déménage"),
    ("fr", "merci pour tout docteur"),
    ("fr", "demain je ne serai pas là, je pars en vacances"),
    ("sw", "nimempa binamu yangu mbwa kwa sababu ninahama"),
    ("sw", "asante kwa kila kitu daktari"),
    ("sw", "kesho sitakuwepo nyumbani, nasafiri"),
    ("hi", "मैंने अपना कुत्ता भाई को दे दिया क्योंकि मैं शिफ्ट हो रहा हूं"),
    ("hi-latn", "sab ke liye shukriya doctor sahab"),
    ("hi-latn", "kal main ghar pe nahi rahunga, shaadi me ja raha hu"),
    ("en", "tell mum I'll be late tonight"),
    ("en", "tonight the festival ends, so sad"),
    ("es", "cuida a mi perro mientras viajo"),
    ("es", "dile a mi mamá que ya llegué"),
    ("sw", "mtunze mbwa wangu nikiwa safarini"),
    ("hi-latn", "mere kutte ka dhyan rakhna, main shaadi me ja raha hu"),
]


@pytest.mark.parametrize(("lang", "text"), EMERGENCY)
def test_indirect_intent_is_a_crisis_emergency(lang: str, text: str) -> None:
    assessment = ENGINE.assess(text, lang)
    assert assessment.level is TriageLevel.EMERGENCY, (text, sorted(assessment.present))
    assert assessment.crisis, text
    assert "suicide_plan" in {f.id for f in assessment.fired}


@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS)
def test_the_everyday_neighbours_are_no_crisis(lang: str, text: str) -> None:
    assessment = ENGINE.assess(text, lang)
    assert assessment.level is not TriageLevel.EMERGENCY, (text, sorted(assessment.present))
    assert not assessment.crisis, (text, [f.id for f in assessment.fired])


# One sign alone is read (the finding is present) but is no crisis: thanks "for everything"
# (``thanks_all``) and a pet given away with the pet named first (``giving_away``).
@pytest.mark.parametrize(
    ("lang", "text", "finding"),
    [
        ("en", "thank you for everything", "thanks_all"),
        ("es", "gracias por todo", "thanks_all"),
        ("pt", "obrigada por tudo", "thanks_all"),
        ("fr", "merci pour tout", "thanks_all"),
        ("sw", "asanteni kwa kila kitu", "thanks_all"),
        ("hi", "सबका शुक्रिया", "thanks_all"),
        ("hi-latn", "sab kuch ke liye shukriya", "thanks_all"),
        ("en", "gave my dog to my cousin because I'm moving", "giving_away"),
        ("es", "el perro se lo regalé a mi primo porque me mudo", "giving_away"),
        ("pt", "o gato eu dei pra vizinha porque vou me mudar", "giving_away"),
        ("fr", "le chien, je l'ai donné à mon cousin, je déménage", "giving_away"),
        ("sw", "mbwa wangu nimempa jirani kwa sababu ninahama", "giving_away"),
    ],
)
def test_one_sign_alone_is_read_but_is_no_crisis(lang: str, text: str, finding: str) -> None:
    assessment = ENGINE.assess(text, lang)
    assert finding in assessment.present, (text, sorted(assessment.present))
    assert not assessment.crisis and assessment.level is not TriageLevel.EMERGENCY


@pytest.mark.parametrize(
    ("phone", "text", "emergency", "crisis"),
    [
        (
            "+447700900123",
            "the dog has gone to live with my neighbour. I won't be here tomorrow",
            "999",
            "116 123",
        ),
        (
            "+573001234567",
            "parce ya no doy más. le dejé escrito a mi tía dónde están los papeles del carro y la gata se la regalé a mi vecina. esta noche por fin descanso, gracias por todo",
            "123",
            "106",
        ),
        (
            "+5511987654321",
            "o gato eu dei pro meu primo, depois de hoje nada mais vai importar",
            "192",
            "188",
        ),
        (
            "+33612345678",
            "le chien, je l'ai confié à ma tante. demain je ne serai plus là",
            "15",
            "3114",
        ),
        ("+254712345678", "mbwa wangu nimempa jirani. kesho sitakuwepo", "999", "1199"),
        ("+919812345678", "kal main nahi rahungi, sabka shukriya", "112", "14416"),
    ],
)
def test_the_answer_gives_the_emergency_number_and_the_crisis_line(
    phone: str, text: str, emergency: str, crisis: str
) -> None:
    reply = Chat(phone).send(text)
    assert_well_formed(reply)
    assert reply.triage is TriageLevel.EMERGENCY, reply.texts
    assert emergency in reply.texts[0] and crisis in reply.texts[0], reply.texts[0]
