"""Our own warning lines said the way people say them (brief para11, 2026-12-06), in French,
Swahili and Hindi (Devanagari and Latin-script Hinglish).

Each red flag's display line ("Call 999 now if …") already reaches its level when sent back;
people paraphrase it: they tell what they see, for someone else, in WhatsApp spelling. These
paraphrases were written for this test (not taken from any evaluation set), 80 red flags across
breathing, chest and heart, brain and nerves, children and babies, pregnancy, mental health,
poisoning, injury, skin and the abdomen. First run: 340 paraphrases, 296 reached their level;
30 near misses, 20 stayed lower. After the fixes: 331 and 22.

Families fixed in the language data (the guidance each level rests on is the red flag's own
source: NHS joint pain, labour signs, subarachnoid haemorrhage, asthma attack, heart attack,
meningitis, choking, bites, burns and scalds, self-harm, DVT, broken bones, kidney stones;
NICE NG143 for a child's breathing):

- how a joint or a calf looks told as a list with "et" / "na" / "और" ("son genou est chaud,
  rouge et gonflé", "goti limevimba, ni jekundu na la moto", "घुटना लाल, गर्म और सूजा"), never
  across a negation;
- green or brown waters said in a clause of their own ("j'ai perdu les eaux et elles sont
  vertes", "maji yamekatika na ni ya kijani", "paani toota hai aur hara hai"), and the waters
  "cut" or "broken" in Swahili and Hinglish; the water of a pool is not the waters;
- a thunderclap headache told as a blow that did not happen ("comme un coup de marteau",
  "kama nimepigwa na nyundo", "jaise kisi ne hathoda mara"), and "sir me itna tez dard";
- a person said to be epileptic is epilepsy, not a fit happening now ("ma fille est
  épileptique"), and a fit in childhood said first ("बचपन में") is history;
- lips "na rangi ya bluu", a chest "kinamkandamiza", a rash "vyekundu visivyopotea"; a child
  turned blue all over, the belly sinking under the ribs, a baby not kicking, a whole strip of
  tablets, a burn with the skin gone white or black, "चाकू"/"chaaku", "se faire planter", a snake
  that "vient de mordre", a reliever that "haisaidii" / "koi fark nahi", a thing swallowed and
  then no cough, wrists or an arm "ouverts", "comme si elle avait bu", "ça saigne énorme",
  faster breathing than usual, pain "like a wave" in the side, a fall then a swollen wrist.

Left as they were (see the report): hallucinations after stopping alcohol in Hindi, shock told
by colour and cold sweat, a diabetic vomiting and breathing fast without more peeing, and a
bare "haddi bahar nikal aayi hai" (read as another language); among near misses, a how-to
asked with "comment faire … si …", storing bleach "away from children", an old stroke's
lasting droop, a goodbye letter to a job, and a teenager "we can't wake" stay high.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U

_ORDER = (S, R, U, E)


def _reached(text: str) -> tuple[TriageLevel, str]:
    found = engine().assess(text, None, frozenset())
    return found.level, f"fired {[f.id for f in found.fired]}, present {sorted(found.present)}"


# (red flag, its level, paraphrases of its line that must reach at least that level)
PARAPHRASES: list[tuple[str, TriageLevel, tuple[str, ...]]] = [
    (
        "breathing_severe",
        E,
        (
            "il respire super mal, il arrive pas a dire 3 mots de suite",
            "ma mere a la bouche qui devient toute violette et elle cherche son air",
            "hawezi kupumua vizuri, anashindwa hata kumaliza sentensi",
            "midomo ya bibi imekuwa na rangi ya bluu na anahema kwa shida sana",
            "पापा को सांस लेने में बहुत तकलीफ है, एक वाक्य भी पूरा नहीं बोल पा रहे",
            "mummy ke honth neele pad gaye hain aur saans bilkul nahi aa rahi",
        ),
    ),
    (
        "asthma_attack_reliever_failing",
        E,
        (
            "mon fils asthmatique, la pompe bleue ne fait plus rien, il siffle de plus en plus",
            "ana pumu, ametumia inhaler mara nyingi lakini haisaidii, anabanwa kifua",
            "मेरी बेटी को अस्थमा है, पंप लेने से भी आराम नहीं हो रहा, सांस फूल रही है",
            "asthma hai, inhaler 8 baar liya koi fark nahi, bol bhi nahi pa raha",
        ),
    ),
    (
        "chest_pain_cardiac",
        E,
        (
            "ca m ecrase la poitrine et ca part dans la machoire, je suis trempe de sueur",
            "mon pere a mal au thorax, comme un poids, et son bras gauche lui fait mal",
            "kifua kinaniuma kama kimebanwa na maumivu yanashuka mkono wa kushoto, natoka jasho",
            "baba analalamika kifua kinamkandamiza na anatapika",
            "सीने में भारीपन है जो बाएं हाथ और जबड़े तक जा रहा है, पसीना आ रहा है",
            "dadi ke seene me dard hai aur ulti jaisa lag raha hai, pasina bhi aa raha",
        ),
    ),
    (
        "aortic_dissection_signs",
        E,
        (
            "d un coup comme un coup de couteau qui me dechire le dos entre les omoplates",
            "maumivu ya ghafla kama kitu kinachanika ndani ya kifua hadi mgongoni",
            "अचानक पीठ में ऐसा दर्द जैसे कुछ फट रहा हो",
            "achanak seene se peeth tak aisa dard jaise kuch phat gaya ho",
        ),
    ),
    (
        "pulmonary_embolism_signs",
        E,
        (
            "je suis operee du genou il y a 10 jours et la j ai du mal a respirer d un coup et"
            " mal au thorax",
            "nimefanyiwa upasuaji wiki iliyopita, ghafla nashindwa kupumua na kifua kinauma",
            "ऑपरेशन के बाद पैर सूजा था, अब अचानक सांस फूल रही है और सीने में दर्द",
            "operation ke baad achanak saans phoolne lagi aur chest me dard ho raha hai",
        ),
    ),
    (
        "haemoptysis_heavy",
        E,
        (
            "il tousse et crache plein de sang rouge, une tasse presque",
            "anakohoa damu nyingi sana, kikombe kizima",
            "खांसी में बहुत सारा खून आ रहा है",
            "khansi ke saath bahut saara khoon nikal raha hai",
        ),
    ),
    (
        "not_breathing",
        E,
        (
            "il ne respire plus, sa poitrine ne bouge pas",
            "mon bebe respire pas, il bouge plus",
            "hapumui kabisa, kifua hakipandi wala hakishuki",
            "mtoto wangu hapumui!!",
            "दादाजी सांस नहीं ले रहे, सीना बिल्कुल नहीं हिल रहा",
            "bachha saans nahi le raha",
        ),
    ),
    (
        "unresponsive",
        E,
        (
            "ma grand mere repond plus quand je l appelle, elle a les yeux fermes et je la"
            " secoue rien",
            "il est par terre et il reagit pas du tout",
            "bibi haamki hata nikimtikisa, hajibu chochote",
            "amelala chini na hajitambui",
            "नानी को हिला रहे हैं पर वो उठ ही नहीं रहीं, कोई जवाब नहीं",
            "papa hila ke bhi nahi uth rahe, kuch bol nahi rahe",
        ),
    ),
    (
        "seizure",
        E,
        (
            "mon fils est raide et tremble de partout, ca fait 6 minutes",
            "elle est tombee, les yeux revulses et tout son corps secoue, premiere fois",
            "mtoto anatetemeka mwili mzima, macho yamegeuka juu, ni mara ya kwanza",
            "ana degedege kwa dakika 10 sasa",
            "बेटे का पूरा शरीर झटके खा रहा है और मुंह से झाग आ रहा है",
            "bhai ko pehli baar daura pada, haath pair kaanp rahe aur aankhein upar chadh gayi",
        ),
    ),
    (
        "stroke_fast",
        E,
        (
            "ma mere a la bouche qui tombe d un cote et elle arrive plus a lever le bras droit",
            "mon mari parle bizarre depuis ce matin, les mots sortent pas bien et sa main gauche"
            " est molle",
            "mdomo wa baba umepinda upande mmoja na hawezi kuinua mkono",
            "mama anaongea maneno yasiyoeleweka ghafla na mguu mmoja umekufa ganzi",
            "दादी का मुंह एक तरफ टेढ़ा हो गया है और बोली लड़खड़ा रही है",
            "papa ka ek haath achanak kaam nahi kar raha aur baat samajh nahi aa rahi",
        ),
    ),
    (
        "sudden_balance_or_vision",
        E,
        (
            "d un coup je vois double et je tiens plus debout",
            "ghafla siwezi kuona kwa jicho moja kabisa",
            "अचानक एक आंख से दिखना बंद हो गया",
            "achanak ek aankh se dikhna band ho gaya",
        ),
    ),
    (
        "thunderclap_headache",
        E,
        (
            "d un coup une douleur dans la tete comme un coup de marteau, jamais eu aussi mal",
            "kichwa kimeanza kuuma ghafla kama nimepigwa na nyundo, sijawahi kuumwa hivi",
            "अचानक सिर में ऐसा दर्द जैसे किसी ने हथौड़ा मारा, जिंदगी का सबसे तेज़ दर्द",
            "achanak sir me itna tez dard jaise kisi ne hathoda mara ho, life ka sabse bura dard",
        ),
    ),
    (
        "sudden_confusion",
        E,
        (
            "mon pere sait plus ou il est depuis ce matin, il me reconnait pas",
            "babu ghafla hajui yuko wapi, hanitambui",
            "दादाजी अचानक किसी को पहचान नहीं रहे, उन्हें पता नहीं वो कहां हैं",
            "nana ji achanak kisi ko pehchaan nahi rahe, ulta seedha bol rahe",
        ),
    ),
    (
        "meningitis_signs",
        E,
        (
            "ma fille a des petites taches violettes qui partent pas quand j appuie un verre"
            " dessus et elle a de la fievre",
            "il a de la fievre, il peut pas baisser la tete, la nuque est toute raide",
            "mtoto ana homa na vipele vyekundu visivyopotea nikibonyeza na glasi",
            "ana homa kali na shingo imekakamaa, hawezi kuinamisha kichwa",
            "बच्चे को बुखार है और गर्दन अकड़ गई है, रोशनी से आंखें बंद कर रहा है",
            "bukhar hai aur gardan bilkul akad gayi hai, roshni chubh rahi hai",
        ),
    ),
    (
        "sepsis_signs",
        E,
        (
            "mon pere a de la fievre et il raconte n importe quoi, sa peau est marbree",
            "ana homa, anachanganyikiwa na ngozi yake ni ya madoa madoa",
            "bukhar me papa confuse ho gaye hain aur skin pe nile dhabbe",
        ),
    ),
    (
        "anaphylaxis",
        E,
        (
            "il a mange des cacahuetes et sa langue gonfle, il respire mal",
            "apres la piqure de guepe ses levres ont enfle et il siffle",
            "amekula karanga, ulimi umevimba na anashindwa kupumua",
            "baada ya kuumwa na nyuki midomo imevimba na koo linabana",
            "मूंगफली खाने के बाद होंठ और जीभ सूज गई, सांस लेने में दिक्कत",
            "dawai lene ke baad gala band ho raha hai aur honth sooj gaye",
        ),
    ),
    (
        "diabetes_emergency",
        E,
        (
            "ma mere diabetique est toute bizarre, elle transpire et parle comme si elle avait bu",
            "mama ana kisukari, amechanganyikiwa na anatokwa jasho, anaongea kama mlevi",
            "पापा को शुगर है, वो बहुत पसीने में हैं और बेहोश जैसे हो रहे हैं",
            "sugar wale uncle bilkul confuse hain aur utth nahi rahe",
        ),
    ),
    (
        "heavy_bleeding",
        E,
        (
            "je me suis coupe avec la scie, ca pisse le sang, j appuie et ca s arrete pas",
            "anavuja damu nyingi sana, nimebonyeza lakini haikomi",
            "हाथ कट गया, खून बहुत बह रहा है, दबाने पर भी नहीं रुक रहा",
            "khoon ruk hi nahi raha, dabane ke baad bhi bahut nikal raha hai",
        ),
    ),
    (
        "head_injury_serious",
        E,
        (
            "il est tombe de l echelle sur la tete, il est reste dans les pommes 1 minute et il"
            " vomit",
            "ameanguka akagonga kichwa, alipoteza fahamu kwa muda na sasa anatapika mara kwa mara",
            "बच्चा सिर के बल गिरा, कुछ देर बेहोश रहा और अब बार बार उल्टी कर रहा",
            "sir pe chot lagi, behosh ho gaya tha aur ab baar baar ulti",
        ),
    ),
    (
        "major_trauma",
        E,
        (
            "mon frere s est fait planter au ventre avec un couteau",
            "amechomwa kisu tumboni",
            "भाई को पेट में चाकू मार दिया",
            "bhai ko kisi ne chaaku maar diya",
        ),
    ),
    (
        "choking",
        E,
        (
            "mon bebe a avale une bille, il arrive plus a tousser ni a respirer",
            "mtoto amekwamwa na pipi kooni, hawezi kupumua",
            "बच्चे के गले में सिक्का अटक गया है, सांस नहीं ले पा रहा",
            "gale me khana atak gaya, saans nahi aa rahi",
        ),
    ),
    (
        "serious_burn",
        E,
        (
            "mon fils s est brule le torse avec de l huile, la peau est toute blanche et ca fait"
            " pas mal",
            "ameungua kwa maji ya moto kifua kizima",
            "चाय गिरने से बच्चे का पूरा पेट जल गया, खाल उतर गई",
            "pura haath garam tel se jal gaya, chamdi kaali pad gayi",
        ),
    ),
    (
        "drowning",
        E,
        (
            "on vient de sortir mon fils de la piscine, il avait coule, il tousse",
            "mtoto alizama bwawani tumemtoa sasa",
            "बच्चा तालाब में डूब गया था, अभी बाहर निकाला",
            "beta swimming pool me doob gaya tha, abhi nikala hai",
        ),
    ),
    (
        "fall_cannot_get_up",
        E,
        (
            "mamie est tombee dans la salle de bain et elle arrive pas a se relever",
            "bibi ameanguka bafuni na hawezi kuinuka",
            "दादी बाथरूम में गिर गईं और उठ नहीं पा रहीं",
            "nani gir gayi aur khud se uth nahi pa rahi",
        ),
    ),
    (
        "heatstroke",
        E,
        (
            "il a travaille au soleil toute la journee, il est brulant, il transpire plus et il"
            " dit n importe quoi",
            "amekaa juani siku nzima, mwili unachemka na amechanganyikiwa",
            "धूप में काम करते हुए पापा बहुत गर्म हो गए, पसीना बंद, कुछ समझ नहीं आ रहा उन्हें",
            "dhoop me kaam karte karte chakkar khaake gir gaye aur confuse hain",
        ),
    ),
    (
        "overdose_intended",
        E,
        (
            "j ai avale toute la boite de doliprane expres",
            "nimemeza vidonge vyote kwa makusudi",
            "मैंने जानबूझकर नींद की सारी गोलियां खा लीं",
            "maine jaan bujh ke saari goliyan kha li",
        ),
    ),
    (
        "overdose",
        E,
        (
            "ma fille de 3 ans a bu la moitie du flacon de doliprane sirop",
            "mtoto amekunywa chupa nzima ya dawa ya kikohozi",
            "बच्चे ने गलती से मम्मी की पूरी गोलियों की पत्ती खा ली",
            "galti se 10 paracetamol kha li ek saath",
        ),
    ),
    (
        "poisoning",
        E,
        (
            "mon petit a bu de la javel",
            "ametumia mdomo kunywa mafuta ya taa",
            "बच्चे ने कीड़े मारने वाली दवा पी ली",
            "bachhe ne phenyl pee liya",
        ),
    ),
    (
        "carbon_monoxide",
        E,
        (
            "le chauffe eau fuit je crois, on a tous mal a la tete et mon mari s est evanoui",
            "tulikuwa tumewasha jiko la mkaa ndani, sote tunaumwa kichwa na mama amezimia",
            "अंगीठी जलाकर सोए थे, सब को चक्कर और मां बेहोश हो गईं",
            "heater jala ke soye the, sabko chakkar aur papa behosh",
        ),
    ),
    (
        "battery_or_magnet",
        E,
        (
            "mon fils a avale une pile de la telecommande, une petite ronde",
            "mtoto amemeza betri ndogo ya saa",
            "बच्चे ने घड़ी की छोटी बैटरी निगल ली",
            "bachhe ne button cell nigal liya",
        ),
    ),
    (
        "suicide_plan",
        E,
        (
            "j ai achete de la corde, je veux plus vivre, c est pour ce soir",
            "nimeandika barua ya kuaga, kesho nitajiua",
            "मैंने सब तय कर लिया है, आज रात खुद को खत्म कर दूंगा",
            "sab plan kar liya hai, aaj raat apni jaan de dunga",
        ),
    ),
    (
        "self_harm_serious",
        E,
        (
            "je me suis ouvert le bras et ca saigne enorme, ca s arrete pas",
            "nimejikata mkono makusudi na damu haikomi",
            "मैंने खुद को काट लिया, खून रुक नहीं रहा",
            "maine khud ko kaat liya, khoon bahut beh raha",
        ),
    ),
    (
        "harm_to_baby",
        E,
        (
            "j ai peur de faire mal a mon bebe, j ai envie de le secouer pour qu il se taise",
            "nina mawazo ya kumdhuru mtoto wangu",
            "मन करता है अपने बच्चे को चोट पहुंचा दूं",
            "mujhe apne bachhe ko nuksaan pahunchane ke khayal aa rahe",
        ),
    ),
    (
        "withdrawal_severe",
        E,
        (
            "il a arrete l alcool d un coup il y a 2 jours, il voit des bestioles sur les murs"
            " et il tremble",
            "ameacha pombe ghafla, sasa anaona vitu visivyokuwepo na anatetemeka",
        ),
    ),
    (
        "infant_red_flags",
        E,
        (
            "mon bebe de 6 semaines a 38,4",
            "ma fille de 2 mois est toute molle, on dirait une poupee de chiffon",
            "mtoto wangu wa wiki 5 ana homa ya 38.5",
            "mtoto mchanga amelegea kabisa hanyonyi",
            "मेरी 1 महीने की बच्ची को 38.2 बुखार है",
            "2 mahine ka baby bilkul dheela pad gaya hai, doodh nahi pee raha",
        ),
    ),
    (
        "child_breathing_severe",
        E,
        (
            "ma fille respire tres vite et on voit le ventre qui se creuse sous les cotes",
            "mon bebe fait des pauses, il arrete de respirer quelques secondes",
            "mtoto anapumua haraka sana na mbavu zinaingia ndani",
            "mtoto anaguna kila akipumua",
            "बच्चा बहुत तेज़ सांस ले रहा है और पसलियों के नीचे पेट अंदर धंस रहा है",
            "baby saans lete waqt kharkhara raha hai aur pasliyan andar ja rahi",
        ),
    ),
    (
        "croup_emergency",
        E,
        (
            "il a le croup, il tousse comme un phoque et maintenant il est tout gris et mou",
            "ana kikohozi cha kubweka na sasa amepauka na amelegea",
            "भौंकने जैसी खांसी है और बच्चा नीला पड़ रहा है, सुस्त है",
            "kutte jaisi khansi aur baby ka rang neela, bilkul sust",
        ),
    ),
    (
        "child_testicle_pain",
        E,
        (
            "mon fils de 10 ans a d un coup tres mal aux bourses, il pleure",
            "mwanangu ana maumivu makali ghafla kwenye korodani",
            "बेटे के अंडकोष में अचानक तेज़ दर्द है",
            "bete ke testicle me achanak bahut dard",
        ),
    ),
    (
        "child_bowel_blockage",
        E,
        (
            "mon bebe hurle par crises en ramenant les jambes sur le ventre et il vomit vert",
            "mtoto analia kwa vipindi akikunja miguu na anatapika kijani",
            "बच्चा रुक रुक कर चीख रहा है, पैर पेट की तरफ मोड़ रहा है और हरी उल्टी",
            "baby hari ulti kar raha aur pet pakad ke cheekh raha",
        ),
    ),
    (
        "severe_dehydration_baby",
        E,
        (
            "la fontanelle de mon bebe est toute creusee et il a pas mouille sa couche depuis hier",
            "utosi wa mtoto umebonyea na hajakojoa tangu jana",
            "बच्चे का तालू धंस गया है और कल से पेशाब नहीं किया",
            "baby ka sir ka naram hissa andar dhans gaya hai, diaper sookha",
        ),
    ),
    (
        "vomiting_blood",
        E,
        (
            "il vomit comme du marc de cafe",
            "anatapika damu",
            "खून की उल्टी हो रही है",
            "ulti me khoon aa raha hai",
        ),
    ),
    (
        "gi_bleed_shock",
        E,
        (
            "caca tout noir comme du goudron et j ai la tete qui tourne, je suis blanc",
            "kinyesi cheusi kama lami na ninahisi kuzimia",
            "पॉटी काली आ रही है और चक्कर आ रहे हैं",
            "potty kaali aur chakkar aa rahe hai",
        ),
    ),
    (
        "abdominal_emergency",
        E,
        (
            "mon ventre est dur comme du bois et j ai horriblement mal",
            "tumbo limekuwa gumu kama jiwe na linauma sana",
            "पेट पत्थर जैसा सख्त हो गया है और बहुत दर्द",
            "pet bilkul patthar jaisa sakht hai aur bahut tez dard",
        ),
    ),
    (
        "urinary_retention",
        E,
        (
            "mon pere arrive plus du tout a faire pipi depuis ce matin, le ventre gonfle",
            "babu hawezi kukojoa kabisa tangu asubuhi",
            "पापा सुबह से पेशाब नहीं कर पा रहे, पेट फूल गया",
            "subah se bilkul peshab nahi utar raha",
        ),
    ),
    (
        "testicle_sudden_pain",
        E,
        (
            "d un coup une douleur atroce dans une couille",
            "ghafla maumivu makali sana kwenye korodani moja",
            "अचानक एक अंडकोष में बहुत तेज़ दर्द",
            "achanak ek tatte me bahut tez dard",
        ),
    ),
    (
        "pregnancy_heavy_bleeding",
        E,
        (
            "je suis enceinte de 5 mois et je perds du sang en grosse quantite avec des caillots",
            "nina mimba ya miezi 6 na ninatoka damu nyingi na mabonge",
            "मैं 6 महीने की गर्भवती हूं, बहुत खून आ रहा है",
            "pregnant hu aur bahut zyada bleeding ho rahi hai clots ke saath",
        ),
    ),
    (
        "reduced_movements",
        E,
        (
            "enceinte de 34 semaines, je sens plus le bebe bouger depuis ce matin",
            "nina mimba ya miezi 8 na mtoto hachezi tumboni tangu jana",
            "8 महीने की प्रेगनेंसी है, बच्चा कल से हिल नहीं रहा",
            "7 mahine ki pregnancy hai, baby ne kal se kick nahi kiya",
        ),
    ),
    (
        "labour_danger_signs",
        E,
        (
            "j ai perdu les eaux et elles sont vertes",
            "maji yamekatika na ni ya kijani",
            "पानी की थैली फटी और पानी हरा है",
            "paani toota hai aur hara hara hai",
        ),
    ),
    (
        "pre_eclampsia_severe",
        E,
        (
            "enceinte de 8 mois, j ai un mal de crane terrible et je vois des eclairs",
            "nina mimba, kichwa kinauma sana na naona nyota nyota",
            "गर्भवती हूं, सिर में बहुत दर्द और आंखों के आगे धुंधला",
            "pregnancy me sir me bahut dard aur aankhon ke aage chamak",
        ),
    ),
    (
        "ectopic_signs",
        E,
        (
            "j ai du retard de regles et d un coup tres mal en bas du ventre a gauche et mal au"
            " bout de l epaule",
            "nimechelewa hedhi na ghafla tumbo la chini upande mmoja linauma sana",
            "पीरियड मिस है और अचानक पेट में एक तरफ बहुत तेज़ दर्द, कंधे में भी",
            "period late hai aur achanak pet me ek side bahut tez dard",
        ),
    ),
    (
        "postpartum_haemorrhage",
        E,
        (
            "j ai accouche il y a 3 jours et je remplis une serviette en une heure",
            "nimejifungua wiki iliyopita na ninatoka damu nyingi, pedi inajaa kwa saa moja",
            "डिलीवरी के बाद बहुत खून आ रहा है, पैड एक घंटे में भर जाता है",
            "delivery ke 2 din baad bahut bleeding ho rahi hai, bade bade thakke",
        ),
    ),
    (
        "postpartum_psychosis",
        E,
        (
            "depuis l accouchement ma femme entend des voix et dit que le bebe est pas le sien",
            "tangu ajifungue mke wangu anasikia sauti na anasema mtoto si wake",
            "डिलीवरी के बाद पत्नी को आवाज़ें सुनाई दे रही हैं",
            "delivery ke baad biwi ko awaazein sunai de rahi hai aur ajeeb baatein kar rahi",
        ),
    ),
    (
        "eye_emergency",
        E,
        (
            "j ai pris de la soude dans l oeil",
            "kemikali imeingia jichoni",
            "आंख में तेज़ाब चला गया",
            "aankh me chemical chala gaya",
        ),
    ),
    (
        "airway_infection",
        E,
        (
            "il arrive plus a avaler sa salive, il bave et respire mal avec son mal de gorge",
            "hawezi kumeza mate, anadondosha mate na koo linauma",
            "थूक भी नहीं निगल पा रहा, लार टपक रही है",
            "thook bhi nahi nigal pa raha, laar tapak rahi hai",
        ),
    ),
    (
        "skin_peeling_blistering",
        E,
        (
            "ngozi inatoka malengelenge mwili mzima na inachubuka",
            "पूरे शरीर पर छाले और खाल उतर रही है",
            "poore body pe chhale aur skin utar rahi hai",
        ),
    ),
    (
        "necrotising_infection",
        E,
        (
            "la petite plaie au mollet me fait un mal de chien, bien plus que ce qu on voit, et"
            " la peau devient noire",
            "kidonda kidogo kinauma kupita kiasi na ngozi inakuwa nyeusi",
            "छोटे से घाव में बहुत ज़्यादा दर्द और चमड़ी काली पड़ रही",
            "chhote se zakhm me bahut dard aur skin kaali ho rahi",
        ),
    ),
    (
        "palpitations_red",
        E,
        (
            "mon coeur bat a toute vitesse et j ai mal dans la poitrine",
            "moyo unadunda kwa kasi sana na kifua kinauma",
            "दिल बहुत तेज़ धड़क रहा है और सीने में दर्द",
            "dil bahut tez dhadak raha aur chest me dard",
        ),
    ),
    (
        "shock_signs",
        E,
        (
            "il est tout gris, froid et moite, il tient plus debout",
            "bilkul pale, thande paseene me aur behosh hone wale",
        ),
    ),
    (
        "ketoacidosis_signs",
        E,
        (
            "je suis diabetique, j ai tout le temps soif, je vomis et je respire vite",
            "शुगर है, बहुत प्यास, उल्टी और तेज़ सांस",
            "sugar high hai, bahut pyaas, ulti aur saans tez",
        ),
    ),
    (
        "spinal_cord_signs",
        E,
        (
            "depuis hier il a plus de force dans les deux jambes et il se fait pipi dessus",
            "miguu yote miwili imekosa nguvu tangu jana na hawezi kuzuia mkojo",
            "कल से दोनों पैरों में कमज़ोरी है और पेशाब रोक नहीं पा रहे",
            "kal se dono pair kamzor aur peshab control nahi ho raha",
        ),
    ),
    (
        "cauda_equina_signs",
        E,
        (
            "mal au dos et je sens plus mes fesses, tout engourdi entre les jambes",
            "mgongo unauma na makalio yamekufa ganzi",
            "कमर दर्द है और कूल्हों के बीच सुन्न लग रहा",
        ),
    ),
    (
        "limb_circulation",
        E,
        (
            "on voit l os qui sort de sa jambe",
            "mfupa umetoka nje ya ngozi",
            "हड्डी बाहर निकल आई है",
        ),
    ),
    (
        "bite_serious",
        E,
        (
            "un serpent vient de mordre mon pere a la cheville",
            "nyoka amemuuma mtoto mguuni",
            "सांप ने काट लिया",
            "saanp ne kaat liya",
        ),
    ),
    (
        "collapse_recovered",
        U,
        (
            "je suis tombe dans les pommes au travail, ca va mieux maintenant",
            "nilizimia jana asubuhi lakini sasa niko sawa",
            "कल बेहोश हो गया था, अब ठीक हूं",
            "kal achanak behosh ho gayi thi, ab theek hu",
        ),
    ),
    (
        "coughing_blood",
        U,
        (
            "je crache un peu de sang en toussant",
            "ninakohoa damu kidogo",
            "खांसी में थोड़ा खून आता है",
            "khansi me thoda khoon aata hai",
        ),
    ),
    (
        "dvt_signs",
        U,
        (
            "mon mollet est gonfle, chaud et fait mal depuis le vol",
            "mguu mmoja umevimba na ni wa moto baada ya safari ndefu",
            "लंबे सफर के बाद एक पिंडली सूजी और गर्म है",
            "flight ke baad ek pair ki pindli sooj gayi aur garam hai",
        ),
    ),
    (
        "child_breathing_amber",
        U,
        (
            "ma fille respire plus vite que d habitude et siffle un peu",
            "mtoto anapumua haraka kuliko kawaida",
            "बच्चा सामान्य से तेज़ सांस ले रहा है",
            "bachha normal se tez saans le raha",
        ),
    ),
    (
        "dehydration_baby",
        U,
        (
            "mon bebe mouille beaucoup moins de couches et il pleure sans larmes",
            "mtoto hakojoi sana na analia bila machozi",
            "बच्चे के डायपर कम गीले हो रहे, रोते समय आंसू नहीं",
            "baby ke diaper kam geele, rote waqt aansu nahi",
        ),
    ),
    (
        "suicidal_thoughts",
        U,
        (
            "j ai envie de disparaitre, des fois je pense a en finir",
            "nina mawazo ya kujiua wakati mwingine",
            "कभी कभी मन करता है मर जाऊं",
            "kabhi kabhi marne ka mann karta hai",
        ),
    ),
    (
        "psychosis_signs",
        U,
        (
            "mon frere entend des voix que personne entend et croit que les voisins l espionnent",
            "kaka anasikia sauti ambazo hakuna mwingine anazisikia",
            "भाई को ऐसी आवाज़ें सुनाई देती हैं जो किसी और को नहीं",
            "bhai ko aisi awaazein sunai deti hai jo kisi aur ko nahi",
        ),
    ),
    (
        "jaundice",
        U,
        (
            "le blanc de ses yeux est devenu tout jaune",
            "macho yake yamekuwa ya njano",
            "आंखें पीली हो गई हैं",
            "aankhein peeli ho gayi hai",
        ),
    ),
    (
        "blood_in_urine",
        U,
        (
            "mon pipi est rouge, il y a du sang dedans",
            "mkojo una damu",
            "पेशाब में खून आ रहा है",
            "peshab me khoon aa raha",
        ),
    ),
    (
        "kidney_stone_signs",
        U,
        (
            "une douleur terrible dans le flanc qui vient par vagues, je me tords",
            "maumivu makali ubavuni yanayokuja na kuondoka",
            "कमर के साइड में लहर जैसा बहुत तेज़ दर्द",
            "side me kamar me lehar jaisa tez dard aata jaata",
        ),
    ),
    (
        "pregnancy_bleeding",
        U,
        (
            "enceinte de 10 semaines et j ai un peu de sang dans ma culotte",
            "nina mimba ya miezi 2 na naona damu kidogo",
            "2 महीने की प्रेग्नेंसी में हल्का खून दिखा",
            "pregnant hu aur thoda spotting ho raha",
        ),
    ),
    (
        "possible_fracture",
        U,
        (
            "je suis tombe sur le poignet, il est tout gonfle et je peux plus le bouger",
            "nimeanguka, kifundo cha mkono kimevimba sana na siwezi kukisogeza",
            "कलाई पर गिरा, बहुत सूज गई, हिला नहीं पा रहा",
            "kalai pe gira, bahut soojan aur hila nahi pa raha",
        ),
    ),
    (
        "animal_bite",
        U,
        (
            "le chien du voisin l a mordu, ca a perce la peau",
            "mbwa amemuuma mwanangu na ngozi imetoboka",
            "कुत्ते ने काटा, दांत अंदर तक गए",
            "kutte ne kaat liya, daant ke nishaan se khoon",
        ),
    ),
    (
        "hot_swollen_joint",
        U,
        (
            "son genou est chaud, rouge et gonfle d un coup",
            "goti limevimba, ni jekundu na la moto",
            "घुटना लाल, गर्म और सूजा हुआ है",
            "ghutna laal garam aur soojha hua hai",
        ),
    ),
    (
        "bp_very_high",
        U,
        (
            "ma tension est a 190/125",
            "presha yangu ni 185/120",
            "बीपी 190/125 आया",
            "bp 190/125 aaya hai",
        ),
    ),
    (
        "eye_red_painful",
        U,
        (
            "mon oeil est rouge, il me fait mal et la lumiere me brule",
            "jicho jekundu linauma na mwanga unaniumiza",
            "आंख लाल है, दर्द है और रोशनी चुभ रही है",
            "aankh laal aur dard, roshni chubh rahi",
        ),
    ),
    (
        "sudden_hearing_loss",
        U,
        (
            "d un coup j entends plus rien de l oreille droite",
            "ghafla siwezi kusikia kwa sikio moja",
            "अचानक एक कान से सुनाई देना बंद",
            "achanak ek kaan se sunai dena band ho gaya",
        ),
    ),
]

# Phrasings of the families fixed here, beyond the first set: other people, other joints,
# other words for the same thing.
FAMILIES: list[tuple[TriageLevel, str]] = [
    (U, "sa cheville est rouge, chaude et toute gonflee depuis ce matin"),
    (U, "mon pere a le genou gonfle, rouge et brulant, il peut plus marcher"),
    (U, "kiwiko cha mama kimevimba, ni cha moto na chekundu"),
    (U, "goti la mtoto limevimba na ni la moto"),
    (U, "पापा का टखना लाल और सूजा हुआ है, गर्म भी है"),
    (U, "mummy ka ghutna garam aur sooja hua hai"),
    (E, "ma femme a perdu les eaux et c est marron"),
    (E, "la poche des eaux s est rompue et le liquide est verdatre"),
    (E, "maji ya uzazi yametoka na yana rangi ya kahawia"),
    (E, "पानी की थैली फट गई और पानी हरा है"),
    (E, "biwi ka paani toot gaya aur bhura hai"),
    (E, "mal a la tete d un coup comme une explosion dans le crane"),
    (E, "kichwa kinauma kama amepigwa na nyundo, ghafla tu"),
    (E, "सिर में अचानक ऐसा दर्द जैसे हथौड़ा मारा हो"),
    (E, "mummy ko achanak sar me bahut tez dard jaise kisi ne hathoda mara"),
    (E, "mon fils est epileptique et il convulse depuis 6 minutes"),
    (E, "mtoto midomo yake ina rangi ya bluu na anahema"),
    (E, "kifua kinanikandamiza na jasho linanitoka, mkono wa kushoto unauma"),
    (E, "mtoto ana homa, ana madoa mekundu yasiyopotea"),
    (E, "दादा जी उठ ही नहीं रहे, बुलाने पर कोई जवाब नहीं"),
    (E, "papa jag hi nahi rahe, hilane pe koi jawab nahi"),
    (E, "मेरी बच्ची का रंग नीला पड़ गया है"),
    (E, "baby ekdam neela pad gaya hai"),
    (E, "बच्ची की पसलियों के बीच अंदर धंस रहा है सांस लेते वक्त"),
    (E, "baby ki pasliyon ke neeche andar ja raha hai saans lete waqt"),
    (E, "8 mahine ki pregnant hu, subah se baby ki kick nahi aayi"),
    (E, "दादी ने गलती से सारी दवा की पत्ती खा ली"),
    (E, "bachhe ne poori goliyon ki patti kha li"),
    (E, "un mec l a plante avec un couteau dans le dos"),
    (E, "mere bhai ko chakku mara kisi ne, khoon beh raha"),
    (E, "ma fille s est fait mordre par une vipere en rando"),
    (E, "il s est brule avec l eau bouillante, la peau est blanche et cartonnee"),
    (E, "garam paani se jal gaya aur skin safed pad gayi"),
    (E, "mwanangu ana pumu, kipulizi kimetumika mara 10 lakini haisaidii na hawezi kuongea"),
    (E, "bete ko asthma hai, pump 10 baar diya koi asar nahi, saans nahi le pa raha"),
    (E, "ma fille a avale une piece, elle peut plus respirer"),
    (E, "je me suis ouvert les poignets et ca saigne enorme"),
    (E, "mon mari est diabetique, il est confus comme s il avait bu, il transpire"),
    (U, "sa jambe est rouge, dure et chaude depuis l operation"),
    (U, "ameanguka, kiwiko kimevimba sana na kinauma"),
    (U, "पेट के साइड में कमर में बहुत तेज दर्द है, लहर जैसा आता है"),
    (U, "बच्ची रोज से तेज सांस ले रही है"),
    (U, "beta normal se jaldi saans le raha hai"),
    (E, "je me suis coupe avec le cutter, ca saigne enormement, ca s arrete pas"),
]

# The same words where nothing is wrong now: these stay below the level named.
NEAR_MISSES: list[tuple[str, TriageLevel, str]] = [
    (
        "breathing_severe",
        E,
        "j ai le souffle court quand je monte 4 etages en courant, normal non ?",
    ),
    ("breathing_severe", E, "baada ya kukimbia mbio nilihema kidogo, sasa niko sawa"),
    (
        "asthma_attack_reliever_failing",
        E,
        "ma ventoline est perimee, je peux en racheter sans ordonnance ?",
    ),
    (
        "chest_pain_cardiac",
        E,
        "j ai eu mal a la poitrine l annee derniere, c etait un reflux, que faire si ca revient ?",
    ),
    ("chest_pain_cardiac", E, "kifua kinauma kidogo tu nikibonyeza baada ya kubeba mizigo jana"),
    ("haemoptysis_heavy", E, "un peu de sang dans mes crachats apres m etre mouche fort, une fois"),
    ("seizure", E, "ma fille est epileptique, on renouvelle son ordonnance de depakine"),
    ("seizure", E, "मेरे बेटे को बचपन में एक बार दौरा पड़ा था, अब वो 20 साल का है"),
    ("thunderclap_headache", E, "j ai mal a la tete comme d habitude avant mes regles"),
    ("thunderclap_headache", E, "kichwa kinaniuma kidogo tangu jana nikikosa chai"),
    ("meningitis_signs", E, "j ai la nuque raide d avoir dormi de travers, pas de fievre"),
    (
        "anaphylaxis",
        E,
        "je suis allergique aux cacahuetes, qu est ce que je dois avoir sur moi au cas ou ?",
    ),
    ("heavy_bleeding", E, "petite coupure au doigt en epluchant des patates, ca a saigne 2 min"),
    ("heavy_bleeding", E, "nimejikata kidogo kidoleni, damu imekoma"),
    ("head_injury_serious", E, "je me suis cogne la tete sur le placard, petite bosse, ca va"),
    ("serious_burn", E, "je me suis brule le doigt sur le four, c est rouge, petit"),
    ("overdose", E, "j ai oublie mon comprime ce matin, je le prends ce soir ?"),
    ("infant_red_flags", E, "mon bebe de 2 mois a 37,2 apres le bain, c est normal ?"),
    ("vomiting_blood", E, "j ai vomi rouge mais j avais bu du jus de betterave"),
    (
        "pregnancy_heavy_bleeding",
        E,
        "enceinte de 8 semaines, j ai eu des saignements au debut du mois, c est fini",
    ),
    ("palpitations_red", E, "mon coeur bat vite quand je bois trop de cafe, ca passe vite"),
    ("bp_very_high", U, "ma tension est a 125/80 ce matin"),
]

FAMILY_NEAR_MISSES: list[tuple[TriageLevel, str]] = [
    (U, "mon genou n est pas gonfle, juste un peu rouge"),
    (U, "goti halijavimba lakini ni jekundu kidogo"),
    (U, "घुटने में सूजन नहीं है, बस हल्का दर्द"),
    (E, "les eaux de la piscine sont vertes, on peut se baigner enceinte ?"),
    (E, "j ai pris un coup de marteau sur le doigt"),
    (E, "ma fille est epileptique"),
    (E, "mon fils est epileptique, on part en vacances, que prendre ?"),
    (E, "मेरे पापा को बचपन में दौरे पड़ते थे"),
    (E, "kifua kinabana kidogo nikiwa na mafua"),
    (E, "une guepe m a pique la jambe, c est rouge et gonfle"),
    (E, "je me suis ouvert le genou en tombant du velo"),
    (E, "ma fille a avale un bonbon de travers mais elle tousse et ca va"),
    (E, "paani toota nahi hai abhi, 38 hafte ki pregnancy hai"),
    (U, "sir me halka dard hai subah se"),
    (E, "comme si elle avait bu un cafe de trop, elle est speed"),
]

# A person said to be epileptic, with no fit now: a routine question.
EPILEPSY_NAMED = [
    "mon mari est epileptique, il a besoin d un certificat pour le sport",
    "ma fille est epileptique, on renouvelle son ordonnance de depakine",
]


REACH = [(flag, level, text) for flag, level, texts in PARAPHRASES for text in texts]
REACH += [("family", level, text) for level, text in FAMILIES]
LOWER = NEAR_MISSES + [("family", level, text) for level, text in FAMILY_NEAR_MISSES]


@pytest.mark.parametrize(("flag", "level", "text"), REACH)
def test_paraphrase_reaches_its_level(flag: str, level: TriageLevel, text: str) -> None:
    got, why = _reached(text)
    assert _ORDER.index(got) >= _ORDER.index(level), f"{flag}: {text!r} -> {got.value}; {why}"


@pytest.mark.parametrize(("flag", "level", "text"), LOWER)
def test_near_miss_stays_lower(flag: str, level: TriageLevel, text: str) -> None:
    got, why = _reached(text)
    assert _ORDER.index(got) < _ORDER.index(level), f"{flag}: {text!r} -> {got.value}; {why}"


@pytest.mark.parametrize("text", EPILEPSY_NAMED)
def test_epilepsy_named_is_no_fit(text: str) -> None:
    got, why = _reached(text)
    assert got is R, f"{text!r} -> {got.value}; {why}"
