"""Spanish, Portuguese and French families behind the fourteenth round's misses (2026-12-06).

The families: a lethal-dose question put as falling asleep and not waking (NICE NG225, NHS help
for suicidal thoughts); a whole pack taken, the tablets named in English (Spanglish; NHS
overdose); arterial bleeding, spurting or soaking one cloth after another (NHS first aid,
severe bleeding; "a chorro" is spurting, only "el chorro" alone is slang for diarrhoea); a
scald from a pot or pan with skin coming off on a small child (NHS burns and scalds); a fall
off a motorbike with vomiting, drowsiness or one pupil bigger, the pupil said in lay words
(NICE NG232); a boy's sudden pain "down there" with vomiting (NICE CKS scrotal pain: torsion);
a Haitian Kreyol goodbye with the means bought (NICE NG225, WHO pesticide self-poisoning);
a baby moving less said verb first (NHS your baby's movements); red, hot skin spreading from
one joint to the next or with a fever (NHS cellulitis); blisters on one side by the eye (NHS
shingles); a stinging wee in pregnancy (NHS UTIs); a grinder's fragment in the eye (NHS eye
injuries). The neighbours stay low: a hangover said as "I'm going to die" or "head
exploding", a dry mouth "like sandpaper", a cold before an exam, grit washed from the eye,
the hand shaken out at night (carpal tunnel), a wrist tender over the bone, low back pain.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # --- lethal-dose questions, the end said as sleeping and not waking
    (
        "cuantas pastillas de ibuprofeno necesito para dormirme y ya no despertar? tengo una caja",
        "es",
        E,
    ),
    ("cuántos diazepam hacen falta pa quedarse dormida y no despertar nunca", "es", E),
    ("quantos comprimidos de rivotril precisa pra dormir e nunca mais acordar", "pt", E),
    ("combien il faut de somnifères pour dormir et plus jamais se réveiller ?", "fr", E),
    ("combien de comprimés faut il pour m'endormir et ne plus me réveiller", "fr", E),
    # --- a whole pack taken, Spanglish
    ("me tome toda la caja de pills de mi dad y me siento con mucho sueño", "es", E),
    ("se trago todo el frasco de meds de su abuela, esta muy mareado", "es", E),
    # --- arterial bleeding
    ("a mi primo lo cortaron en el brazo y la sangre sale a chorro", "es", E),
    ("le brota la sangre como brincando de la pierna, no para", "es", E),
    ("se cortó con la sierra y la sangre salta, ya llevamos dos trapos empapados", "es", E),
    ("tengo chorro desde ayer, tomo suero y ya me siento mejor", "es", S),
    # --- scalds on small children
    (
        "a mi bebe de 2 años se le volcó el cazo de la sopa encima y se le está pelando la piel",
        "es",
        E,
    ),
    (
        "a la nena de 3 años le cayó la olla de frijoles encima, toda la panza, "
        "la piel se le levanta",
        "es",
        E,
    ),
    (
        "meu filho de 2 anos derrubou a chaleira de água fervendo no braço e a pele tá soltando",
        "pt",
        E,
    ),
    (
        "minha filha de 4 anos derrubou o cafe quente no braço, ficou vermelhinho, sem bolha",
        "pt",
        U,
    ),
    # --- falls off a motorbike: drowsy, vomiting, one pupil bigger
    ("mi hermano se cayó de la moto, vomitó y está muy dormido, no despierta bien", "es", E),
    ("il est tombé de sa moto, il a vomi et il est difficile à réveiller", "fr", E),
    ("meu tio caiu da moto e a menina do olho direito tá maior que a outra", "pt", E),
    ("se cayó de la moto y tiene la niña del ojo izquierdo más grande", "es", E),
    ("il est tombé de scooter et le noir de l'oeil gauche est plus gros que l'autre", "fr", E),
    # --- a boy's sudden pain "down there"
    ("mon fils de 12 ans a une douleur atroce en bas d'un coup et il a vomi", "fr", E),
    ("meu filho de 13 anos tá com uma dor fortíssima lá embaixo de repente e vomitou", "pt", E),
    ("mi hijo de 11 años tiene un dolor horrible ahí abajo de repente, está vomitando", "es", E),
    ("j'ai mal en bas du dos depuis que j'ai porté des cartons", "fr", S),
    ("ma fille a mal en bas du ventre depuis deux jours, pas de fièvre", "fr", R),
    # --- Haitian Kreyol goodbye with the means
    ("Mwen bouke ak lavi. M achte grenn rat. Pa chèche m", "fr", E),
    ("M pa ka ankò, m gen pwazon rat la nan sak mwen, di papa m mwen renmen l", "fr", E),
    ("M ap voye mesaj sa a pou m di nou tout orevwa. Mwen pa kapab ankò", "fr", E),
    # --- a baby moving less, said verb first
    ("je suis à 32 semaines et je sens beaucoup moins bouger le bébé aujourd'hui", "fr", E),
    ("à 35 semaines, je le sens moins bouger depuis hier", "fr", E),
    ("je suis à 30 semaines, je sens moins bouger mon petit depuis ce matin", "fr", E),
    # --- cellulitis spreading up a limb, or red hot leg with a fever
    (
        "me picó un zancudo y ahora tengo el pie rojo desde el tobillo hasta media pierna, "
        "caliente",
        "es",
        U,
    ),
    ("la pierna esta roja y caliente y me duele al caminar, tengo fiebre de 38.2", "es", U),
    ("minha perna ficou vermelha do tornozelo até o joelho, quente e doendo", "pt", U),
    ("j'ai la jambe rouge de la cheville jusqu'au genou, chaude et douloureuse", "fr", U),
    # --- shingles by the eye, the word not said
    ("ma mère a des petites cloques sur la tempe et la paupière d'un seul côté, ça brûle", "fr", U),
    (
        "mon père a des petites bulles qui brûlent sur le front et la paupière d'un seul côté",
        "fr",
        U,
    ),
    ("tiene ampollitas en la frente y el párpado de un solo lado", "es", U),
    ("j'ai une ampoule au talon à cause de mes nouvelles chaussures", "fr", S),
    # --- a stinging wee in pregnancy
    ("to grávida de 5 meses, faço xixi toda hora e arde no final", "pt", U),
    ("estoy embarazada de 6 meses y me arde al ir al baño con la orina", "es", U),
    ("tenho 7 meses de gravidez e me arde ao fazer xixi", "pt", U),
    # --- a fragment in the eye from a grinder; grit washed out
    (
        "estava cortando ferro com a esmerilhadeira sem óculos e entrou um negocinho no olho",
        "pt",
        E,
    ),
    ("tava lixando metal com a makita e entrou uma lasquinha no olho", "pt", E),
    ("entrou um cisco no olho", "pt", S),
    ("caiu um cisco no olho e já saiu, só ficou vermelhinho", "pt", S),
    # --- tinnitus
    ("tenho um apito nos ouvidos há meses, escuto bem", "pt", R),
    # --- neighbours: word senses
    ("je vais mourir, trop bu hier soir, mal au crâne, je garde l'eau", "fr", S),
    ("ce soir je vais mourir, j'ai les cachets", "fr", E),
    ("j'ai décidé de mourir, j'ai tout préparé", "fr", E),
    ("tengo la boca como lija y me late la cabeza despues de la fiesta", "es", S),
    ("al niño le salio un sarpullido rasposo como lija en el pecho con fiebre", "es", U),
    ("je suis enrhumé depuis 3 jours, je prends quoi pour tenir ?", "fr", S),
    ("je bois pour tenir le coup depuis des mois", "fr", R),
    ("passei a noite bebendo, cabeça explodindo, boca seca, já tô tomando água", "pt", S),
    ("caí e o pulso inchou, dói muito se toco no osso", "pt", U),
    ("a barriga tá dura e dói muito quando aperto", "pt", E),
    ("por las noches se me duermen los dedos y me despierto sacudiendo la mano", "es", R),
    ("empezó a sacudir los brazos y las piernas y no responde", "es", E),
    ("the gas cylinder exploded and he has burns on his arms", "en", E),
    ("hungover, my head is exploding and my mouth is dry, drinking water now", "en", S),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)
