"""Over-triage from a word read in the wrong sense (over11b, 2026-12-06), each family tested on
both sides with our own phrasings; the rules are tested without the similarity layer.

- "la rentrée" (back to school) is not the tummy sinking in; a chest or tummy caving in still is
  (NICE NG143 chest indrawing);
- "गोली चल रही है" (a course of tablets going on) is not a gunshot; "गोली चली" still is;
- the whole body stiff after the gym is sore muscles (NHS exercise); hands and feet stiffening,
  the body jerking, is still a fit;
- "seizure meds" / "seizure-free" are not a fit; a seizure happening still is;
- "estoy tomando losartán" is taking a medicine, not drinking; a medicine question in Spanish or
  French (can I take X with Y, how long between doses) is the pharmacist's (self-care);
- "so bunged up down below" is constipation, not low mood; straining to poo is
  constipation (NHS constipation);
- spots that won't go away with no treatment tried are a pharmacist's first (NHS acne), tried
  and failed stay a GP's;
- deafness with the telly on full blast, not admitted, is gradual (a GP's); sudden deafness is
  urgent (NHS hearing loss).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ENGINE = rules()

NOW: list[tuple[str, str, TriageLevel]] = [
    # la rentrée
    (
        "fr",
        "ma fille de 9 ans a souvent mal au ventre le matin avant l'école depuis la rentrée, "
        "le week-end ça va",
        R,
    ),
    ("fr", "mon fils a mal au ventre tous les matins depuis la rentrée des classes", R),
    (
        "fr",
        "depuis la rentree mon garcon de 8 ans se plaint du ventre avant de partir a l ecole",
        R,
    ),
    # a course of tablets
    ("hi", "थायरॉइड की गोली चल रही है, 6 महीने हो गए, अगला टेस्ट कब कराना है?", R),
    ("hi", "बीपी की गोली चल रही है दो साल से, कब तक लेनी है", R),
    ("hi", "thyroid ki goli chal rahi hai 6 mahine se, agla test kab karwana hai", R),
    # stiff after the gym
    ("hi", "kal gym gaya tha, aaj poori body akad gayi hai", S),
    ("hi", "pehli baar workout kiya, pura sharir akad gaya hai aaj", S),
    ("hi", "कल जिम में बहुत कसरत की, आज पूरा शरीर अकड गया है", S),
    # seizure medicines
    ("en", "ran out of my seizure meds, my refill didn't go through", R),
    ("en", "can I take ibuprofen with my seizure meds", R),
    (
        "en",
        "my daughter has been seizure free for 2 years on her tablets, when is her next review",
        R,
    ),
    # Spanish and French medicine questions
    ("es", "puedo tomar paracetamol si estoy tomando losartán para la presión?", S),
    ("es", "estoy tomando metformina, puedo tomar ibuprofeno para el dolor de cabeza?", S),
    ("es", "se puede tomar ibuprofeno con enalapril?", S),
    ("es", "cada cuanto puedo tomar paracetamol", S),
    ("fr", "combien de temps faut attendre entre deux doses d'ibuprofène?", S),
    ("fr", "quel délai entre deux prises de doliprane ?", S),
    # constipation
    ("en", "so bunged up down below, not been for 3 days, what can i have", S),
    ("en", "32 weeks pregnant, havent had a poo in 4 days, what's safe to take", S),
    ("en", "my 3 month old strains and goes red when pushing to poo but it comes out soft", S),
    # acne
    ("en", "pimples on my face wont go away, what cream po", S),
    ("en", "spots on my chin that wont clear up, what should i buy", S),
    # gradual deafness
    ("en", "me husband is 71 and gone quite deaf, telly up full blast, wont admit it", R),
    ("en", "my dad has the tv on full blast and keeps saying pardon, he's 78", R),
]

STILL: list[tuple[str, str, TriageLevel]] = [
    ("fr", "mon bébé respire vite et son ventre se creuse sous les côtes", E),
    ("fr", "ma fille de 2 ans respire mal, on voit les côtes qui rentrent", E),
    ("hi", "मेरे भाई को गोली लगी है, बहुत खून बह रहा है", E),
    ("hi", "bazaar me goli chali, mere dost ko goli lag gayi", E),
    ("hi", "बच्चे के हाथ पैर अकड गए और आंखें ऊपर चढ गई", E),
    ("hi", "bacche ka sharir jhatke kha raha hai aur hosh nahi", E),
    ("en", "my son is having a seizure right now", E),
    ("en", "she had a seizure for the first time, she's 30", E),
    ("es", "estoy tomando mucho, como 10 cervezas al día", R),
    ("en", "feeling really down for weeks, crying every day", R),
    ("en", "constipated for 2 months now and tummy keeps hurting", R),
    ("en", "acne for years, tried everything from the pharmacy and nothing works", R),
    ("en", "suddenly gone deaf in my right ear since this morning", U),
]


@pytest.mark.parametrize(("language", "text", "want"), NOW + STILL)
def test_level(language: str, text: str, want: TriageLevel) -> None:
    assert_level(ENGINE, text, want, language)
