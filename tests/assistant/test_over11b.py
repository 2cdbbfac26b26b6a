"""Over-triage from a word read in the wrong sense (over11b, 2026-12-06), each family tested on
both sides with our own phrasings; the rules are tested without the similarity layer.

- "la rentrée" (back to school) is not the tummy sinking in; a chest or tummy caving in still is
  (NICE NG143 chest indrawing);
- "गोली चल रही है" (a course of tablets going on) is not a gunshot; "गोली चली" still is;
- the whole body stiff after the gym is sore muscles (NHS exercise); hands and feet stiffening,
  the body jerking, is still a fit;
- "seizure meds" / "seizure-free" are not a fit; a seizure happening still is; out of epilepsy
  medicine with no fit said is urgent (a supply the same day, NHS epilepsy treatment);
- "estoy tomando losartán" is taking a medicine, not drinking; a medicine question in Spanish or
  French (can I take X with Y, how long between doses) is the pharmacist's (self-care);
- "so bunged up down below" is constipation, not low mood; straining to poo is
  constipation (NHS constipation);
- spots that won't go away with no treatment tried are a pharmacist's first (NHS acne), tried
  and failed stay a GP's;
- deafness with the telly on full blast, not admitted, is gradual (a GP's); sudden deafness is
  urgent (NHS hearing loss).

Self-care that was read as not understood: athlete's foot in Caribbean English, a cold sore
("fueguito"), chapped lips, Québec heartburn ("brûlements"), seasonal hay fever (hi-latn),
watery stools while drinking well and a small oil burn (sw), period cramps with an ibuprofen
question (pt), a small ankle twist (es); their danger signs still fire.
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
    # out of epilepsy medicine, no fit said: a supply the same day (NHS epilepsy treatment)
    (
        "en",
        "ran out of my seizure meds, my refill didn't go through and I missed yesterday's dose",
        U,
    ),
    ("en", "my epilepsy tablets have run out and the pharmacy cant get them till monday", U),
    ("en", "my son has epilepsy and we've run out of his keppra", U),
    ("es", "tengo epilepsia y se me acabaron las pastillas", U),
    ("fr", "je suis épileptique et je n'ai plus de médicaments depuis hier", U),
    ("fr", "plus de dépakine pour mon fils épileptique", U),
    ("pt", "meu remédio acabou, tenho epilepsia", U),
    ("pt", "tenho epilepsia e acabou meu remédio", U),
    ("sw", "nina kifafa na dawa zangu za kifafa zimeisha", U),
    ("sw", "dawa za kifafa zimeisha tangu jana", U),
    ("hi", "mirgi ki dawa khatam ho gayi hai, kal se nahi li", U),
    ("hi", "मिर्गी की दवा खत्म हो गई है", U),
    ("sw", "nimeishiwa na dawa za kifafa", U),
    ("en", "ran out of my blood pressure tablets, need a repeat", R),
    ("es", "tengo epilepsia, cuando me toca la próxima revisión", R),
    ("hi", "mirgi ki dawa kab tak leni padegi", R),
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
    ("pt", "espinhas no rosto que nao saem, que creme posso usar", S),
    ("es", "granos en la cara que no se quitan, qué crema uso", S),
    ("fr", "des boutons sur le visage qui partent pas, quelle crème acheter", S),
    ("sw", "chunusi usoni hazipotei, nitumie krimu gani", S),
    # gradual deafness
    ("en", "me husband is 71 and gone quite deaf, telly up full blast, wont admit it", R),
    ("en", "my dad has the tv on full blast and keeps saying pardon, he's 78", R),
    # self-care read as not understood: athlete's foot in Caribbean English (NHS athlete's foot)
    ("en", "mi foot dem a itch between di toe dem an di skin a peel", S),
    ("en", "skin between me toe dem white and itchy", S),
    ("en", "between di toe dem crack up and itch bad", S),
    # a cold sore coming up, "un fueguito" (NHS cold sores)
    ("es", "me está saliendo un fueguito en el labio", S),
    ("es", "tengo ampollitas en el labio que pican", S),
    ("es", "me pica y me arde el labio, me está saliendo un fueguito como siempre", S),
    # chapped lips (NHS: lip balm, ask a pharmacist)
    ("en", "my lips are so chapped and cracked from the wind", S),
    ("en", "chapped lips wont heal, what can i put on them", S),
    ("fr", "j'ai les lèvres toutes gercées avec le froid", S),
    ("fr", "gerçures aux lèvres depuis une semaine, quoi mettre", S),
    ("fr", "mon père a 72 ans, il a les lèvres gercées et fendues au coin à cause du vent", S),
    # heartburn, Québec "brûlements d'estomac" (NHS heartburn and acid reflux)
    ("fr", "j'ai mangé trop épicé hier soir pis j'ai des brûlements d'estomac, quoi prendre?", S),
    ("fr", "des brûlements d'estomac après les repas, qu'est-ce que je peux prendre", S),
    ("fr", "chu pogné avec des brûlements d'estomac à soir", S),
    # hay fever: every year in this season (NHS hay fever)
    ("hi", "har saal is mausam mein aankh mein khujli aur paani aata hai, chheenke bhi", S),
    ("hi", "हर साल इस मौसम में आंखों में खुजली और पानी आता है", S),
    ("hi", "har saal holi ke baad naak behti hai aur chheenk aati hai", S),
    # watery stools, drinking well (NHS diarrhoea and vomiting)
    ("sw", "nimeenda choo mara tatu leo ni maji maji, nakunywa maji na najiskia sawa", S),
    ("sw", "choo ni kama maji maji tangu jana lakini nakula vizuri", S),
    # a small burn from oil or an iron, red only (NHS burns and scalds)
    ("sw", "nimechomwa na mafuta ya kupika mkononi, sehemu ndogo, ni nyekundu tu", S),
    ("sw", "nimechomwa na pasi kidogo kwenye kidole, ni nyekundu tu", S),
    # strong period cramps, asking about ibuprofen (NHS period pain)
    ("pt", "a menstruação chegou e a cólica tá forte, posso tomar ibuprofeno?", S),
    ("pt", "minha menstruação veio hoje e a cólica está forte demais", S),
    # a small twist, walking fine (NHS sprains and strains)
    (
        "es",
        "me doblé un poquito el tobillo bajando la escalera, se hinchó poco y puedo caminar bien",
        S,
    ),
    ("es", "se torció un poco el tobillo jugando, camina normal", S),
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
    ("en", "my acne has been there for months and wont go away", R),
    ("hi", "muhase bahut zyada hain aur cream se farak nahi pad raha", R),
    ("pt", "espinhas no rosto, passei pomada da farmacia um mes e nada", R),
    ("hi", "बच्चे का शरीर अकड गया और 10 मिनट से कांप रहा है रुक नहीं रहा", E),
    ("sw", "alichomwa kisu tumboni anavuja damu", E),
    # scare 2026-12-07: a sore arm the day after a jab is its common side effect (NHS vaccine
    # side effects: the vaccine_reactions topic), no longer "not understood"
    ("sw", "nimechomwa sindano jana na mkono unauma kidogo", S),
    ("pt", "a menstruação desceu e tá muito forte, encharcando o absorvente toda hora", U),
    ("es", "me torcí feo el tobillo y no puedo apoyar el pie nada", U),
]


@pytest.mark.parametrize(("language", "text", "want"), NOW + STILL)
def test_level(language: str, text: str, want: TriageLevel) -> None:
    assert_level(ENGINE, text, want, language)
