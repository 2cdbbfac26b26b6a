"""Stroke/TIA and heart attack in lay words, poisoning played down, infant breathing danger
signs and cauda equina, in English, Spanish, Portuguese, French, Swahili and Hindi.

Written for this test (not taken from any evaluation set). Each family was fixed in data:
a weak or clumsy hand said as the cup it cannot hold, one named side ("his right hand"), a
weakness begun today ("since this morning", "since he woke up"), a stroke sign that came
and went (a TIA: `stroke_sign_episode`), jaw or left-arm pain with a sweat however it is
explained away, weed and pest killers and lamp oil by local names, a baby's flaring nostrils,
grunting or blue mouth, and numbness "down there" with an accident or no pee. Sources: NHS
stroke, TIA, heart attack, poisoning and cauda equina pages; NICE NG143; WHO IMCI.

The other side is tested too: long-standing grip trouble, numbness from sleeping or leaning on
a limb, a sore jaw from a tooth, an arm sore after a jab or the gym stay below emergency.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from tests.assistant.support import E, R, S, assert_level, rules

ENGINE = rules()

EMERGENCIES = [
    ("en", "last night his face drooped for a few minutes, he's fine now"),
    ("en", "since this morning I can't hold my mug in my left hand, it keeps sliding out"),
    ("en", "my dad keeps dropping his cup from his right hand today and says it's just weakness"),
    ("en", "mum can't lift her arm above her head since lunch, it feels heavy as lead"),
    ("en", "my hand won't do what I tell it to, started an hour ago"),
    ("en", "grandpa is dragging his left leg since this afternoon"),
    ("en", "suddenly one side of my body feels weak"),
    ("en", "for about 10 minutes my words wouldn't come out, now I'm fine again"),
    ("en", "her hand went numb and dead for a bit and then came back, she says it's nothing"),
    ("en", "his face drooped for a few minutes earlier and now it looks normal"),
    ("en", "i suddenly lost the sight in one eye this morning"),
    (
        "en",
        "my husband had a stroke 3 years ago and today he couldnt grip his fork with his right hand",
    ),
    (
        "en",
        "cant grip anything with my left hand since i woke up and my arm feels like a dead weight",
    ),
    ("en", "the cup just fell out of my hand twice today, my fingers wont close"),
    ("en", "sudden blindness in my right eye, like a curtain came down"),
    ("es", "desde esta mañana no puedo sostener la taza con la mano derecha, se me cae"),
    ("es", "a mi papá se le cae el vaso de la mano todo el día, dice que es solo debilidad"),
    ("es", "no puedo levantar el brazo izquierdo desde hace una hora, lo siento pesado como plomo"),
    ("es", "mi abuela arrastra la pierna derecha desde hoy"),
    ("es", "estuvo unos 10 minutos sin poder hablar, no le salían las palabras, y ahora está bien"),
    ("es", "de repente perdí la vista de un ojo"),
    ("es", "tenía la cara torcida un rato y ya se le pasó"),
    ("pt", "desde hoje de manhã não consigo segurar a xícara com a mão direita, fica caindo"),
    ("pt", "meu pai deixa cair o copo da mão o tempo todo hoje, diz que é só fraqueza"),
    ("pt", "não consigo levantar o braço esquerdo, está pesado como chumbo"),
    ("pt", "minha avó está arrastando a perna desde hoje"),
    ("pt", "por uns 10 minutos as palavras não saíam, agora está normal"),
    ("pt", "a mão ficou dormente de repente e depois voltou, ele já teve AVC"),
    ("pt", "perdi a visão de um olho de repente"),
    ("fr", "depuis ce matin je n'arrive plus à tenir ma tasse dans la main droite, elle tombe"),
    (
        "fr",
        "mon père laisse tomber son verre de la main toute la journée, il dit que c'est juste de la faiblesse",
    ),
    ("fr", "je n'arrive pas à lever le bras gauche, il est lourd comme du plomb"),
    ("fr", "ma grand-mère traîne la jambe depuis aujourd'hui"),
    ("fr", "pendant 10 minutes les mots ne sortaient plus, maintenant ça va"),
    ("fr", "sa main est devenue engourdie d'un coup puis c'est revenu, il a déjà fait un AVC"),
    ("fr", "j'ai perdu la vue d'un œil brutalement"),
    ("sw", "tangu asubuhi siwezi kushika kikombe kwa mkono wa kulia, kinaanguka"),
    ("sw", "baba anaangusha kikombe mkononi leo, anasema ni udhaifu tu"),
    ("sw", "siwezi kuinua mkono wa kushoto, ni mzito kama risasi"),
    ("sw", "bibi anaburuta mguu tangu leo"),
    ("sw", "kwa dakika 10 maneno hayakutoka, sasa yuko sawa"),
    ("sw", "mkono ulikufa ganzi ghafla kisha ukarudi, alishapata kiharusi"),
    ("sw", "nimepoteza kuona kwa jicho moja ghafla"),
    ("hi", "आज सुबह से दाहिने हाथ से कप नहीं पकड़ पा रहे, बार बार गिर जाता है"),
    ("hi", "पापा का हाथ अचानक कमज़ोर हो गया, कहते हैं बस कमज़ोरी है"),
    ("hi", "बायाँ हाथ उठ नहीं रहा, सीसे जैसा भारी लग रहा है"),
    ("hi", "दस मिनट तक बोल नहीं पाए, शब्द नहीं निकल रहे थे, अब ठीक हैं"),
    ("hi", "अचानक एक आँख से दिखना बंद हो गया"),
    (
        "hi-latn",
        "aaj subah se papa ke haath se glass gir ja raha hai baar baar, kehte hain kamzori hai",
    ),
    ("hi-latn", "mummy ka left haath uth nahi raha, bhari lag raha hai"),
    ("hi-latn", "10 minute tak bol nahi paye, shabd nahi nikal rahe the, ab theek hain"),
    ("hi-latn", "dadi pair ghaseet ke chal rahi hain aaj se"),
    ("hi-latn", "achanak ek aankh se dikhna band ho gaya"),
    (
        "en",
        "my 68 year old dad has pain in his jaw and left arm, he's sweating and had to sit down",
    ),
    (
        "en",
        "mum's jaw is aching and she's breathless and clammy, she says it's probably indigestion",
    ),
    ("en", "left arm pain and sweating for 20 minutes, I think it's just gas"),
    ("en", "pain going down my left arm, breathless and sweaty, probably a pulled muscle"),
    ("en", "my aunt, 72, has jaw ache and feels sick and sweaty, thinks it's her teeth"),
    (
        "es",
        "mi tía de 70 años tiene dolor en la mandíbula y el brazo izquierdo, suda mucho y tuvo que sentarse",
    ),
    ("es", "dolor en el brazo izquierdo con sudor frío, dice que son gases"),
    (
        "pt",
        "minha tia de 70 anos está com dor no queixo e no braço esquerdo, suando muito, teve que sentar",
    ),
    ("pt", "dor no braço esquerdo e suor frio, ele acha que é gases"),
    (
        "fr",
        "mon père de 75 ans a mal à la mâchoire et au bras gauche, il transpire et a dû s'asseoir",
    ),
    ("fr", "douleur dans le bras gauche avec des sueurs, elle croit que c'est une indigestion"),
    ("sw", "mama ana maumivu ya taya na mkono wa kushoto, anatoka jasho jingi na amekaa chini"),
    ("sw", "maumivu ya mkono wa kushoto na jasho, anasema ni gesi tu"),
    ("hi", "दादी के जबड़े और बाएँ हाथ में दर्द है, पसीना आ रहा है, बैठना पड़ा"),
    (
        "hi-latn",
        "papa ke jabde aur left haath mein dard hai, pasina aa raha hai, kehte hain gas hai",
    ),
    ("hi-latn", "baayen haath mein dard aur pasina, saans phool rahi hai, bolte acidity hai"),
    ("en", "my brother drank pesticide, he's vomiting but says he's fine now"),
    ("en", "she swallowed some bleach and her throat is burning, she says she's ok"),
    ("en", "my son drank weedkiller an hour ago and feels ok"),
    ("en", "my toddler swallowed some paraffin and is coughing and breathing fast"),
    ("en", "my little one drank kerosene from a bottle, now breathing really fast"),
    ("en", "dad drank roundup after an argument, says he's ok and not to fuss"),
    ("es", "mi hermano tomó veneno para las plantas, está vomitando pero dice que está bien"),
    ("es", "se tomó lavandina y le arde la garganta"),
    ("es", "mi hijo tomó querosén y tose y respira rápido"),
    ("pt", "meu irmão bebeu veneno de rato/agrotóxico, está vomitando mas diz que está bem"),
    ("pt", "ela bebeu água sanitária e a garganta está queimando"),
    ("pt", "meu filho engoliu querosene e está tossindo e respirando rápido"),
    ("fr", "mon frère a bu du désherbant, il vomit mais dit que ça va"),
    ("fr", "elle a avalé de l'eau de javel et sa gorge brûle"),
    ("fr", "mon fils a bu du pétrole et il tousse et respire vite"),
    ("sw", "kaka yangu amekunywa dawa ya kuua wadudu, anatapika lakini anasema yuko sawa"),
    ("sw", "mtoto amekunywa mafuta ya taa na anakohoa na kupumua haraka"),
    ("sw", "amekunywa jiki na koo linaungua"),
    ("hi", "भाई ने कीटनाशक पी लिया, उल्टी कर रहा है पर कहता है ठीक हूँ"),
    ("hi-latn", "bhai ne keetnashak pi liya, ulti kar raha hai par bolta hai theek hoon"),
    ("hi-latn", "bachche ne mitti ka tel pi liya, khaans raha hai aur tez saans le raha hai"),
    ("hi-latn", "usne phenyl pi liya, gala jal raha hai"),
    ("en", "my 3 month old has a cold but is grunting with every breath"),
    ("en", "baby's ribs are sucking in when she breathes, just a cold I think"),
    ("en", "my baby's nostrils are flaring and he's breathing fast"),
    ("en", "my newborn looks grey around the lips"),
    ("en", "my 2 month old stops breathing for a few seconds at a time"),
    ("es", "mi bebé de 4 meses está resfriado y hace un quejido al respirar"),
    ("es", "a mi bebé se le hunden las costillas al respirar"),
    ("es", "a mi bebé se le abren las aletas de la nariz al respirar"),
    ("es", "mi bebé tiene los labios morados"),
    ("pt", "meu bebê de 3 meses está gemendo ao respirar"),
    ("pt", "as costelas do bebê afundam quando ele respira"),
    ("pt", "o nariz do bebê abre e fecha quando respira, está gripado"),
    ("pt", "o bebé está roxinho à volta da boca"),
    ("fr", "mon bébé de 3 mois geint à chaque respiration, c'est juste un rhume"),
    ("fr", "mon bébé a du tirage, ses côtes se creusent quand il respire"),
    ("fr", "les narines de mon bébé battent quand il respire"),
    ("fr", "mon bébé a les lèvres bleues"),
    ("sw", "mtoto wangu wa miezi 3 anaguna anapopumua"),
    ("sw", "mbavu za mtoto zinaingia ndani anapopumua"),
    ("sw", "mtoto ana mafua lakini pua zinapanuka anapopumua"),
    ("sw", "midomo ya mtoto ni ya bluu"),
    ("hi", "मेरा 3 महीने का बच्चा साँस लेते समय कराह रहा है"),
    ("hi", "बच्चे की पसलियाँ अंदर धँस रही हैं साँस लेते समय"),
    ("hi-latn", "baby ki pasliyan andar ja rahi hain saans lete waqt, bas zukam hai"),
    ("hi-latn", "baby ke hoth neele pad gaye hain"),
    ("hi-latn", "baby ki naak phool rahi hai saans lete hue"),
    ("en", "back pain for a week and now I can't feel my bum when I wipe, and I wet myself"),
    ("en", "lower back pain and numbness between my legs, can't pee since this morning"),
    ("en", "my back hurts and my private parts feel numb, I've had an accident with my bowels"),
    ("es", "me duele la espalda y no siento mis partes íntimas, y se me escapa la orina"),
    ("es", "dolor lumbar con adormecimiento en las nalgas y no puedo orinar"),
    ("pt", "dor nas costas e dormência nas partes íntimas, fiz xixi sem perceber"),
    ("pt", "dor lombar, não sinto as nádegas e não consigo urinar"),
    (
        "fr",
        "mal au dos et je ne sens plus mes parties intimes, j'ai fait pipi sans m'en rendre compte",
    ),
    ("fr", "douleur lombaire avec les fesses engourdies et je n'arrive pas à uriner"),
    ("sw", "mgongo unauma na sisikii kitu sehemu za siri, nimejikojolea"),
    ("sw", "kiuno kinauma, matako yamekufa ganzi na siwezi kukojoa"),
    ("hi", "कमर में दर्द है और गुप्तांग के पास सुन्न है, पेशाब अपने आप निकल गया"),
    (
        "hi-latn",
        "kamar dard hai aur private part ke paas sunn hai, peshab nikal gaya pata nahi chala",
    ),
    ("hi-latn", "kamar mein dard aur kulhe sunn ho gaye, peshab nahi ho raha"),
    ("en", "grandma's right hand has gone clumsy since breakfast, she can't do her buttons"),
    (
        "en",
        "his smile went lopsided for about five minutes this afternoon then went back to normal",
    ),
    (
        "en",
        "dad says it's nothing but his left arm went weak for 10 mins earlier and now it's fine",
    ),
    ("en", "my vision went black in one eye for a few minutes, now its back"),
    (
        "en",
        "my 70 yr old mum has a pain in her jaw, she's clammy and sweating, she says it's acidity",
    ),
    (
        "en",
        "dad had to sit down, his left arm aches and he is sweating buckets, he says it's muscular",
    ),
    ("en", "my 2 year old swallowed paraffin, he keeps coughing"),
    ("en", "he drank rat poison this morning, says he feels fine"),
    ("en", "the baby is 6 weeks old and grunting, just a cold I think"),
    ("en", "i can see my baby's ribs sucking in with each breath"),
    ("en", "bad back and now i cant feel anything when i wipe and i cant pee"),
    ("es", "mi mamá no puede agarrar el vaso con la mano izquierda desde que se levantó"),
    ("es", "a mi abuelo se le torció la boca unos minutos y después se le pasó"),
    ("es", "mi papá de 68 tiene dolor en la mandíbula, suda frío y dice que es acidez"),
    ("es", "mi hijo se tomó herbicida, dice que está bien"),
    ("es", "mi bebé gime al respirar y se le hunden las costillas"),
    ("pt", "vovó não consegue pegar o copo com a mão esquerda desde que acordou"),
    ("pt", "a boca do meu avô ficou torta por uns minutos e depois voltou ao normal"),
    ("pt", "meu pai de 65 anos com dor no queixo e suando frio, diz que é gases"),
    ("pt", "meu irmão bebeu mata-mato e disse que está bem"),
    ("pt", "meu bebê de 2 meses está com as costelas afundando, é só um resfriado"),
    ("fr", "mon mari n'arrive plus à tenir sa fourchette de la main droite depuis midi"),
    ("fr", "la bouche de ma mère était de travers pendant 5 minutes puis c'est revenu"),
    ("fr", "ma mère de 72 ans a mal à la mâchoire, elle transpire, elle dit que c'est l'estomac"),
    ("fr", "il a avalé du désherbant et dit qu'il va bien"),
    ("fr", "mon bébé de 2 mois geint en respirant"),
    ("sw", "bibi hawezi kushika kijiko kwa mkono wa kushoto tangu asubuhi"),
    ("sw", "uso wa babu ulipinda kwa dakika tano kisha ukarudi"),
    ("sw", "baba ana maumivu ya taya na jasho jingi, anasema ni gesi"),
    ("sw", "mtoto amekunywa dawa ya kuua magugu"),
    ("sw", "mtoto wa miezi 2 anaguna na mbavu zinaingia ndani"),
    ("hi-latn", "nani ke left haath se chammach gir raha hai aaj subah se"),
    ("hi-latn", "papa ka chehra 5 minute tak tedha tha, ab theek ho gaya"),
    ("hi-latn", "mummy ke jabde mein dard hai aur pasina aa raha hai, bolti hain acidity hai"),
    ("hi-latn", "baby saans lete waqt karah raha hai, sardi hai bas"),
    ("hi", "पापा 10 मिनट तक बोल नहीं पाए, अब ठीक हो गए"),
    (
        "en",
        "can't grip anything with my hand since I woke up and my arm is heavy, probably slept on it funny",
    ),
]

# routine or self-care: long-standing, explained by lying on a limb, a tooth, a question
NOT_URGENT = [
    (
        "en",
        "ten years ago his arm went weak for a few minutes, the doctors said it was a mini stroke, can he fly now?",
    ),
    ("en", "my arthritis makes it hard to grip jars, has been for years"),
    ("en", "woke up with my hand numb after sleeping on it, it came back after a few minutes"),
    ("en", "pins and needles in my fingers for weeks, worse at night"),
    ("es", "tengo artritis y me cuesta agarrar las cosas desde hace años"),
    ("es", "hormigueo en los dedos desde hace semanas"),
    ("pt", "tenho artrite e há anos tenho dificuldade para segurar as coisas"),
    ("pt", "formigamento nos dedos há semanas"),
    ("fr", "j'ai de l'arthrose et j'ai du mal à serrer les objets depuis des années"),
    ("fr", "des fourmillements dans les doigts depuis des semaines"),
    ("sw", "nina baridi yabisi na nashindwa kushika vitu kwa miaka"),
    ("hi-latn", "gathiya ki wajah se saalon se haath se pakadne mein dikkat hai"),
    ("en", "toothache in my jaw for two days"),
    ("en", "my arm is sore after my flu jab yesterday"),
    ("en", "sore arms after the gym yesterday"),
    ("es", "me duele la muela y la mandíbula desde ayer"),
    ("es", "me duele el brazo después de la vacuna"),
    ("pt", "dor de dente no maxilar há dois dias"),
    ("pt", "braço dolorido depois da vacina"),
    ("fr", "mal de dents dans la mâchoire depuis deux jours"),
    ("fr", "le bras douloureux après le vaccin"),
    ("sw", "jino linauma kwenye taya siku mbili"),
    ("hi-latn", "daant ke dard se jabde mein dard hai"),
    ("en", "my legs feel weak and wobbly today, I've got the flu and a temperature"),
    ("en", "my arm is weak after lifting weights at the gym yesterday"),
    ("en", "my grip has been weak for months with carpal tunnel, I keep dropping things"),
    ("en", "my hand goes numb at night and comes back when I shake it"),
    ("en", "my left knee has been sore for weeks"),
    ("en", "i hurt my right wrist today playing football and it's weak"),
    (
        "en",
        "my dad had a stroke 5 years ago, his right arm has been weak ever since, can he take ibuprofen",
    ),
    ("en", "jaw pain when I chew, my teeth hurt, bit sweaty from the heat"),
    ("en", "my child has a cold and a runny nose"),
    ("en", "how do i know if my baby is breathing too fast"),
    ("es", "tengo la mano dormida desde hace meses por el túnel carpiano"),
    ("es", "se me durmió la pierna por estar sentado con las piernas cruzadas, ya se pasó"),
    ("pt", "minha mão fica dormente de noite há semanas"),
    ("pt", "dormi em cima do braço e ele ficou dormente, já passou"),
    ("fr", "j'ai dormi sur mon bras et il était engourdi, c'est revenu"),
    ("fr", "j'ai mal à la mâchoire à cause d'une dent"),
    ("sw", "nililalia mkono na ukafa ganzi, sasa uko sawa"),
    ("hi-latn", "haath ke upar so gaya tha to sunn ho gaya, ab theek hai"),
    ("hi-latn", "mere daant mein dard hai aur jabde tak jaata hai"),
    ("en", "can i use weedkiller in the garden with kids around"),
    ("en", "woke up with pins and needles in my hand after sleeping on it, gone now"),
    ("sw", "nililala vibaya, mkono ulikufa ganzi kwa dakika chache kisha ukarudi"),
]

# may be urgent (a strain, a jab, a chemical smell), never an emergency
NOT_EMERGENCIES = [
    ("en", "arm is sore and red where I had the covid jab, a bit sweaty"),
    ("en", "lower back pain for a week after moving furniture"),
    ("es", "me duele el brazo izquierdo desde que fui al gimnasio"),
    ("en", "i cleaned the bathroom with bleach and the smell made me cough"),
    ("en", "my left arm is sore after the gym and I'm still sweaty"),
    ("en", "left arm aches after my flu jab this morning and I feel a bit sweaty"),
]


@pytest.mark.parametrize(("language", "text"), EMERGENCIES)
def test_lay_stroke_heart_poisoning_infant_cauda_is_emergency(language: str, text: str) -> None:
    assert_level(ENGINE, text, E, language)


@pytest.mark.parametrize(("language", "text"), NOT_URGENT)
def test_benign_look_alikes_stay_routine_or_self_care(language: str, text: str) -> None:
    assert ENGINE.assess(text, language).level in (R, S)


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCIES)
def test_strain_jab_or_fumes_is_not_emergency(language: str, text: str) -> None:
    assert ENGINE.assess(text, language).level is not E
