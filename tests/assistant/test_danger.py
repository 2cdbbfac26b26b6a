"""Danger signs said in short, lay words across languages (danger, 2026-12-07).

The family: a stroke told in everyday words (speech "chueco", "trabado", "kama amelewa", a mouth
gone crooked, an arm that "no mueve"; NHS stroke, FAST); a fit told by its length or as not
stopping ("8 min se jhatke, rukte nahi", "jerking for 6 minutes"; NHS epilepsy, what to do if
someone has a seizure: 999 after 5 minutes; NICE NG217); a baby going blue or purple while
breathing or feeding ("se pone moradito", "fica roxinho quando mama", "दूध पीते समय नीला पड़
जाता है"; NHS "Is your baby or toddler seriously ill?"); WHO IMCI general danger signs (not able
to drink or breastfeed, vomits everything, convulsions, lethargic: "opens his eyes then goes
back to sleep", chest indrawing) in the full languages and the safety-net ones; cardiac chest
pain (heaviness or pressure with sweating or vomiting) in the safety-net languages (NHS heart
attack); a large scald on a child's chest or belly (NHS burns and scalds: A&E for a burn bigger
than the person's hand, and for blisters on the hands). Traps: a known epileptic's usual short
fit now over (NHS: no 999), blue hands and feet in the cold (acrocyanosis), a limb numb from
lying on it, a small burn, the eyes opened then closed by a sleepy teenager, colour from crying.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # --- stroke: face, arm, speech (NHS stroke, FAST) ---
    ("my nan's face has dropped on one side and her words are coming out all wrong", E),
    ("Nurse note: 70F sudden R facial droop, dysarthria, onset 20 min ago", E),
    ("mi mamá de pronto habla enredado y tiene la boca torcida", E),
    ("mi abuelo no puede levantar el brazo derecho y arrastra las palabras", E),
    ("a boca da minha avó ficou torta e ela está falando enrolado", E),
    ("meu pai não consegue mexer o braço esquerdo, a fala ficou arrastada de repente", E),
    ("ma mère parle bizarrement et sa bouche est de travers", E),
    ("mon père n'arrive plus à bouger un bras et il bafouille", E),
    ("bibi ghafla anaongea kwa shida, mdomo umepinda upande mmoja", E),
    ("baba hawezi kusogeza mkono mmoja na maneno hayatoki vizuri", E),
    ("दादी का मुंह टेढ़ा हो गया है और ठीक से बोल नहीं पा रही", E),
    ("papa ka ek haath hil nahi raha aur zuban ladkhada rahi hai", E),
    ("maa ka muh achanak tedha ho gaya, bolne me atak rahi hai", E),
    # --- a fit lasting 5 minutes or more, or not stopping (NHS epilepsy; NICE NG217) ---
    ("my son has been fitting for about 6 minutes and it won't stop", E),
    ("pharm: mother on phone, 9yo seizure still going, 8 min now", E),
    ("la convulsión ya lleva más de cinco minutos y no para", E),
    ("ela está tendo convulsão faz 10 minutos e não passa", E),
    ("sa crise d'épilepsie dure depuis 7 minutes, elle ne s'arrête pas", E),
    ("mtoto ana degedege dakika kumi sasa haliishi", E),
    ("भाई को दौरा पड़ा है, 6 मिनट से झटके रुक नहीं रहे", E),
    ("behen ko 10 minute se mirgi ke jhatke aa rahe, band hi nahi ho rahe", E),
    ("my daughter just had her first ever fit, it lasted 2 minutes, now very sleepy", E),
    (
        "my husband has epilepsy, he had one of his usual seizures for about a minute, it "
        "stopped and he's back to normal now",
        U,
    ),
    ("mi hijo tiene epilepsia, tuvo una crisis de un minuto, ya paró y está normal", R),
    # --- a baby going blue or purple when breathing or feeding (NHS: baby seriously ill) ---
    ("my 2 week old goes blue around the lips when she feeds", E),
    ("bebê de 1 mês fica roxinho quando mama", E),
    ("mi bebé de 2 meses se pone azul cuando respira", E),
    ("mon bébé de 3 semaines devient tout violet quand il tète", E),
    ("mtoto mchanga anabadilika rangi kuwa bluu anaponyonya", E),
    ("बच्चा दूध पीते समय नीला पड़ जाता है", E),
    ("baby ke hoth saans lete waqt neele pad rahe hain", E),
    ("my newborn's hands and feet look a bit blue when she's cold, lips pink, feeding well", S),
    # --- WHO IMCI general danger signs ---
    ("my 1 year old can't drink anything and is really floppy", E),
    ("baby won't breastfeed at all since this morning and is very sleepy, hard to wake", E),
    ("my toddler is throwing up everything, even water, and very drowsy", E),
    ("child had fever 2 days, opens his eyes when I call him then goes straight back to sleep", E),
    ("CHW: child 14mo, unable to drink, lethargic, RR 60, chest indrawing", E),
    ("mi niño de 2 años no quiere tomar nada y está muy decaído, cuesta despertarlo", E),
    ("minha filha de 8 meses não consegue mamar e vomita tudo", E),
    ("mon fils de 3 ans vomit tout ce qu'il boit et il est tout mou", E),
    ("bébé respire très vite et on voit ses côtes se creuser", E),
    ("mtoto anapumua haraka sana na kifua kinaingia ndani", E),
    ("mtoto hawezi kunyonya na amelegea sana", E),
    ("बच्चा दूध नहीं पी पा रहा और बहुत सुस्त है, जगाने पर भी नहीं उठता", E),
    ("bachcha jo bhi pilao sab ulti kar deta hai, bilkul sust hai", E),
    ("bachche ki saans bahut tez hai aur pasliyan andar dhans rahi hain", E),
    ("Yaro na yana amai duk abin da ya sha, kuma ba ya farkawa", E),
    ("Jaririna ba ya iya shan nono kuma yana yin farfadiya", E),
    ("Ọmọ mi kò lè mu ọmú, ó sì ń mí kíákíá", E),
    ("Omo mi ko le mu omu, o n be gbogbo nkan ti o je", E),
    ("Ingane ayikwazi ukuncela futhi iphefumula ngokushesha", E),
    ("Ingane iyahlanza konke ayikwazi ukuvuka kahle", E),
    ("ልጄ ጡት መጥባት አልቻለም፣ በጣም ደካማ ነው", E),
    ("Ang baby ko hindi makadede at hirap huminga, lumulubog ang dibdib", E),
    ("আমার বাচ্চা বুকের দুধ খেতে পারছে না, খুব নিস্তেজ", E),
    ("Anak saya muntah terus, semua yang diminum keluar, lemas dan susah dibangunkan", E),
    ("طفلي لا يستطيع الرضاعة ويتنفس بسرعة", E),
    ("my toddler threw up once after eating too fast, now playing and drinking fine", S),
    ("mi bebé toma bien el pecho, no vomita, solo tiene mocos", S),
    # --- cardiac chest pain in the safety-net languages (NHS heart attack) ---
    ("Ubaba unobuhlungu esifubeni obucindezelayo, ujuluka kakhulu", E),
    ("Mahaifina yana jin nauyi a kirji kuma yana zufa sosai", E),
    ("Àyà ń dun bàbá mi gan, ó ń làágùn ó sì ń bì", E),
    ("አባቴ ደረቱ ላይ ከባድ ጫና አለው እና በጣም ያልበዋል", E),
    ("Parang may nakadagan sa dibdib ko at pinagpapawisan ako ng malamig", E),
    ("বাবার বুকে চাপ ধরা ব্যথা, খুব ঘামছেন", E),
    ("Dada terasa berat seperti ditindih, keringat dingin dan mual", E),
    ("عندي ضغط شديد في صدري مع تعرق", E),
    # --- a large scald on a child's chest or belly (NHS burns and scalds) ---
    ("my 3 year old pulled a kettle over, scald all over his chest and tummy with big blisters", E),
    ("mi hija se echó sopa hirviendo en la barriga y el pecho, tiene ampollas grandes", E),
    ("meu filho derrubou água fervendo no peito, a pele soltou, bolhas enormes", E),
    ("ma fille s'est brûlée avec de l'eau bouillante sur tout le ventre, grosses cloques", E),
    ("mtoto amemwagikiwa maji ya moto kifuani na tumboni, malengelenge makubwa", E),
    ("बच्चे के पूरे पेट पर गरम दूध गिर गया, बड़े बड़े छाले पड़ गए", E),
    ("bacchi ke seene pe ubalta paani gir gaya, poora seena jal gaya, chhale hain", E),
    ("burnt my finger on the oven tray, small red patch, no blister", S),
    ("me quemé un dedo con la sartén, poquito, está rojo", S),
    ("queimei a ponta do dedo no ferro, ficou vermelho só", S),
    # --- shorter, dialect and lay wordings of the same signs ---
    ("dad talking funny and his arm's gone floppy", E),
    ("mum's speech all mumbled and one side of her face sagging", E),
    ("mi tío habla trabado y no mueve la mano", E),
    ("abuela con la cara chueca y no puede hablar", E),
    ("papá amaneció con la boca de lado y el brazo no le responde", E),
    ("vó com a boca torta, não mexe o braço", E),
    ("meu tio tá com a fala enrolada e o braço mole", E),
    ("papi a la bouche tordue et le bras qui tombe", E),
    ("mamie parle pâteux depuis une heure, la moitié du visage tombe", E),
    ("babu anaongea kama amelewa na mkono hausogei", E),
    ("mama mdomo umepinda, haongei vizuri", E),
    ("नानी की जुबान लड़खड़ा रही है और हाथ नहीं उठ रहा", E),
    ("dadi ki boli tutli ho gayi, muh tedha ho gaya", E),
    ("chacha ka haath uth nahi raha, bolne me dikkat ho rahi", E),
    ("he's been jerking for like 5 mins now not stopping", E),
    ("mi hija lleva 6 minutos convulsionando", E),
    ("le dio un ataque y no se le quita, ya van 7 minutos", E),
    ("meu filho tá se debatendo há 5 minutos, não para", E),
    ("mon fils convulse depuis 6 minutes", E),
    ("anatetemeka mwili mzima dakika 8 haachi", E),
    ("kifafa kimechukua dakika saba hakiishi", E),
    ("मम्मी को 7 मिनट से झटके आ रहे हैं", E),
    ("bhai ko 6 min se daure pad rahe, ruk nahi rahe", E),
    ("beti ke haath pair akad gaye, 5 minute se kaanp rahi hai", E),
    ("newborn turning purple when crying and breathing", E),
    ("3 wk old lips went dusky blue during feed", E),
    ("mi recién nacido se pone morado al mamar", E),
    ("bebé de 1 mes, se le ponen los labios morados al respirar", E),
    ("recém-nascido ficando azulado na hora de respirar", E),
    ("nenê de 2 semanas com a boca roxa quando mama", E),
    ("nourrisson qui devient bleu en respirant", E),
    ("mon bébé a les lèvres bleues quand il boit son biberon", E),
    ("kichanga kinakuwa na midomo ya bluu kikinyonya", E),
    ("नवजात के होंठ नीले पड़ रहे हैं", E),
    ("3 hafte ka baccha dudh peete waqt neela pad jata hai", E),
    ("baby keeps conking out, opens his eyes for a second then back asleep, not feeding", E),
    ("my 2yo can't keep anything down, even sips come straight back up", E),
    ("mi niño tiene fiebre, abre los ojitos y se vuelve a dormir, no despierta bien", E),
    ("el bebé no agarra el pecho y está aguadito", E),
    ("mi hijo vomita todo lo que le doy", E),
    ("meu filho abre o olho e apaga de novo, muito molinho", E),
    ("nenê não pega o peito e tá respirando rápido com a costela afundando", E),
    ("mon bébé ouvre les yeux puis se rendort aussitôt, il ne boit plus", E),
    ("ma fille ne garde rien, elle vomit tout", E),
    ("mtoto anafumbua macho halafu analala tena, hanyonyi", E),
    ("mtoto anatapika kila kitu anachokunywa", E),
    ("बच्चा आंख खोलता है फिर सो जाता है, कुछ नहीं पी रहा", E),
    ("beta aankh kholta hai phir so jata hai, bukhar hai, dudh nahi pi raha", E),
    ("Yaro yana barci koyaushe, ba ya iya sha", E),
    ("Omo mi n ni giri", E),
    ("Ingane iyaquleka", E),
    ("ህፃኑ ሁሉንም ነገር ያስመልሳል", E),
    ("Ang anak ko ay sinusuka lahat ng iniinom, matamlay", E),
    ("শিশু সব কিছু বমি করে দিচ্ছে", E),
    ("Bayi saya kejang-kejang", E),
    ("ابني يتقيأ كل شيء ولا يستيقظ", E),
    ("Ngizwa ubuhlungu obukhulu esifubeni, kungathi kukhona into esindayo, ngiyajuluka", E),
    ("Ina jin zafi a kirji kamar an danne ni, ina zufa da amai", E),
    ("Àyà mi ń dùn mí bí ẹni pé nǹkan wúwo wà lórí rẹ̀, mo ń làágùn", E),
    ("ደረቴን በጣም ያመኛል፣ ያልበኛል፣ ያስመልሰኛል", E),
    ("Masakit ang dibdib ng tatay ko, parang pinipiga, pawis na pawis at nagsusuka", E),
    ("বুকে ভারী লাগছে, ঘাম হচ্ছে আর বমি হচ্ছে", E),
    ("Bapak saya nyeri dada seperti ditekan, keringatan, muntah", E),
    ("أبي عنده ألم في صدره كأن شيئا ثقيلا عليه ويعرق ويتقيأ", E),
    ("toddler spilled hot tea all down her front, belly and chest blistered up", E),
    ("se le cayó el agua caliente al niño en todo el pecho, le salieron ampollas", E),
    ("minha filha queimou a barriga toda com café quente, bolhas", E),
    ("mon fils s'est renversé la casserole d'eau chaude sur le torse, énormes cloques", U),
    ("mtoto ameungua na chai ya moto tumbo lote, malengelenge", E),
    ("बेटे के सीने पर गर्म चाय गिर गई, बड़े फफोले", U),
    ("bachi pe garam doodh gira, pura pet jal gaya, bade chhale", E),
    ("burnt my thumb on a pan, tiny blister", E),
    ("ungli thodi si jal gayi chai banate hue", S),
    ("mtoto alikuwa na degedege mwaka jana, sasa yuko sawa, nauliza kuhusu chanjo", R),
    ("mera beta subah se khel raha hai, dudh pi raha hai, sirf naak beh rahi", S),
    # --- traps for the new words, and the present tense 'slurs' ---
    ("mi hijo de 2 años se pone morado de tanto llorar y luego se le pasa", S),
    ("meu filho fica roxo de tanto chorar quando faz birra", S),
    ("me pegué en la pierna y se puso morada", S),
    ("gir gaye the, ghutne pe neela pad gaya", S),
    ("nimechoka sana leo, nikifungua macho nalala tena", S),
    ("ek minute ke jhatke aaye the pichle saal, ab theek hai", R),
    ("baccha 5 saal ka, haath pe garam paani gira, chhota sa chhala", E),
    ("ungli pe garam tel ka chhota chhala", S),
    ("my daughter has a small scald on her forearm, red, no blister", S),
    ("my dad suddenly slurs his words", E),
    ("mum has started to slur her speech this evening", E),
]

# Not an emergency, whatever else they reach (most are not understood: routine)
NOT_EMERGENCY: list[str] = [
    "se me durmió el brazo por dormir encima, ya se me pasó",
    "las manitas y los pies de mi bebé se ponen moraditos con el frío pero los labios rosados",
    "mtoto ananyonya vizuri, hana degedege, ana mafua tu",
    "mi bebé tiene los pies moraditos porque hace frío, toma bien el pecho",
    "le matin il ouvre les yeux puis se rendort, c'est un ado",
    "mtoto wangu hataki kuamka asubuhi kwenda shule",
    "my toddler keeps jerking in his sleep for a second, then settles",
    "me dormí sobre el brazo y se me durmió la mano, ya está bien",
    "my nan slept on her arm and it went numb but it's fine now",
    "maa ka haath so gaya tha, ab theek hai",
    "meu braço ficou dormente de dormir em cima dele, já passou",
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)
