"""Emergencies read too low in the eleventh round (brief emerg11, 2026-12-06), in English,
Spanish, Portuguese and French.

Phrasings written for this test (not taken from any evaluation set):

- a scald with the skin come away or sliding off, or blistered and peeling over a large area
  (NHS burns and scalds: A&E for deep burns and burns bigger than the person's hand); a small
  scald with no blister is not;
- labour going on too long or obstructed: pushing for hours, the baby stuck, an arm or a foot
  out first (WHO, Managing complications in pregnancy and childbirth); a question about how
  long labour lasts is not;
- a child's chest or the skin under the ribs caving in as they breathe (NICE NG143 red, WHO
  IMCI chest indrawing);
- a fit told by its movements in Portuguese: eyes rolled, stiff then shaking, the whole body
  shaking with froth (NHS: what to do if someone has a seizure);
- bleeding told by counting pads or towels in a short time: urgent alone (NHS heavy periods),
  an emergency after a birth (NHS: your post-pregnancy body); a pad every few hours is not;
- suicidal intent with the means and a goodbye, letters or a time (NICE NG225, NHS help for
  suicidal thoughts); a friend texting bye before a trip or everything ready for a journey is not;
- cleaning liquid, field or weed products and rat poison drunk (NHS poisoning, WHO pesticide
  poisoning); keeping such a product at home is not;
- the chest said to be crushed by someone with a cold sweat (NHS heart attack), being unconscious
  but breathing in European Portuguese, a newborn barely woken, the cord seen in French;
- the same families in Haitian Kreyol, read with the French words (regional: Haiti), and its
  "what should I do if" asked ahead;
- the near miss of a healthy baby hard to wake for night feeds but feeding well, which stays
  below an emergency (NICE NG143: a baby who is feeding well is not "no response to social
  cues"), while a baby hard to wake and not feeding stays one.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, R, U

SCALDS = [
    "scalded my leg with hot oil, the skin has come away and it's white underneath",
    "my daughter got scalded by tea on her chest, skin is blistering and peeling off, big area",
    "she spilled a pan of boiling water on her legs and the skin slid off",
    "me quemé el brazo con agua hirviendo y se me está despegando la piel",
    "a mi hija le cayó café caliente en el pecho, tiene ampollas y se le pela la piel,"
    " es una zona grande",
    "se le cayó la olla de agua hirviendo en las piernas y se le desprendió la piel",
    "meu filho derrubou água fervendo em cima dele e a pele está saindo",
    "queimei o braço com água a ferver e a pele está a soltar-se",
    "mon petit s'est renversé la bouilloire dessus et la peau part",
    "la casserole d'eau bouillante est tombée sur ses jambes et la peau s'est détachée",
    "ma fille s'est renversé du thé brûlant sur la poitrine, cloques et la peau qui pèle,"
    " grande surface",
]

LABOUR = [
    "been pushing for 3 hours and nothing is happening",
    "the baby's arm came out first",
    "my sister is giving birth at home and the baby is stuck",
    "llevo 3 horas pujando y no pasa nada",
    "al bebé le salió primero el brazo",
    "mi hermana está dando a luz en casa y el bebé se atoró",
    "estou fazendo força há 3 horas e não acontece nada",
    "o braço do bebê saiu primeiro",
    "minha irmã está parindo em casa e o bebê ficou preso",
    "je pousse depuis 3 heures et rien ne se passe",
    "le bras du bébé est sorti en premier",
]

INDRAWING = [
    "toddler breathing fast and the skin under his ribs sinks in with every breath",
    "my daughter's chest caves in when she breathes",
    "el bebé hace ruido al respirar, respira rápido y se le mete la panza",
    "meu bebê está respirando muito rápido e o peito afundando",
    "o peito da minha filha afunda quando ela respira",
    "la poitrine de ma fille se creuse quand elle respire",
]

FITS_PT = [
    "os olhos dele reviraram e os braços estavam a tremer",
    "ela ficou dura e começou a se debater toda",
    "meu filho caiu e o corpo todo está tremendo e saindo espuma pela boca",
]

PADS_AFTER_BIRTH = [
    "después del parto estoy empapando toallas de sangre",
    "depois do parto estou encharcando toalhas de sangue",
    "après l'accouchement je trempe des serviettes de sang",
    "ella está empapando una compresa cada 15 minutos y se siente desmayar",
    "ela está encharcando um absorvente a cada 15 minutos e está quase desmaiando",
    "elle trempe une serviette toutes les 15 minutes et elle se sent partir",
]

PADS_COUNTED = [
    "empapé 5 toallas en una hora",
    "estoy llenando una toalla cada 20 minutos y me siento mareada",
    "ya van 3 toallas en una hora y coágulos grandes",
    "encharquei 5 absorventes em uma hora",
    "estou a encher um penso a cada 20 minutos e sinto-me tonta",
    "já foram 3 toalhas em uma hora e coágulos grandes",
    "je remplis une serviette toutes les 20 minutes depuis ce matin",
    "j'ai trempé 5 serviettes en une heure",
    "mwen fin tranpe 5 kotèks nan yon èdtan",
]

CRISES = [
    "my brother texted saying bye, he's got a rope in the garage and says he's done",
    "she messaged me saying goodbye and says she's done, she has pills saved up",
    "mi hermano me escribió despidiéndose, tiene una soga en el garaje y dice que ya no puede más",
    "mi hija tiene pastillas guardadas y me mandó un mensaje despidiéndose",
    "já escrevi as cartas e tenho o veneno, vou fazer quando todos estiverem dormindo",
    "já tenho a corda, vou fazer quando todo mundo dormir",
    "oi queria perguntar da minha receita... nao, deixa. ja tenho tudo pronto, hoje acaba tudo."
    " diga aos meus filhos que amo eles",
    "j'ai écrit les lettres et j'ai le poison, je le fais quand tout le monde dort",
    "il a de la mort aux rats et il dit qu'il le fera quand tout le monde dormira",
]

OTHER_EMERGENCIES = [
    "el niño se tomó el líquido de limpiar y ahora vomita y está adormilado",
    "mi hijo se bebió el lavatrastes y está muy adormilado",
    "a criança bebeu detergente e agora está vomitando e sonolenta",
    "mon mari a bu du produit pour les champs",
    "elle a bu du poison contre les rats",
    "mon fils a avalé du désherbant",
    "siento que me aplastan el pecho y sudor frío",
    "es como si me estuvieran aplastando el pecho, estoy sudando frío",
    "comme si on m'écrasait la poitrine avec des sueurs froides",
    "on dirait qu'on me broie la poitrine, je suis en sueur",
    "a minha avó está a respirar mas não consigo acordá-la",
    "meu pai está respirando mas não conseguimos acordá-lo",
    "nouveau-né ne tète pas et très chaud, tellement somnolente que j'arrive à peine"
    " à la réveiller",
    "le bébé de 3 semaines ne boit plus et on arrive à peine à le réveiller",
    "j'ai perdu les eaux et je vois le cordon",
    "je sens le cordon qui sort",
    "mon fils est tombé et tout son corps tremble, il a de la mousse à la bouche",
]

KREYOL = [
    "gòj mwen ap fèmen",
    "li respire men li pa leve",
    "li bwè pwazon",
    "pitit mwen bwè klowoks kounye a, kisa pou m fè",
    "mwen gen tout grenn yo pare, aswè a m ap fini ak lavi a",
    "figi l de kote e li pa ka pale byen",
    "manman m pale lou, figi l kwochi",
    "mwen gen yon gwo presyon nan pwatrin mwen e m ap swe",
    "madanm mwen ap akouche depi 24 èdtan e tibebe a pa soti",
    "dlo cho tonbe sou pitit mwen e po a ap soti",
    "tibebe a ap respire vit vit e pwatrin li ap rantre",
]

STILL_EMERGENCIES = [
    "my baby is hard to wake and not feeding",
    "my 6 week old is very hard to wake, feeding poorly",
    "mi bebé de 2 meses no ha comido desde la mañana, 38.5 de fiebre y no se despierta",
    "meu bebê não quer mamar, está quente e não acorda direito",
    "mon bébé ne boit plus, il est brûlant et difficile à réveiller",
]

NEAR_MISSES = [
    ("my baby is hard to wake for feeds at night but feeding well", R),
    ("meu bebê é difícil de acordar para as mamadas da noite mas mama bem", R),
    ("mon bébé est difficile à réveiller pour les tétées la nuit mais il mange bien", R),
    ("small scald on my finger from the kettle, no blisters, skin is fine", None),
    ("me quemé un poco el dedo con la tetera, sin ampollas", None),
    ("queimei um pouco o dedo na chaleira, sem bolhas", None),
    ("je me suis un peu brûlé le doigt avec la bouilloire, pas de cloque", None),
    ("how long does labour usually last for a first baby", None),
    ("cuánto dura normalmente el parto del primer bebé", None),
    ("quanto tempo dura normalmente o trabalho de parto do primeiro filho", None),
    ("combien de temps dure un accouchement pour un premier bébé", None),
    ("mi regla es abundante, cambio la toalla cada 4 horas", None),
    ("minha menstruação é forte, troco o absorvente a cada 4 horas", None),
    ("mes règles sont abondantes, je change de serviette toutes les 4 heures", None),
    ("empapé una toalla con agua fría y me la puse en la frente", None),
    ("what should I do if she has a fit", None),
    ("my friend texted saying bye, she's off to Spain for a week", None),
    ("ja tenho tudo pronto para a viagem", None),
    ("j'ai du poison contre les fourmis, c'est dangereux pour le chat ?", None),
    ("j'ai du produit pour les champs dans le garage, comment le ranger ?", None),
    ("o remédio deixa ele sonolento", None),
    ("il tremble de tout son corps quand il a froid", None),
    ("on m'a serré la main", None),
    ("kisa pou m fè si li bwè pwazon", None),
    ("gòj mwen fè m mal", None),
    ("mwen swe anpil lè m ap travay", None),
    ("pitit mwen byen, li jwe", None),
    ("meu olho treme quando estou cansado", None),
]


@pytest.mark.parametrize(
    "text",
    SCALDS
    + LABOUR
    + INDRAWING
    + FITS_PT
    + PADS_AFTER_BIRTH
    + CRISES
    + OTHER_EMERGENCIES
    + KREYOL
    + STILL_EMERGENCIES,
)
def test_emergency(text: str) -> None:
    found = engine().assess(text, None)
    assert found.level is E, f"{text!r} -> {found.level}, {[f.id for f in found.fired]}"


@pytest.mark.parametrize("text", PADS_COUNTED)
def test_pads_counted_in_an_hour_are_urgent(text: str) -> None:
    found = engine().assess(text, None)
    assert found.level is U, f"{text!r} -> {found.level}, {[f.id for f in found.fired]}"
    assert "heavy_pv_bleed" in found.present


@pytest.mark.parametrize(("text", "level"), NEAR_MISSES)
def test_near_misses_stay_below(text: str, level: object) -> None:
    found = engine().assess(text, None)
    assert found.level is not E, f"{text!r} -> {found.level}, {[f.id for f in found.fired]}"
    if level is not None:
        assert found.level is level, f"{text!r} -> {found.level}"
    assert (
        "heavy_pv_bleed" not in found.present
        or "regla" in text
        or "menstrua" in text
        or "règles" in text
    )
