"""The NHS "see a GP if…" reason read beside a self-care topic (rout, 2026-12-07).

A self-care topic with its non-urgent reason said is routine, not "look after it at home":
a problem counted as coming back (a third UTI or thrush in months, gout flares, ear infections
4 or 5 times a year: NHS A–Z, NICE CKS recurrent UTI and otitis media, gout), a diabetic whose
yearly eye and foot checks are overdue (NICE NG28, NG19), a child snoring every night (NHS
adenoids), hearing getting gradually worse in an older person (NHS hearing loss), weight put on
with the cold felt all the time (NHS underactive thyroid). The plain self-care case stays
self-care (a first cold sore, one flare of known gout, a sore knee after a run, heartburn after
a big meal, an adult who snores), and words that look alike are not read as the sign: a gout
"दौरा" is not a fit, the Swahili "kidonda cha homa" (a cold sore) is not a fever, a snorer's
pause in sleep is not a collapse, "ça ne passe pas" (it does not go away) is not swallowing.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # --- a problem counted as coming back ---
    ("this is my 4th gout attack this year, the big toe again", R),
    ("another UTI, that's the 4th one this year", R),
    ("third water infection since march, the antibiotics work but here we go again", R),
    ("my 3 year old has had 4 ear infections since september", R),
    ("otra infección de orina, ya es la cuarta este año", R),
    ("tercera infección de orina desde enero, ya no sé qué hacer", R),
    ("mi hijo ya tuvo 4 otitis desde septiembre", R),
    ("já é a quarta crise de gota esse ano", R),
    ("mais uma infecção urinária, a quarta esse ano", R),
    ("meu filho já teve otite 5 vezes esse ano", R),
    ("encore une infection urinaire, la quatrième cette année", R),
    ("encore une mycose vaginale, la troisième en quelques mois", R),
    ("mon fils a eu 5 otites cette année", R),
    ("c'est ma 4e crise de goutte cette année", R),
    ("UTI imerudi tena, mara ya nne mwaka huu", R),
    ("mtoto wangu amepata maambukizi ya sikio mara 5 mwaka huu", R),
    ("पेशाब में इन्फेक्शन फिर से हो गया, इस साल चौथी बार", R),
    ("इस साल चौथी बार गठिया का दौरा पड़ा है, अंगूठे में", R),
    ("is saal chauthi baar gathiya ka daura pada hai", R),
    ("peshab me infection phir se ho gaya, is saal chauthi baar", R),
    # one flare or a first episode stays self-care
    ("i have gout, mild flare in my big toe today, taking my usual tablets", S),
    ("i've got a cold sore on my lip, first one ever", S),
    ("होंठ पर पहली बार छाला हुआ है", S),
    ("hoth par pehli baar chhala hua hai", S),
    ("nina kidonda cha homa mdomoni, mara ya kwanza", S),
    # --- a diabetic's yearly eye and foot checks overdue ---
    ("im diabetic and haven't had my eyes or feet checked in 2 years", R),
    ("sou diabético e faz 2 anos que não examino os olhos nem os pés", R),
    ("mimi ni mgonjwa wa kisukari sijapima macho wala miguu miaka 2", R),
    ("मुझे शुगर है, 2 साल से आंख और पैर की जांच नहीं कराई", R),
    ("mujhe sugar hai, 2 saal se aankh aur pair ki jaanch nahi karayi", R),
    # --- a child snoring every night; an adult's snoring alone stays self-care ---
    ("my 5 year old snores every night with her mouth open", R),
    ("mtoto wangu wa miaka 4 anakoroma kila usiku mdomo wazi", R),
    ("meu filho de 5 anos ronca toda noite de boca aberta", R),
    ("my husband snores every night", S),
    ("mume wangu anakoroma kila usiku", S),
    # a snorer's pauses in sleep are sleep apnoea; a baby's are an emergency
    ("mume wangu anakoroma na anaacha kupumua akiwa usingizini, analala kazini", R),
    ("mtoto mchanga anaacha kupumua akiwa usingizini", E),
    ("mtoto mchanga anaacha kupumua akiwa amelala", E),
    # --- hearing getting gradually worse; sudden loss stays urgent ---
    ("my dad is 75 and his hearing is getting worse, tv up loud", R),
    ("mi papá tiene 78 y cada vez oye menos", R),
    ("minha mãe tem 80 anos e tá ouvindo cada vez pior", R),
    ("ma mère entend de moins en moins", R),
    ("baba yangu ana miaka 75 na kusikia kwake kunapungua", R),
    ("दादी को सुनाई कम होता जा रहा है", R),
    ("i suddenly lost the hearing in my left ear this morning", U),
    # --- weight put on and always cold (underactive thyroid) ---
    ("putting on weight for no reason and always feeling cold, tired all the time", R),
    ("estoy subiendo de peso sin razón y siempre tengo frío", R),
    ("tô engordando sem motivo e sinto frio o tempo todo", R),
    ("je prends du poids sans raison et j'ai tout le temps froid", R),
    ("naongezeka uzito bila sababu na nasikia baridi kila wakati", R),
    ("बिना वजह वजन बढ़ रहा है और हमेशा ठंड लगती है", R),
    ("bina wajah wajan badh raha hai aur hamesha thand lagti hai", R),
    # --- heartburn for weeks despite Gaviscon; once after a big meal stays self-care ---
    (
        "brûlures d'estomac tous les jours depuis 6 semaines, je prends du gaviscon et ça ne "
        "passe pas",
        R,
    ),
    ("bit of heartburn after a big curry last night", S),
    ("brûlures d'estomac après un gros repas hier soir", S),
    ("my knee is sore after a run two days ago", S),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)
