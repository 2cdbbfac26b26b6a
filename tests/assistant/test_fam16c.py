"""Same-day families carried across languages (fam16c, round-16 preparation).

Each family is one clinical concept, checked in English, Spanish, Portuguese, French, Swahili and
Hindi (Devanagari and Latin letters), with harmless neighbours:

- a newborn yellow in the first day, or born yesterday and yellow now (NICE CG98: same day);
  pus or swollen lids in a newborn's eyes (NICE CKS conjunctivitis: same day);
- a deep cut that gapes (NHS cuts and grazes), never read as self-harm when it is an accident;
- cholera named as had or caught, with watery stools (WHO cholera fact sheet: a clinic today);
- a child with diarrhoea and no tears or a dry mouth (WHO IMCI some dehydration, NHS
  dehydration: a GP urgently), while sunken eyes with a floppy child stay an emergency;
- a joint after an injury that cannot be walked on, bent or straightened (NHS sprains and
  strains, broken arm or wrist: urgent care);
- a sexual assault told with other words (NHS help after rape and sexual assault);
- a child's cough with fast breathing (WHO IMCI pneumonia: same day);
- Parkinson's medicine doses missed or the tablets not taken (Parkinson's UK, NICE NG71:
  parkinsons_medicine_missed).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # --- a newborn yellow early; pus in a newborn's eyes
    ("nuestra bebita amaneció amarillita, nació anteayer", "es", U),
    ("la niña nació ayer y ya tiene la piel amarilla", "es", U),
    ("meu filho nasceu ontem e a pele dele está amarelada", "pt", U),
    ("notre fille est née hier et elle est jaune ce soir", "fr", U),
    ("mwanangu alizaliwa jana na leo ngozi yake ni ya njano", "sw", U),
    ("बेटी कल ही पैदा हुई और आज चेहरा पीला दिख रहा है", "hi", U),
    ("beti kal hi paida hui aur ab peeli dikh rahi hai", "hi", U),
    ("नवजात बेटा जन्म के कुछ घंटों में ही पीला पड़ गया", "hi", U),
    ("mi bebé de 9 días tiene los ojitos con pus", "es", U),
    ("nenê de 12 dias, os olhinhos cheios de secreção amarela", "pt", U),
    ("mtoto wa siku 9 anatoa usaha machoni tangu jana", "sw", U),
    ("15 din ki beti ki aankhon se mawad nikal raha hai", "hi", U),
    ("12 दिन के बेटे की आंखों से मवाद निकल रहा है", "hi", U),
    # --- a deep cut that gapes, not self-harm
    ("je me suis coupé profondément le pouce en cuisinant, la plaie s'ouvre", "fr", U),
    ("je me suis coupée salement au mollet avec une tôle, ça bâille", "fr", U),
    # --- cholera named
    ("acho que a minha avó pegou cólera, diarreia aguada o dia todo", "pt", U),
    ("creo que mi tío tiene cólera, diarrea como agua desde anoche", "es", U),
    # --- a child with diarrhoea and no tears: urgent; floppy with sunken eyes: emergency
    ("my 14 month old has had diarrhoea since yesterday and cries without any tears", "en", U),
    ("toddler with the runs all day, no tears when crying, still playing", "en", U),
    ("my baby has diarrhoea, his eyes are sunken and he is floppy", "en", E),
    # --- a joint after an injury that cannot take weight, bend or straighten
    ("bumped my elbow on the door frame hard and now I can't straighten my arm", "en", U),
    ("me lastimé la rodilla jugando y no puedo caminar, se hinchó", "es", U),
    ("machuquei o joelho no futebol e não consigo pisar", "pt", U),
    ("chute dans l'escalier, je ne peux plus marcher sur le pied gauche", "fr", U),
    ("nimeumia goti nikicheza mpira na siwezi kutembea", "sw", U),
    ("कोहनी पर गिरने से चोट लगी, हाथ सीधा नहीं हो रहा", "hi", U),
    ("kohni me chot lagi hai, haath seedha nahi ho raha", "hi", U),
    # --- a sexual assault in other words
    ("anoche me agredieron sexualmente al salir del bar", "es", U),
    ("minha amiga foi atacada sexualmente ontem à noite", "pt", U),
    ("rafiki yangu alinyanyaswa kingono jana usiku", "sw", U),
    ("कल रात मेरे साथ यौन हमला हुआ, क्या करूं", "hi", U),
    ("kal raat mere saath yaun hamla hua, kya karun", "hi", U),
    # --- a child's cough with fast breathing
    ("3 साल की बेटी को खांसी है और जल्दी जल्दी सांस ले रही है", "hi", U),
    ("beti 3 saal ki hai, khansi hai aur tez tez saans le rahi hai", "hi", U),
    ("mi hija de 4 años tiene tos y cuenta 45 respiraciones por minuto", "es", U),
    # --- harmless neighbours
    ("me corté un poco el dedo pelando papas, ya no sangra", "es", S),
    ("je me suis coupé légèrement en me rasant, c'est rien", "fr", S),
    ("me da cólera que nadie me escuche en casa", "es", R),
    ("torci o tornozelo de leve, dói um pouco mas ando normal", "pt", S),
    ("mwanangu wa miaka 6 ana kikohozi kidogo, anapumua vizuri na anacheza", "sw", S),
    ("5 saal ke bete ko halki khansi hai, saans normal hai", "hi", S),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


NOT_EMERGENCY: list[tuple[str, str | None]] = [
    # an accidental deep cut is not self-harm
    ("je me suis coupé profondément la main avec le couteau à pain", "fr"),
    # no tears with diarrhoea is a dehydration sign, not sunken eyes
    ("baby has diarrhoea and cries with no tears, still feeding", "en"),
    # a sexual assault years ago, told to support a friend
    ("my friend was sexually assaulted years ago, how do I support her", "en"),
    # a sprain that can still be walked on
    ("me torcí el tobillo pero puedo caminar", "es"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str | None) -> None:
    assert_not_emergency(rules(), text, language)


# Parkinson's doses missed or the tablets not taken
PARKINSON: list[tuple[str, str | None, TriageLevel]] = [
    ("mi abuelo con párkinson se saltó dos dosis de levodopa y está muy rígido", "es", U),
    ("meu avô tem Parkinson e pulou as doses de hoje, está todo travado", "pt", U),
    ("mon grand-père parkinsonien a sauté ses prises de la journée, il est raide", "fr", U),
    ("babu ana parkinson na amekosa dozi za leo, amekuwa mgumu kutembea", "sw", U),
    ("दादाजी को पार्किंसन है, सुबह की दवा की खुराक छूट गई और शरीर अकड़ गया", "hi", U),
    ("dadaji ko parkinson hai, subah ki goli nahi le paye, chal nahi pa rahe", "hi", U),
    ("grandad with Parkinson's hasn't been able to swallow his tablets since breakfast", "en", U),
    ("¿a qué hora conviene tomar la levodopa, antes o después de comer?", "es", R),
]


@pytest.mark.parametrize(("text", "language", "want"), PARKINSON)
def test_parkinson_doses_missed(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)
