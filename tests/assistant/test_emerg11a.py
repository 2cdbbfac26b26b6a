"""Emergencies and crises said in ways not read yet (brief emerg11, helper emerg11a, 2026-12-06):
Swahili, Hindi in both scripts, and English as written in Kenya, Nigeria, India and the
Philippines. Phrasings written for this test (not taken from any evaluation set), by family:

- suicidal intent with the means ready and a time or a goodbye, a suicide note (NICE NG225);
- a fit told by its movements or "doing fits", "ana kifafa sasa" (NHS epilepsy, febrile seizures);
- the throat closing or tightening after an allergen (NHS anaphylaxis);
- unconscious but breathing; a scald with the skin come off or two trunk areas scalded (NHS
  burns and scalds);
- a baby not feeding, hot and hard to wake (NICE NG143; WHO IMCI);
- paraquat, pesticide, rat poison and the farm's spray drunk (WHO pesticide poisoning);
- a long labour with the baby not out, a hand or the cord out first (WHO MCPC);
- a stroke told by what is seen, chest pressure or heaviness with sweating (NHS);
- pads counted against the hours: after a birth or in a miscarriage an emergency (NHS after
  the birth; Tommy's), in a period urgent as the knowledge base already holds (NHS heavy periods);
- a child's fast breathing with the chest or ribs going in (WHO IMCI chest indrawing).

Near misses keep their level: a fit in the past or asked about ahead, a baby hard to wake for
night feeds but feeding well, a small scald, a tight chest with a cold, ordinary heavy periods.
A "for years" rules a red flag's sign out as long-standing only when it is said of that sign
(in its clause, or in a clause naming nothing else), not of another complaint in the same
sentence ("BP for years, ... this evening her mouth is twisted").
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level

REACHED: list[tuple[str, TriageLevel]] = [
    # English (Kenya, Nigeria, India, the Philippines)
    (
        "I have bought the rat poison and kept it ready, tonight I will finish everything. "
        "tell my mother sorry",
        E,
    ),
    (
        "Doc i have collected my sleeping tablets, i am going to take all tonight, i have "
        "written letter to my family",
        E,
    ),
    (
        "my brother says he has got the rope ready and he will end it today, he sent us "
        "goodbye messages",
        E,
    ),
    ("i have saved up the pills, this is my last night, goodbye to all", E),
    (
        "Pls I don't want to live again, I have the sniper (insecticide) here with me and "
        "I will drink it tonight",
        E,
    ),
    ("i'm ready to go, tablets are lined up, just wanted to say bye po", E),
    ("i have written my suicide note and i have the blade with me", E),
    ("his eyes rolled back and his arms were jerking", E),
    ("she went stiff and was shaking all over, foam at the mouth", E),
    ("my child is convulsing right now", E),
    ("my baby's body is jerking and her eyes are turned up, she is not responding", E),
    (
        "small boy fell down and started shaking his hands and legs, eyes rolling, now he "
        "is not answering",
        E,
    ),
    ("my son's body is stiffening and shaking nonstop for 10 mins", E),
    ("my wife is having seizure now and she is biting her tongue", E),
    ("he is doing fits since 7 minutes and not stopping", E),
    ("my throat is closing", E),
    ("after the injection my throat is tightening and I cant swallow", E),
    ("she ate groundnuts and her throat is swelling, she's struggling to breathe", E),
    ("throat feels tight and lips swelling after bee sting", E),
    ("my throat is getting tight and my face is swelling after taking amoxicillin", E),
    ("after eating shrimp my throat is closing up and i'm wheezing", E),
    ("he's breathing but won't wake up", E),
    ("she is breathing but not responding when we call her", E),
    ("my father fainted and is not waking up, he is breathing", E),
    ("my grandmother is unconscious since morning but breathing", E),
    ("he collapsed, still breathing but we cannot wake him", E),
    ("baby is breathing but not waking up even when i shake him", E),
    ("my child poured hot tea on his chest and the skin is peeling off", E),
    ("boiling water spilled on her leg and the skin came off", E),
    ("hot oil burned my hand and the skin is coming off in big pieces", E),
    ("my son was scalded by hot water, skin has come off his whole arm", E),
    ("baby pulled kettle, burns on chest and belly, skin peeling", E),
    ("my 2 month baby is not feeding, very hot and hard to wake", E),
    ("baby is not sucking breast, body hot, very sleepy and not waking up properly", E),
    ("my newborn refuses to breastfeed and is very hot and floppy", E),
    ("3 week old has fever and won't feed, very drowsy", E),
    ("my baby is hot, not feeding and difficult to wake up", E),
    ("my son drank paraquat", E),
    ("he drank pesticide", E),
    ("my husband drank insecticide after a quarrel", E),
    ("the child drank kerosene", E),
    ("she swallowed rat poison", E),
    ("my 3 yr old drank jik (bleach)", E),
    ("my uncle drank organophosphate in the farm", E),
    ("my wife has been in labour for 24 hours and the baby is not coming", E),
    ("my sister is in labour since yesterday night, baby not coming out", E),
    ("pregnant and the baby's hand is coming out first", E),
    ("in labour and the cord is hanging out", E),
    ("I gave birth at home and the bleeding is not stopping", E),
    ("my waters broke 2 days ago and now I have fever and the baby is not moving", E),
    ("her face looks wrong on one side and she's talking funny", E),
    ("my father's mouth is twisted to one side and he cannot lift his arm", E),
    ("my mom suddenly cannot talk properly and one side of her body is weak", E),
    ("his face is drooping and words are coming out wrong", E),
    ("grandpa's one side of face fell and his speech is not clear", E),
    ("suddenly my mother can't move her right hand and leg", E),
    ("i feel heavy pressure on my chest and i am sweating a lot", E),
    ("there is heaviness in my chest and I am sweating profusely", E),
    ("my father is having chest pressure and sweating, he is 60", E),
    ("it feels like someone is sitting on my chest and i'm sweating", E),
    ("tightness in chest with cold sweat and vomiting", E),
    ("chest heaviness radiating to left arm since 30 minutes", E),
    ("I am soaking a pad every hour", U),
    ("I have changed 6 pads in 2 hours and still bleeding", U),
    ("bleeding so much i am using towels, soaked 3 towels", E),
    ("after delivery i am filling a pad every 30 minutes and feeling dizzy", E),
    ("my period is so heavy i soaked through a pad every hour for the last 4 hours", U),
    ("my sister miscarried and she is soaking pads every hour", U),
    ("my baby is breathing fast and her chest is going in", E),
    ("my child breathing very fast and the skin under his ribs is sucking in", E),
    ("baby's chest is pulling in when she breathes", E),
    ("my 1 year old is breathing fast with chest indrawing", E),
    ("child has cough and is breathing very fast and his ribs are showing when he breathes", E),
    # Swahili
    (
        "Nimenunua sumu ya panya na nimeiweka tayari, leo usiku nitamaliza kila kitu. "
        "Mwambie mama samahani",
        E,
    ),
    (
        "nimekusanya vidonge vyangu vyote, nitavimeza vyote usiku huu, nimeandika barua ya "
        "kuaga familia",
        E,
    ),
    ("kaka yangu anasema ameandaa kamba na atajiua leo, ametutumia ujumbe wa kwaheri", E),
    ("nimechoka na maisha, nina dawa hapa tayari, hii ndio usiku wangu wa mwisho. kwaheri", E),
    ("nataka kujiua leo usiku, vidonge viko tayari", E),
    ("sitaki kuishi tena, nimeshapanga vidonge, leo ndio mwisho, mwambie mama nampenda", E),
    ("nimeandika barua ya kujiua na nina wembe hapa", E),
    ("macho yake yamegeuka juu na mikono inarukaruka", E),
    ("alikakamaa akaanza kutetemeka mwili mzima, povu mdomoni", E),
    ("mtoto wangu ana degedege sasa hivi", E),
    ("mtoto anatetemeka mwili mzima na macho yamepinduka, haitikii", E),
    ("mwanangu alianguka akaanza kurusha mikono na miguu, macho yanazunguka, sasa hajibu", E),
    ("mke wangu ana kifafa sasa na anajiuma ulimi", E),
    ("mwili wa mtoto umekakamaa na anatetemeka kwa dakika 10 haiachi", E),
    ("koo langu linafunga", E),
    ("baada ya sindano koo linabana na siwezi kumeza", E),
    ("amekula karanga na koo linavimba, anashindwa kupumua", E),
    ("koo linabana na midomo inavimba baada ya kuumwa na nyuki", E),
    ("nimemeza amoxicillin sasa koo linakaza na uso unavimba", E),
    ("koo linajifunga baada ya kula samaki", E),
    ("anapumua lakini haamki", E),
    ("anapumua ila haitikii tukimwita", E),
    ("baba alizirai na haamki, anapumua", E),
    ("bibi amepoteza fahamu tangu asubuhi lakini anapumua", E),
    ("ameanguka, bado anapumua lakini hatuwezi kumwamsha", E),
    ("mtoto anapumua lakini haamki hata nikimtikisa", E),
    ("mtoto amejimwagia chai ya moto kifuani na ngozi inabanduka", E),
    ("maji ya moto yamemwagika mguuni na ngozi imetoka", E),
    ("mafuta ya moto yameniunguza mkono na ngozi inatoka vipande vikubwa", E),
    ("mwanangu ameungua na maji ya moto, ngozi imetoka mkono mzima", E),
    ("mtoto ameungua na maji ya moto kifua na tumbo, ngozi inachubuka", E),
    ("mtoto wangu wa miezi 2 hanyonyi, ana joto kali na ni vigumu kumwamsha", E),
    ("mtoto hanyonyi titi, mwili wa moto, analala sana haamki vizuri", E),
    ("mtoto mchanga anakataa kunyonya, ana joto sana na amelegea", E),
    ("mtoto wa wiki 3 ana homa na hanyonyi, anasinzia sana", E),
    ("mtoto ana joto, hanyonyi na ni ngumu kumwamsha", E),
    ("mwanangu amekunywa paraquat", E),
    ("amekunywa dawa ya kuua wadudu", E),
    ("mume wangu amekunywa sumu ya wadudu baada ya ugomvi", E),
    ("mtoto amekunywa mafuta ya taa", E),
    ("amemeza sumu ya panya", E),
    ("mtoto wa miaka 3 amekunywa jik", E),
    ("mjomba amekunywa dawa ya kunyunyizia mimea shambani", E),
    ("mke wangu ana uchungu kwa masaa 24 na mtoto hatoki", E),
    ("dada yangu yuko leba tangu jana usiku, mtoto hajatoka", E),
    ("mjamzito na mkono wa mtoto unatoka kwanza", E),
    ("nina uchungu wa kuzaa na kitovu kinaning'inia nje", E),
    ("nimejifungua nyumbani na damu haiachi kutoka", E),
    ("maji yalivunjika siku 2 zilizopita na sasa nina homa na mtoto hachezi", E),
    ("uso wake umepinda upande mmoja na anaongea vibaya", E),
    ("mdomo wa baba umepinda upande mmoja na hawezi kuinua mkono", E),
    ("mama ghafla hawezi kuongea vizuri na upande mmoja wa mwili umelegea", E),
    ("uso wake umeshuka na maneno yanatoka vibaya", E),
    ("babu upande mmoja wa uso umeanguka na haongei vizuri", E),
    ("ghafla mama hawezi kusogeza mkono na mguu wa kulia", E),
    ("nasikia uzito kifuani na ninatokwa jasho jingi", E),
    ("kifua kinabana sana na natoka jasho baridi", E),
    ("baba ana uzito kifuani na anatoka jasho, ana miaka 60", E),
    ("ni kama mtu amekalia kifua changu na ninatoka jasho", E),
    ("kifua kinabana, jasho baridi na kutapika", E),
    ("maumivu ya kifua yanaenda mkono wa kushoto tangu dakika 30", E),
    ("ninalowanisha pedi kila saa", U),
    ("nimebadilisha pedi 6 kwa masaa 2 na damu bado inatoka", U),
    ("damu nyingi natumia taulo, nimelowesha taulo 3", E),
    ("baada ya kujifungua najaza pedi kila dakika 30 na nasikia kizunguzungu", E),
    ("dada yangu ameharibu mimba na analowesha pedi kila saa", E),
    ("mtoto anapumua haraka haraka na kifua kinaingia ndani", E),
    ("mtoto anapumua kwa kasi na mbavu zinavutika ndani", E),
    ("kifua cha mtoto kinavutika ndani akipumua", E),
    ("mtoto wa mwaka 1 anapumua haraka na kifua kinabonyea", E),
    ("mtoto ana kikohozi anapumua haraka sana na mbavu zinaonekana akipumua", U),
    # Hindi (Devanagari)
    ("मैंने चूहे मारने की दवा खरीद ली है, आज रात सब खत्म कर दूंगा। मां से कहना माफ कर दे", E),
    (
        "मैंने सारी नींद की गोलियां जमा कर ली हैं, आज रात सब खा लूंगी, घरवालों के लिए चिट्ठी लिख दी है",
        E,
    ),
    (
        "मेरा भाई कह रहा है उसने रस्सी तैयार कर ली है और आज खुद को खत्म कर देगा, सबको अलविदा मैसेज भेजा है",
        E,
    ),
    ("मैं जीना नहीं चाहता, गोलियां तैयार हैं, आज मेरी आखिरी रात है, अलविदा", E),
    ("मैं आज रात आत्महत्या कर लूंगा, गोलियां रखी हैं", E),
    ("मैंने सुसाइड नोट लिख दिया है और ब्लेड मेरे पास है", E),
    ("उसकी आंखें ऊपर चढ़ गईं और हाथ झटके मार रहे थे", E),
    ("वह अकड़ गई और पूरा शरीर कांपने लगा, मुंह से झाग", E),
    ("मेरे बच्चे को अभी दौरा पड़ रहा है", E),
    ("बच्चे का शरीर झटके खा रहा है और आंखें ऊपर हैं, जवाब नहीं दे रहा", E),
    ("मेरी पत्नी को मिर्गी का दौरा पड़ा है अभी और जीभ काट ली", E),
    ("बच्चे का शरीर अकड़ गया और 10 मिनट से कांप रहा है रुक नहीं रहा", E),
    ("मेरा गला बंद हो रहा है", E),
    ("इंजेक्शन के बाद गला कस रहा है और निगल नहीं पा रहा", E),
    ("मूंगफली खाने के बाद उसका गला सूज रहा है, सांस नहीं ले पा रही", E),
    ("मधुमक्खी के काटने के बाद गला टाइट हो रहा है और होंठ सूज रहे हैं", E),
    ("दवा खाने के बाद गला सिकुड़ रहा है और चेहरा सूज गया", E),
    ("सांस ले रहा है पर उठ नहीं रहा", E),
    ("वह सांस ले रही है लेकिन बुलाने पर जवाब नहीं दे रही", E),
    ("पापा बेहोश हो गए और होश नहीं आ रहा, सांस चल रही है", E),
    ("दादी सुबह से बेहोश हैं लेकिन सांस ले रही हैं", E),
    ("बच्चा सांस ले रहा है पर हिलाने पर भी नहीं उठ रहा", E),
    ("बच्चे ने गरम चाय सीने पर गिरा ली और खाल उतर रही है", E),
    ("उबलता पानी पैर पर गिर गया और चमड़ी निकल गई", E),
    ("गरम तेल से हाथ जल गया और त्वचा उखड़ रही है", E),
    ("बेटा गरम पानी से जल गया, पूरे हाथ की खाल उतर गई", E),
    ("मेरा 2 महीने का बच्चा दूध नहीं पी रहा, बहुत गरम है और जगाना मुश्किल है", E),
    ("बच्चा दूध नहीं पी रहा, शरीर तप रहा है, बहुत सुस्त है उठ नहीं रहा", E),
    ("नवजात दूध नहीं पी रहा और बहुत गरम और ढीला है", E),
    ("3 हफ्ते के बच्चे को बुखार है और दूध नहीं पी रहा, बहुत नींद में है", E),
    ("बेटे ने पैराक्वाट पी लिया", E),
    ("उसने कीटनाशक पी लिया", E),
    ("पति ने झगड़े के बाद कीड़े मारने की दवा पी ली", E),
    ("बच्चे ने मिट्टी का तेल पी लिया", E),
    ("उसने चूहे मार दवा खा ली", E),
    ("चाचा ने खेत में स्प्रे वाली दवा पी ली", E),
    ("पत्नी को 24 घंटे से दर्द हो रहा है और बच्चा बाहर नहीं आ रहा", E),
    ("बहन कल रात से लेबर में है, बच्चा नहीं निकला", E),
    ("प्रसव में बच्चे का हाथ पहले बाहर आ रहा है", E),
    ("प्रसव के दर्द में नाल बाहर लटक रही है", E),
    ("घर पर डिलीवरी हुई और खून बंद नहीं हो रहा", E),
    ("उसका चेहरा एक तरफ से अजीब लग रहा है और वह अजीब तरह से बोल रही है", E),
    ("पापा का मुंह एक तरफ टेढ़ा हो गया और हाथ नहीं उठा पा रहे", E),
    ("मां अचानक ठीक से बोल नहीं पा रही और एक तरफ का शरीर कमजोर है", E),
    ("दादा जी का चेहरा एक तरफ लटक गया और बोली साफ नहीं है", E),
    ("अचानक मां दायां हाथ और पैर नहीं हिला पा रही", E),
    ("छाती पर भारीपन है और बहुत पसीना आ रहा है", E),
    ("सीने में दबाव है और ठंडा पसीना आ रहा है", E),
    ("पापा के सीने में भारीपन और पसीना, उम्र 60", E),
    ("ऐसा लग रहा है जैसे छाती पर कोई बैठा है और पसीना आ रहा है", E),
    ("सीने में दर्द बाएं हाथ में जा रहा है आधे घंटे से", E),
    ("हर घंटे एक पैड भीग रहा है", U),
    ("2 घंटे में 6 पैड बदल चुकी हूं और खून अभी भी आ रहा है", U),
    ("डिलीवरी के बाद हर आधे घंटे में पैड भर रहा है और चक्कर आ रहे हैं", E),
    ("बहन का गर्भपात हुआ है और हर घंटे पैड भीग रहा है", E),
    ("बच्चा तेज तेज सांस ले रहा है और छाती अंदर धंस रही है", E),
    ("बच्चे की पसलियां सांस लेते समय अंदर जा रही हैं", E),
    ("मेरा 1 साल का बच्चा तेज सांस ले रहा है और पसली चल रही है", E),
    ("बच्चे को खांसी है, बहुत तेज सांस और पसलियां चल रही हैं", E),
    # Hinglish (Hindi in Latin letters)
    ("maine chuha maar dawa le li hai, aaj raat sab khatam kar dunga. mummy ko sorry bolna", E),
    (
        "maine saari neend ki goliyan jama kar li hai, aaj raat sab kha lungi, ghar walo "
        "ke liye letter likh diya",
        E,
    ),
    (
        "bhai bol raha hai usne rassi ready kar li hai aur aaj khud ko khatam kar dega, "
        "sabko bye bol diya",
        E,
    ),
    ("mai jeena nahi chahta, goliyan ready hai, aaj meri last night hai, alvida", E),
    ("main aaj raat suicide kar lunga, tablets rakhi hai", E),
    ("maine suicide note likh diya hai aur blade mere paas hai", E),
    ("uski aankhein upar chadh gayi aur haath jhatke maar rahe the", E),
    ("wo akad gayi aur pura body kaanpne laga, muh se jhaag", E),
    ("mere bachhe ko abhi daura pad raha hai", E),
    ("bache ki body jhatke kha rahi hai aur aankhe upar hai, response nahi de raha", E),
    ("wife ko mirgi ka daura pada hai abhi aur jeebh kaat li", E),
    ("bacche ka sharir akad gaya aur 10 min se kaanp raha hai ruk nahi raha", E),
    ("mera gala band ho raha hai", E),
    ("injection ke baad gala tight ho raha hai aur nigal nahi pa raha", E),
    ("moongfali khane ke baad uska gala sooj raha hai, saans nahi le pa rahi", E),
    ("dawai khane ke baad gala sikud raha hai aur face sooj gaya", E),
    ("saans le raha hai par uth nahi raha", E),
    ("wo saans le rahi hai lekin bulane par jawab nahi de rahi", E),
    ("papa behosh ho gaye aur hosh nahi aa raha, saans chal rahi hai", E),
    ("dadi subah se behosh hai lekin saans le rahi hai", E),
    ("baccha saans le raha hai par hilane par bhi nahi uth raha", E),
    ("bache ne garam chai chest pe gira li aur skin utar rahi hai", E),
    ("ubalta paani pair pe gir gaya aur chamdi nikal gayi", E),
    ("garam tel se haath jal gaya aur khaal ukhad rahi hai", E),
    ("beta garam paani se jal gaya, pure haath ki khaal utar gayi", E),
    ("mera 2 mahine ka baby doodh nahi pi raha, bahut garam hai aur jagana mushkil hai", E),
    ("baccha feed nahi le raha, body tap rahi hai, bahut sust hai uth nahi raha", E),
    ("newborn doodh nahi pi raha aur bahut garam aur dheela hai", E),
    ("3 hafte ke bache ko bukhar hai aur doodh nahi pi raha, bahut neend me hai", E),
    ("bete ne paraquat pi liya", E),
    ("usne keetnashak pi liya", E),
    ("pati ne jhagde ke baad keede maarne ki dawa pi li", E),
    ("bache ne mitti ka tel pi liya", E),
    ("usne chuha maar dawa kha li", E),
    ("chacha ne khet me spray wali dawai pi li", E),
    ("wife ko 24 ghante se dard ho raha hai aur baby bahar nahi aa raha", E),
    ("behen kal raat se labour me hai, baccha nahi nikla", E),
    ("delivery me bache ka haath pehle bahar aa raha hai", E),
    ("ghar pe delivery hui aur khoon band nahi ho raha", E),
    ("uska chehra ek taraf se ajeeb lag raha hai aur wo ajeeb tarah se bol rahi hai", E),
    ("papa ka muh ek taraf tedha ho gaya aur haath nahi utha pa rahe", E),
    ("mummy achanak theek se bol nahi pa rahi aur ek side ki body weak hai", E),
    ("dada ji ka face ek side latak gaya aur boli saaf nahi hai", E),
    ("chhati pe bhaaripan hai aur bahut pasina aa raha hai", E),
    ("seene me pressure hai aur thanda pasina aa raha hai", E),
    ("aisa lag raha hai jaise chest pe koi baitha hai aur pasina aa raha hai", E),
    ("seene me dard left haath me ja raha hai aadhe ghante se", E),
    ("har ghante ek pad bheeg raha hai", U),
    ("2 ghante me 6 pad badal chuki hu aur khoon abhi bhi aa raha hai", U),
    ("delivery ke baad har aadhe ghante me pad bhar raha hai aur chakkar aa rahe hai", E),
    ("baccha tez tez saans le raha hai aur chhati andar dhans rahi hai", E),
    ("bache ki pasliyan saans lete time andar ja rahi hai", E),
    ("mera 1 saal ka baccha tez saans le raha hai aur pasli chal rahi hai", E),
    # long, buried and mixed messages in all four
    (
        "hello, sorry to disturb, we are at the farm in Nakuru and my uncle drank "
        "pesticide after a fight with his wife, he is vomiting",
        E,
    ),
    (
        "pls help my baby of 6 weeks has refused breast since morning, she is very hot and "
        "she is not waking well",
        E,
    ),
    (
        "am a 45yr old man, i feel heaviness in my chest like a load and sweating "
        "profusely since 20mins",
        E,
    ),
    (
        "my 8 month old has pneumonia i think, breathing fast fast and his chest is "
        "pulling in under the ribs",
        E,
    ),
    ("kuya my lola is unconscious but still breathing, we cant wake her up po", E),
    ("i've got the tablets lined up, tonight is the night, tell mum i'm sorry", E),
    ("anak ko my son his body is jerking and eyes rolled up, first time", E),
    ("my husband ate prawns and now says his throat is closing and he is wheezing badly", E),
    ("she gave birth 3 days ago at home and she has soaked 4 pads in one hour", E),
    (
        "habari daktari, mama yangu ana presha kwa miaka mingi. leo jioni baada ya chakula "
        "mdomo wake umepinda upande mmoja na anaongea maneno yasiyoeleweka, tufanye nini",
        E,
    ),
    ("tuko shambani, mjomba amekunywa dawa ya kuua wadudu baada ya ugomvi na mkewe, anatapika", E),
    (
        "tafadhali mtoto wangu wa wiki 6 amekataa kunyonya tangu asubuhi, ana joto kali na "
        "haamki vizuri",
        E,
    ),
    ("nina miaka 45, nahisi uzito kifuani kama mzigo na natoka jasho jingi tangu dakika 20", E),
    ("mtoto wa miezi 8 anapumua haraka haraka na kifua kinaingia ndani chini ya mbavu", E),
    ("bibi amezimia lakini bado anapumua, hatuwezi kumwamsha", E),
    ("vidonge viko tayari, leo usiku ndio mwisho, mwambie mama samahani", E),
    ("mwanangu mwili unarukaruka na macho yamepanda juu, ni mara ya kwanza", E),
    ("mume wangu amekula kamba (prawns) na sasa anasema koo linafunga na anapumua kwa shida", E),
    ("alijifungua siku 3 zilizopita nyumbani na amelowesha pedi 4 kwa saa moja", E),
    ("हम खेत पर हैं, चाचा ने झगड़े के बाद कीटनाशक पी लिया, उल्टी कर रहे हैं", E),
    ("मेरी 6 हफ्ते की बच्ची सुबह से दूध नहीं पी रही, बहुत तेज बुखार है और ठीक से जाग नहीं रही", E),
    ("45 साल का हूं, छाती पर भारीपन है जैसे बोझ रखा हो और 20 मिनट से बहुत पसीना आ रहा है", E),
    ("8 महीने का बच्चा तेज तेज सांस ले रहा है और पसलियों के नीचे गड्ढा पड़ रहा है", E),
    ("दादी बेहोश हैं पर सांस चल रही है, जगा नहीं पा रहे", E),
    ("गोलियां तैयार हैं, आज की रात आखिरी है, मां से माफी मांग लेना", E),
    ("बेटे का शरीर झटके खा रहा है और आंखें ऊपर चढ़ गई हैं, पहली बार हुआ है", E),
    ("पति ने झींगा खाया और अब कह रहे हैं गला बंद हो रहा है, सांस लेने में दिक्कत", E),
    ("3 दिन पहले घर पर डिलीवरी हुई और एक घंटे में 4 पैड भर गए", E),
    (
        "namaste doctor, mummy ko saalo se BP hai, aaj shaam khane ke baad unka muh ek "
        "taraf tedha ho gaya aur shabd saaf nahi nikal rahe",
        E,
    ),
    ("hum khet pe hai, chacha ne jhagde ke baad keetnashak pi liya, ulti kar rahe hai", E),
    (
        "meri 6 hafte ki beti subah se doodh nahi pi rahi, bahut tez bukhar hai aur theek "
        "se jaag nahi rahi",
        E,
    ),
    (
        "45 saal ka hu, chhati pe bhaaripan hai jaise bojh rakha ho aur 20 min se bahut "
        "pasina aa raha hai",
        E,
    ),
    ("8 mahine ka baccha tez tez saans le raha hai aur pasliyon ke neeche gaddha pad raha hai", E),
    ("dadi behosh hai par saans chal rahi hai, jaga nahi pa rahe", E),
    ("goliyan ready hai, aaj ki raat last hai, mummy se sorry bol dena", E),
    ("bete ki body jhatke kha rahi hai aur aankhe upar chadh gayi hai, pehli baar hua hai", E),
    ("pati ne prawns khaye aur ab bol rahe hai gala band ho raha hai, saans lene me dikkat", E),
    ("3 din pehle ghar pe delivery hui aur ek ghante me 4 pad bhar gaye", E),
]

NEAR_MISSES: list[tuple[str, TriageLevel]] = [
    # English (Kenya, Nigeria, India, the Philippines)
    ("he had a fit as a child", R),
    ("what should I do if she has a fit", S),
    ("my baby is hard to wake for feeds at night but feeding well", R),
    ("small scald on my finger from tea, no skin off, just red", S),
    ("I had a seizure 10 years ago, can I drive", R),
    ("my chest feels tight from a cold and cough", U),
    ("my period is heavy, I change pads 4 times a day", R),
    ("my sister had a stroke last year, how to prevent it", R),
    ("what to do if a child drinks kerosene", R),
    ("my baby breathes fast when crying but fine otherwise", U),
    ("my throat is sore and scratchy", S),
    ("I used to think about suicide years ago but I'm fine now", R),
    ("how long does labour normally last for a first baby", R),
    # Swahili
    ("alipata degedege alipokuwa mtoto", R),
    ("nifanye nini akipata kifafa", R),
    ("mtoto ni vigumu kumwamsha usiku kunyonya lakini ananyonya vizuri", R),
    ("nimeungua kidole kidogo na chai, ngozi haijatoka, ni nyekundu tu", S),
    ("nilipata kifafa miaka 10 iliyopita", R),
    ("kifua kinabana kidogo kwa sababu ya mafua na kikohozi", S),
    ("hedhi yangu ni nzito, nabadilisha pedi mara 4 kwa siku", R),
    ("dada yangu alipata kiharusi mwaka jana, nitazuiaje", R),
    ("nifanye nini mtoto akinywa mafuta ya taa", R),
    ("koo linauma na linawasha", S),
    ("uchungu wa kuzaa kwa mtoto wa kwanza huchukua muda gani", U),
    # Hindi (Devanagari)
    ("उसे बचपन में दौरे पड़ते थे", R),
    ("अगर उसे दौरा पड़े तो क्या करें", S),
    ("बच्चे को रात में दूध पिलाने के लिए जगाना मुश्किल है पर वह अच्छे से दूध पीता है", R),
    ("चाय से उंगली थोड़ी जल गई, खाल नहीं उतरी, बस लाल है", S),
    ("मुझे 10 साल पहले दौरा पड़ा था", R),
    ("जुकाम और खांसी से छाती थोड़ी भारी है", S),
    ("पीरियड ज्यादा है, दिन में 4 पैड बदलती हूं", R),
    ("अगर बच्चा मिट्टी का तेल पी ले तो क्या करें", S),
    ("गले में खराश है", S),
    # Hinglish (Hindi in Latin letters)
    ("use bachpan me daure padte the", R),
    ("agar use daura pade to kya kare", S),
    ("baby ko raat me feed ke liye jagana mushkil hai par wo acche se doodh peeta hai", R),
    ("chai se ungli thodi jal gayi, khaal nahi utri, bas laal hai", S),
    ("mujhe 10 saal pehle daura pada tha", R),
    ("period zyada hai, din me 4 pad badalti hu", R),
    ("agar baccha mitti ka tel pi le to kya kare", S),
    ("gale me kharash hai", S),
    # long, buried and mixed messages in all four
    ("my son had convulsions when he was 2 with fever, he is 10 now, is he at risk", R),
    ("if my baby has a seizure what should i do", R),
    (
        "my newborn sleeps a lot and is hard to wake for night feeds but she is feeding "
        "well and gaining weight",
        R,
    ),
    ("i spilled hot tea on my hand, it is red and painful but no blisters and no skin came off", S),
    ("mwanangu alipata degedege akiwa na miaka 2 na homa, sasa ana miaka 10", R),
    # hyp 2026-12-07: first aid asked ahead, as in English ("what should I do if she has a fit")
    ("mtoto akipata degedege nifanye nini", S),
    ("mtoto mchanga analala sana na ni vigumu kumwamsha usiku kunyonya lakini ananyonya vizuri", U),
    (
        "nimejimwagia chai kidogo mkononi, ni nyekundu na inauma lakini hakuna "
        "malengelenge na ngozi haijatoka",
        S,
    ),
    ("बेटे को 2 साल की उम्र में बुखार में झटके आए थे, अब 10 साल का है", R),
    ("अगर बच्चे को दौरा पड़े तो क्या करना चाहिए", S),
    ("चाय से हाथ थोड़ा जल गया, लाल है, छाले नहीं और खाल नहीं उतरी", S),
    ("bete ko 2 saal ki umar me bukhar me jhatke aaye the, ab 10 saal ka hai", R),
    ("agar bache ko daura pade to kya karna chahiye", S),
    ("chai se haath thoda jal gaya, laal hai, chhale nahi aur khaal nahi utri", S),
]


@pytest.mark.parametrize(("text", "want"), REACHED)
def test_the_emergency_said_this_way_is_read(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want)


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_the_near_miss_stays_where_it_was(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want)
    assert want is not E


def test_a_fit_asked_about_ahead_or_long_ago_fires_nothing() -> None:
    for text in [
        "if my baby has a seizure what should i do",
        "my son had convulsions when he was 2 with fever, he is 10 now, is he at risk",
        "nifanye nini akipata kifafa",
        "बेटे को 2 साल की उम्र में बुखार में झटके आए थे, अब 10 साल का है",
    ]:
        assert "seizure" not in {f.id for f in engine().assess(text).fired}, text


def test_a_hindi_word_ending_in_na_is_not_a_denial() -> None:
    # "पसीना" / "pasina" (sweat) ends in -ना/-na: the heaviness before it is said, not denied
    for text in ["मेरे सीने में भारीपन और पसीना", "chhati pe bhaaripan aur pasina"]:
        found = engine().assess(text)
        assert "chest_tight" in found.present, text
        assert found.level is E, text
    assert "fever" in engine().assess("बुखार नहीं है").negated


LONG_STANDING_ELSEWHERE = [
    # a "for years" said of another complaint (blood pressure) does not make a new face droop old
    (
        "good evening doctor, my mum has been having BP for years and she takes her amlodipine "
        "daily, but this evening after supper her mouth is twisted to one side and her words "
        "are coming out wrong, what can we do",
        E,
    ),
    (
        "नमस्ते डॉक्टर, मेरी मां को सालों से बीपी है, आज शाम खाने के बाद उनका मुंह एक तरफ "
        "टेढ़ा हो गया और शब्द साफ नहीं निकल रहे, क्या करें",
        E,
    ),
    (
        "mummy ko saalo se BP hai, aaj shaam khane ke baad unka muh ek taraf tedha ho gaya aur "
        "shabd saaf nahi nikal rahe",
        E,
    ),
    ("mama yangu ana presha kwa miaka mingi, leo jioni mdomo wake umepinda upande mmoja", E),
    # said of the droop itself, in its clause or in a clause of its own: long-standing
    ("my face has drooped on one side for years", R),
    ("one side of my face droops, it has been like that for years", R),
    ("my speech has been slurred for years", R),
]


@pytest.mark.parametrize(("text", "want"), LONG_STANDING_ELSEWHERE)
def test_a_for_years_said_of_another_complaint_does_not_make_a_stroke_old(
    text: str, want: TriageLevel
) -> None:
    assert_level(engine(), text, want)
