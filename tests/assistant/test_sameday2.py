"""Same-day (urgent) complaints told in other words, across languages (sameday2, 2026-12-07).

The family: a missed dialysis session with swelling (NHS dialysis: call the unit today;
breathless, chest pain or a racing heart after it is 999), a baby moving less told as "barely
kicking", "very quiet", "ne donne presque plus de coups", "hapigi mateke" (NHS your baby's
movements; recognition only: the knowledge base keeps its reduced_movements record at
emergency), a dark curtain, veil or shadow over one eye's sight (NHS detached retina: urgent,
the same day; sudden, or with a stroke sign, 999), quinsy with a mouth hard to open (NHS quinsy:
an urgent GP appointment; NHS sore throat keeps 999 for drooling, not swallowing spit, or
difficulty breathing), a dental abscess with the face swollen and a temperature (NHS dental
abscess: urgent; an eye swollen shut, breathing or swallowing trouble 999), type 1 diabetes
with small or moderate ketones and no other sign (NHS diabetic ketoacidosis: 1.6 to 2.9 mmol/L,
call the diabetes team; 3 or more, vomiting or fast breathing, A&E), and mild altitude
symptoms (NHS altitude sickness: rest, do not go higher). An older person newly confused with
a urine infection stays an emergency, as the knowledge base has it (NHS sepsis: acting
confused is 999; NICE NG51: new altered mental state is a high-risk criterion).
Traps: a question about what happens if dialysis is missed, a cataract's white veil over a
year, long-standing floaters, a past detached retina, ketones of 3 or more in a child.
"""

from __future__ import annotations

import pytest

from selfcare.assistant import Assistant
from selfcare.assistant.invariants import MemoryStore, _message
from selfcare.events import TriageLevel
from tests.assistant.support import UK, E, R, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # missed dialysis (Kidney Care UK / renal units: missed session -> contact unit today;
    # breathless, chest pain -> 999)
    ("skipped my dialysis session on monday and now my legs are swollen, breathing ok", U),
    ("I missed haemodialysis yesterday because of the bus strike, feet more puffy than usual", U),
    ("nurse note: 58M on HD, missed Friday session, ankle oedema +, no SOB, alert", U),
    ("falté a la diálisis ayer y tengo los pies más hinchados, respiro bien", U),
    ("perdi a hemodiálise ontem e meus tornozelos incharam, sem falta de ar", U),
    ("j'ai raté ma dialyse hier, j'ai les chevilles gonflées, pas d'essoufflement", U),
    ("nimekosa dialysis jana, miguu imevimba lakini napumua vizuri", U),
    ("kal dialysis chhoot gaya, pairon me sujan badh gayi hai, saans theek hai", U),
    ("कल डायलिसिस छूट गया, पैरों में सूजन आ गई है, सांस ठीक है", U),
    ("missed two dialysis sessions, legs swollen and now I can't catch my breath lying down", E),
    ("faltó a dos diálisis, está hinchado y le falta mucho el aire", E),
    # reduced fetal movements (NHS: call midwife / maternity unit straight away; recognition only:
    # the KB record's level is emergency, kept)
    ("34 weeks and the baby has hardly moved today", E),
    ("30 wks pregnant, baby very quiet since last night, not moving like usual", E),
    ("mi bebé casi no se mueve hoy, tengo 32 semanas", E),
    ("estou de 35 semanas e o bebê quase não mexeu hoje", E),
    ("enceinte de 33 semaines, le bébé bouge beaucoup moins depuis ce matin", E),
    ("nina mimba ya wiki 32, mtoto hachezi kama kawaida tangu jana", E),
    ("8 mahine ki pregnancy hai, aaj baby bilkul kam hil raha hai", E),
    ("मैं 34 हफ्ते की गर्भवती हूं, आज बच्चा बहुत कम हिल रहा है", E),
    ("33 weeks and the baby is barely kicking today", E),
    ("hardly any kicks today at 35 weeks", E),
    ("31 semanas, el bebé casi no patea desde ayer", E),
    ("tengo 34 semanas y hoy el bebé está muy quieto", E),
    ("estou com 33 semanas e o bebê quase não chuta hoje", E),
    ("36 semanas, o bebê está muito quieto hoje, não mexe como antes", E),
    ("34 semaines, le bébé ne donne presque plus de coups de pied depuis ce matin", E),
    ("enceinte de 32 semaines, bébé très calme aujourd'hui, il ne bouge pas comme d'habitude", E),
    ("mimba ya wiki 34, mtoto hapigi mateke kama kawaida leo", E),
    ("wiki 33, mtoto amekuwa kimya leo hachezi", E),
    ("33 hafte ki pregnancy, aaj baby bahut kam laat maar raha hai", E),
    ("35 हफ्ते हो गए, आज बच्चा पेट में बिल्कुल शांत है, हिल नहीं रहा", E),
    ("16 weeks pregnant, first baby, not felt any kicks yet, is that normal?", R),
    # retinal detachment (NHS detached retina: flashes, new floaters, shadow/curtain -> urgent)
    (
        "a dark shadow like a curtain is creeping across the vision of my right eye since "
        "this morning",
        U,
    ),
    ("sudden shower of new floaters and flashes of light in my left eye, no pain", U),
    ("pt reports grey veil over lower half of vision L eye x 1 day, painless", U),
    ("tengo como una cortina negra que baja en la vista del ojo izquierdo, no me duele", U),
    ("veo destellos de luz y muchas moscas volantes nuevas en un ojo desde ayer", U),
    ("apareceu uma sombra cobrindo parte da visão do meu olho direito, sem dor", U),
    ("estou vendo flashes de luz e pontinhos pretos novos no olho esquerdo", U),
    ("depuis hier j'ai un rideau noir qui cache une partie de la vue de mon oeil droit", U),
    ("je vois des éclairs et plein de nouvelles mouches devant un oeil", U),
    ("naona kama pazia jeusi linashuka kwenye jicho langu la kushoto", U),
    ("ek aankh ke aage kala parda sa aa raha hai, dard nahi hai", U),
    ("एक आंख में अचानक चमक और काले धब्बे तैरते दिख रहे हैं", U),
    ("I suddenly can't see anything at all out of my right eye", E),
    ("i've had the same couple of floaters for years, nothing new, just curious", R),
    # quinsy (NHS quinsy: urgent GP/111; difficulty breathing -> 999)
    (
        "sore throat getting worse, one side is really swollen, voice sounds muffled and "
        "I can hardly open my mouth",
        U,
    ),
    (
        "my 14 yo has tonsillitis, now can barely swallow and talks like he has a hot "
        "potato in his mouth, breathing fine",
        U,
    ),
    (
        "dolor de garganta muy fuerte de un solo lado, casi no puedo abrir la boca y la "
        "voz me sale rara",
        U,
    ),
    ("dor de garganta de um lado só, não consigo abrir a boca direito e a voz ficou abafada", U),
    (
        "angine depuis 5 jours, gorge gonflée d'un côté, je n'arrive presque plus à "
        "ouvrir la bouche",
        U,
    ),
    ("koo linauma upande mmoja, nimevimba, siwezi kufungua mdomo vizuri na sauti imebadilika", U),
    ("गले में एक तरफ बहुत सूजन है, मुंह पूरा नहीं खुलता और आवाज़ दबी हुई है", U),
    ("koo linauma upande mmoja na siwezi kufungua mdomo", U),
    ("throat swollen on one side and now she's struggling to breathe and drooling", E),
    # dental abscess (NHS dental abscess: urgent dentist/111 with face swelling + fever; 999 if
    # eye closing, breathing/swallowing)
    ("abscess on my back tooth, my cheek has swollen up and I've got a temperature", U),
    ("muela picada, se me hinchó la cara y tengo fiebre", U),
    ("estou com um abscesso no dente, o rosto inchou e estou com febre", U),
    ("abcès dentaire, la joue a gonflé et j'ai de la fièvre depuis hier", U),
    ("jino linauma, shavu limevimba na nina homa", U),
    ("daant me pus hai, gaal sooj gaya hai aur bukhar bhi hai", U),
    ("दांत में फोड़ा है, गाल सूज गया है और बुखार है", U),
    ("tooth infection and the swelling has closed my eye, can't see out of it", E),
    ("dental abscess, face and neck swollen and now it's hard to swallow or breathe", E),
    # older person confused with UTI signs (NHS UTI / delirium: urgent; 999 if very unwell, not
    # drinking, sepsis)
    # decided E: NICE NG51 sepsis, new altered mental state is a high-risk criterion; the KB's
    # sudden_confusion and urine_infection_sepsis are kept
    (
        "my dad is 84, since yesterday he's confused and keeps getting up to wee, "
        "burning, still eating and drinking",
        E,
    ),
    (
        "carer here: lady of 88, new confusion today, urine dark and smelly, temp and "
        "pulse normal, drinking well",
        E,
    ),
    ("mi abuela de 85 años está confundida desde ayer, orina con mal olor, come y toma bien", E),
    (
        "meu avô de 82 anos está mais confuso desde ontem, xixi com cheiro forte, está "
        "comendo normal",
        E,
    ),
    ("ma mère de 86 ans est confuse depuis hier, ses urines sentent fort, elle mange et boit", E),
    ("bibi yangu wa miaka 80 amechanganyikiwa tangu jana, mkojo unanuka, anakula vizuri", E),
    ("दादी 80 साल की हैं, कल से उलझी हुई बातें कर रही हैं, पेशाब में जलन है, खाना खा रही हैं", E),
    (
        "grandma 87 with a urine infection, very confused, won't drink anything, "
        "shivering and breathing fast",
        E,
    ),
    ("nan is confused, mottled skin and barely passing urine today", E),
    # T1 diabetes ketones (NHS DKA; diabetes teams' sick-day rules: moderate ketones, alert ->
    # contact team today; vomiting, fast breathing, drowsy -> A&E)
    ("type 1 here, sugar 19 and blood ketones 1.8, feel fine, not vomiting", U),
    ("my 12yo has type 1, ketones moderate on the strip, sugar high, she's alert and eating", U),
    ("diabetes tipo 1, glucosa 300 y cetonas moderadas, no vomito, estoy bien", U),
    ("diabète type 1, cétones à 1,6 et glycémie haute, pas de vomissements, je me sens bien", U),
    ("type 1, ketones 3.5 and I keep vomiting, breathing fast", E),
    ("mi hijo diabético tipo 1 vomita, respira rápido y tiene cetonas altas", E),
    # altitude (NHS altitude sickness: mild -> rest, don't go higher; HACE/HAPE -> emergency)
    (
        "llegué a la paz ayer, dolor de cabeza leve y me canso al subir escaleras, no "
        "estoy confundido",
        S,
    ),
    ("at altitude, my friend is confused and stumbling and breathless even at rest", E),
    (
        "en la altura mi esposo está confundido, no puede caminar derecho y le falta el "
        "aire en reposo",
        E,
    ),
    # traps
    ("my mum had a detached retina years ago, fixed, is it safe for her to fly?", R),
    ("on dialysis 3 times a week, can I take paracetamol for a headache?", R),
    # more traps and variants (added before the after-run)
    ("what happens if you miss a dialysis session? just asking, never missed one", R),
    ("my 10 year old has type 1, ketones 3.4 and sugar 22, not vomiting", E),
    ("T1D, blood ketones 1.2, sugar 17, no vomiting, feel ok", U),
    ("gala ek taraf bahut sooj gaya hai, muh poora nahi khulta, awaaz dabi hui hai", U),
    ("estou com dor de dente e o rosto inchou, não consigo abrir a boca direito", U),
    ("missed my dialysis this morning, the transport never came", U),
    ("se me cortó la diálisis a la mitad ayer y hoy tengo los pies hinchados", U),
    ("throat infection and now I can't even swallow my own spit, drooling", E),
    ("Suddenly a dark curtain came down over half of my left eye ten minutes ago, no pain", E),
    ("Mon oncle voit de moins en moins depuis un an, comme un voile blanc dans les yeux", R),
    ("bonjour, depuis ce matin il y a comme un voile qui descend sur mon oeil gauche, pas mal", U),
    (
        "my grandad's sight has been getting cloudy over the last year, like a white film "
        "over both eyes",
        R,
    ),
]

# not understood or another topic, but never an emergency
NOT_EMERGENCY = [
    "36 weeks, baby kicking like mad tonight, all good just excited",
    "what are the signs of a dental abscess? asking for a school project",
    "dad has dialysis 3 times a week and never misses, can he have the flu jab?",
    "arrived in cusco yesterday, mild headache and short of breath on stairs, otherwise fine",
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)


def test_playing_down_in_the_complaints_language_keeps_the_level() -> None:
    """A softening phrase in the language the message is written in counts even when the
    conversation is answered in another ("juste des brulures, I think" from a UK number after
    a French emergency): nothing said lowers a level reached."""
    store = MemoryStore(Assistant())
    first = store.handle(_message("mon fils de 2 ans vomit tout, même l'eau", 1, UK))
    then = store.handle(_message("juste des brulures, I think", 2, UK))
    assert first.triage is E
    assert then.triage is E
