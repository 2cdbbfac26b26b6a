"""Over-triage of minor problems (minor, 2026-12-07).

A minor problem is not raised by how it is said: a note's header ("CP:" for a community
pharmacist, "Pharm:", "Hx:") is who writes, not chest pain; a choking the person cleared by
coughing, now only a scratchy throat, needs no check (NHS choking: be checked after back blows or
thrusts, or with trouble swallowing or breathing after); a heart attack or stroke in someone
else's story, asked about as a claim by a writer who feels well, is not an emergency (NHS heart
attack, stroke); look-alike words (a yellowed toenail is a fungal nail, not jaundice: NHS fungal
nail infection, jaundice; biting one's own cheek is no animal bite: NHS mouth ulcers); figures of
speech ("cólica tá me matando kkk", "la regla me está matando"); a baby's mild fever the day after
jabs while feeding well (NHS vaccine side effects; NHS fever in children and NICE NG143 keep under
3 months, 39C or more and any concern urgent; the malaria-country rule stays: a test the same day);
a second thrush episode in a pharmacist's note (NHS thrush: a GP when more than twice in 6
months); mosquito bites, threadworms, constipation after travel, muscle soreness after a first gym
session, spicy food, dandruff (NHS A-Z). Traps both ways: choking now, first aid given, jaundice of
the skin and eyes, a dog bite, a named emergency happening now, a feverish baby under 3 months.
A mild toothache with a dentist booked stays routine (the topic's level: see a dentist). A chest
wall strain under 50 is self-care since scope (2026-12-07: NHS chest pain and sprains and strains,
a strained muscle gets better on its own; the development rounds agree), from 50 routine.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # --- note headers (pharmacist / health-worker notes) ---
    (
        "CP: 28F, 3 days loose stools, no blood, no fever, eating and drinking ok. "
        "rehydration advice enough?",
        S,
    ),
    (
        "Pharm: 40M, mild heartburn after meals 1 wk, no weight loss, no swallowing "
        "problem, age <55. antacid ok?",
        S,
    ),
    ("Hx: nil. 22M sore throat 2d, no fever, eating fine. advice?", S),
    (
        "CP note - 30F cold symptoms 4 days, blocked nose, no breathing problems. ok for "
        "decongestant?",
        S,
    ),
    (
        "Pharm: 33F, vaginal thrush sx, 2nd time this year, not pregnant, no other "
        "symptoms. fluconazole ok?",
        S,
    ),
    ("CP: 58M, central chest pain 30 min, sweaty, pain into left arm. what to do?", E),
    (
        "Farmacéutico: mujer 30 años, diarrea 2 días sin sangre ni fiebre, bebe bien. "
        "¿solo consejo?",
        S,
    ),
    (
        "Farmacêutico: homem 35a, diarreia há 2 dias, sem sangue, sem febre, hidratando "
        "bem. só orientação?",
        S,
    ),
    # --- choking resolved by coughing ---
    ("choked on a fish bone at dinner but coughed it up, throat just a bit scratchy now", S),
    ("me atraganté con un hueso de pollo pero tosí y salió, solo me raspa un poco la garganta", S),
    ("engasguei com uma bala mas tossi e saiu, só a garganta arranhando", S),
    (
        "je me suis étouffé avec une arête mais j'ai toussé et elle est sortie, juste la "
        "gorge qui gratte",
        S,
    ),
    ("nilikwamwa na mfupa wa samaki lakini nilikohoa ukatoka, koo linakwaruza kidogo tu", S),
    ("मछली का कांटा गले में अटका था पर खांसी से निकल गया, अब बस गला थोड़ा खराब है", S),
    ("my son is choking on a grape and can't breathe or cough", E),
    ("me atraganté y no puedo respirar", E),
    # --- someone else's story with a named emergency; myths ---
    (
        "my neighbour's cousin had a heart attack from drinking coffee, I drink 2 cups a "
        "day and feel fine, is coffee dangerous?",
        S,
    ),
    (
        "mi vecina dice que a su primo le dio un infarto por el café, yo tomo café todos "
        "los días y estoy bien, ¿es peligroso?",
        S,
    ),
    (
        "minha tia disse que dormir com ventilador ligado mata, durmo assim todo dia e "
        "estou bem, é verdade?",
        S,
    ),
    ("jirani yangu anasema kulala na feni inaweza kuua, ni kweli? mimi niko sawa", S),
    (
        "is it true sleeping with a fan on can kill you? my gran says so. I'm fine, just "
        "a dry nose in the morning",
        S,
    ),
    ("मेरे दोस्त को कॉफी से हार्ट अटैक आया, मैं रोज 2 कप पीता हूँ और ठीक हूँ, क्या कॉफी खतरनाक है?", S),
    (
        "my neighbour had a heart attack last year, now I have crushing chest pain and "
        "I'm sweating",
        E,
    ),
    # --- look-alike words ---
    ("unha do pé amarelada e grossa, posso passar esmalte antifúngico?", S),
    ("uña del pie amarillenta y gruesa, ¿sirve un esmalte antihongos?", S),
    ("ongle de pied jaunâtre et épais, un vernis antifongique ça marche?", S),
    ("my big toenail has gone thick and yellow, can I use antifungal nail paint?", S),
    ("my eyes and skin have gone yellow and my pee is dark", U),
    # --- mild toothache, medicine question ---
    (
        "can I take ibuprofen and paracetamol together for a mild toothache that comes "
        "and goes with cold drinks? dentist booked next week, no swelling or fever",
        R,
    ),
    (
        "puedo tomar ibuprofeno con paracetamol para un dolor de muela leve? ya tengo "
        "cita con el dentista, sin hinchazón ni fiebre",
        R,
    ),
    (
        "dor de dente leve quando tomo coisa gelada, dentista marcado semana que vem, "
        "sem inchaço nem febre, posso tomar ibuprofeno?",
        R,
    ),
    ("toothache with my face swelling up and a fever", U),
    # --- threadworms, cheek ulcer, constipation, gym soreness, bites ---
    ("tiny white threads moving in my kid's poo, she's 6, itchy bum at night", S),
    ("mi hijo tiene lombrices blancas pequeñitas en la caca, le pica el culito de noche", S),
    ("vi uns vermezinhos brancos no cocô do meu filho de 5 anos", S),
    ("mtoto wangu ana minyoo midogo myeupe kwenye choo, anawashwa usiku", S),
    ("bit my cheek yesterday, small sore ulcer now, eating fine", S),
    ("me mordí el cachete y me salió una llaga pequeña", S),
    ("mordi a bochecha e fez uma aftinha", S),
    ("haven't pooed for 3 days since the flight, feel bloated", S),
    ("desde que viajé no hago caca, ya van 3 días", S),
    ("depuis le voyage je suis constipé, 3 jours sans aller à la selle", S),
    ("safari tangu nimesafiri sijaenda haja kubwa siku 3", S),
    ("सफर के बाद से 3 दिन से पेट साफ नहीं हुआ", S),
    (
        "first gym session yesterday and today everything aches, legs stiff, can barely "
        "walk down stairs lol",
        S,
    ),
    (
        "fui al gym por primera vez y hoy me duele todo el cuerpo, no puedo ni bajar "
        "escaleras jaja",
        S,
    ),
    (
        "premier jour de muscu hier, aujourd'hui courbatures partout, je peux à peine "
        "lever les bras",
        S,
    ),
    ("jana nilienda gym mara ya kwanza, leo mwili wote unauma", S),
    ("kal pehli baar gym gaya, aaj poora badan dukh raha hai", S),
    (
        "after a really hard workout my muscles are very painful and my pee is dark "
        "brown like cola",
        E,
    ),
    ("the mosquitoes ate me alive last night, so itchy", S),
    ("los mosquitos me han acribillado, me pica todo", S),
    ("os pernilongos me picaram a noite toda, coça muito", S),
    ("mbu wameniuma sana usiku, nawashwa", S),
    ("machchharon ne bahut kaata, khujli ho rahi hai", S),
    # --- spicy food, period pain figures of speech ---
    ("ate too much spicy food, my stomach is burning", S),
    ("comí demasiado picante y me arde el estómago", S),
    ("j'ai trop mangé épicé, ça brûle", S),
    ("tikha khana khaya, pet me jalan ho rahi hai", S),
    ("my period cramps are killing me lol", S),
    ("la regla me está matando jaja", S),
    ("cólica menstrual tá me matando", R),
    ("les règles me tuent, j'ai mal au ventre", S),
    # --- dandruff / itchy scalp ---
    ("itchy flaky scalp, dandruff everywhere", S),
    ("tengo caspa y me pica el cuero cabelludo", S),
    ("caspa e coceira no couro cabeludo", S),
    ("kichwa kinawasha na mba nyingi", S),
    ("sir me khujli aur rusi bahut hai", S),
    # --- chest wall strain with a friend's story ---
    (
        "my friend died of a heart attack last year so I'm scared. I'm 24, carried heavy "
        "bags yesterday, today left chest hurts when I press it or twist, breathing fine",
        S,
    ),
    (
        "mi amigo murió de un infarto, tengo 25 años, ayer cargué cajas pesadas y hoy me "
        "duele el pecho al tocarlo o girar, respiro bien",
        S,
    ),
    ("pressure in my chest spreading to my jaw, I feel sick and sweaty", E),
    # --- baby mild fever after vaccines ---
    ("my 4 month old had her jabs yesterday, slight temperature 37.8, feeding well and smiling", S),
    ("mi bebé de 4 meses tuvo vacunas ayer, tiene 37.8 pero toma bien el pecho y está activo", S),
    ("meu bebê de 4 meses tomou vacina ontem, febrinha de 37,8 mas mamando bem", S),
    ("mon bébé de 4 mois a eu ses vaccins hier, 37,8 de fièvre mais il boit bien", S),
    ("mtoto wangu wa miezi 4 alichanjwa jana, ana homa kidogo lakini ananyonya vizuri", S),
    ("कल बच्चे को टीका लगा, हल्का बुखार है पर दूध अच्छे से पी रहा है", S),
    ("my 6 week old baby has a temperature of 38.4", E),
    # --- added: choking checks, vaccine fever traps ---
    ("choked on a piece of meat, my husband did the heimlich and it came out, I'm ok now", U),
    (
        "I choked on a fish bone and coughed it up but I still can't swallow properly and it hurts",
        E,
    ),
    ("mi hijo se atragantó con una uva, no puede respirar ni toser", E),
    (
        "my 8 month old choked on a bit of apple, I did back blows and it came out, "
        "she's crying now",
        U,
    ),
    ("my baby had her jabs yesterday and now has a fever", U),
    ("my 8 week old had his vaccines today and now his temperature is 38.3", U),
    ("my 5 month old had jabs yesterday, temperature 39.4", U),
    ("my 4 month old had jabs yesterday, fever and not feeding", U),
    ("my 4 month old had jabs yesterday, fever, floppy and hard to wake", E),
    ("my eyes have turned yellow and I feel sick", U),
    ("a pele e os olhos do meu pai estão amarelados", U),
    ("I was bitten by a stray dog on my leg, it broke the skin", U),
    ("un perro me mordió la mano y sangra", U),
    ("cólica menstrual tá me matando kkkk", S),
    ("Pharm: 30F, thrush again, 4th episode this year. fluconazole?", R),
    ("this is my third bout of thrush in 4 months", R),
    ("segunda vez que tenho candidíase esse ano, posso comprar o creme na farmácia?", S),
    (
        "c'est la deuxième fois cette année que j'ai une mycose vaginale, je peux "
        "prendre l'ovule de la pharmacie?",
        S,
    ),
    ("pain in my side that comes and goes in waves, going down to my groin", U),
    ("hasn't pooed for 3 days since we got back from holiday, otherwise fine", S),
    ("tô toda dolorida depois do primeiro treino de musculação kkk", S),
    # --- claims: traps ---
    (
        "is it true that chest pain and sweating means a heart attack? I have crushing "
        "chest pain right now",
        E,
    ),
    ("my dad is having a heart attack, is it true I should give him aspirin?", E),
    ("creo que mi papá está teniendo un infarto, es verdad que hay que darle aspirina?", E),
    ("my friend says coffee is dangerous, is it true? I have had a racing heart for weeks", R),
    (
        "is it true that cracking your knuckles gives you arthritis? my knuckles are "
        "fine, I feel fine",
        S,
    ),
]

# a claim asked about where the named event's topic is a complaint topic: at least not an emergency
NOT_EMERGENCY = [
    "mon oncle dit qu'on peut faire un AVC en buvant de l'eau froide après le sport, "
    "c'est vrai? je vais bien",
]

# the malaria-country rule (product policy): a fever there is a same-day test, jabs or not
MALARIA = [
    "my 4 month old had her jabs yesterday, slight temperature 37.8, feeding well and smiling",
    "mtoto wangu wa miezi 4 alichanjwa jana, ana homa kidogo lakini ananyonya vizuri",
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)


@pytest.mark.parametrize("text", MALARIA)
def test_fever_after_jabs_where_malaria_is_common(text: str) -> None:
    assert_level(rules(), text, U, local=frozenset({"malaria"}))
