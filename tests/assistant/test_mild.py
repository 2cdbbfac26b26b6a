"""A worrying word beside the qualifier that makes it ordinary (issue 10, over-triage).

NHS A-Z self-care pages: leg cramps are common and most people have them at night (see a GP
when they disturb your sleep, come often or last for weeks); a cold sore "again", or back "when
I'm stressed", is how the virus goes, one that keeps coming back (monthly, many times a year)
is for the GP (NICE CKS); a splinter that will not come out is the splinter's own record (deep,
under a nail, infected), not a deep wound; a big itchy wheal from a mosquito is not a 10 cm red,
swollen area. Both sides: the red flags beside them (a nosebleed over 10-15 minutes, spreading
redness with a fever, a baby under 3 months with a temperature, glass stuck in the foot, an
infected splinter) stay where they are.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    ("my son had a nosebleed, it stopped in 5 minutes with pinching", S),
    ("nosebleed this morning, stopped after 5 minutes of pinching my nose", S),
    ("nosebleed for 30 minutes and it won't stop even with pinching", E),
    ("meu filho teve sangramento no nariz, parou em 5 minutos apertando", S),
    ("sangramento no nariz há 30 minutos e não para", E),
    ("sangrado de nariz, paró a los 5 minutos apretando", S),
    ("saignement de nez, ça s'est arrêté au bout de 5 minutes en pinçant", S),
    ("damu puani, ilikoma baada ya dakika 5 nikibana pua", S),
    ("naak se khoon aaya, 5 minute mein ruk gaya dabane se", S),
    ("नाक से खून आया, दबाने से 5 मिनट में रुक गया", S),
    ("I have a splinter in my finger, can't get it out, not red or swollen", S),
    ("splinter in my finger, now red, swollen and full of pus", U),
    ("tengo una astilla en el dedo, no la puedo sacar, no está roja ni hinchada", S),
    ("tenho uma farpa no dedo, não consigo tirar, não está vermelho nem inchado", S),
    ("j'ai une écharde dans le doigt, je n'arrive pas à l'enlever, pas rouge ni gonflé", S),
    ("nina kibanzi kidoleni, siwezi kukitoa, hakijavimba wala kuwa chekundu", S),
    ("ungli mein kaanta chubh gaya, nikal nahi raha, na laal hai na sujan", S),
    ("mosquito bite with a big itchy wheal, nothing else", S),
    ("mosquito bites on my legs, very itchy, otherwise fine", S),
    ("insect bite with redness spreading up my arm and a fever", U),
    ("picadura de mosquito con un habón grande que pica, nada más", S),
    ("picada de mosquito com uma bolha grande que coça, mais nada", S),
    ("piqûre de moustique avec une grosse plaque qui gratte, rien d'autre", U),
    ("kuumwa na mbu, uvimbe mkubwa unaowasha, hakuna kingine", U),
    ("machhar ne kaata, bada daana hai khujli wala, aur kuch nahi", S),
    ("मच्छर ने काटा, बड़ा खुजली वाला दाना, और कुछ नहीं", S),
    ("my 7 month old is teething, red cheeks, drooling, eating well, no fever", S),
    ("baby teething, red cheeks and dribbling a lot, no temperature, feeding fine", S),
    ("my 2 month old has a fever of 38.5", E),
    ("my 8 week old has a temperature of 38.2", E),
    (
        "mi bebé de 8 meses le están saliendo los dientes, mejillas rojas, "
        "babea, come bien, sin fiebre",
        S,
    ),
    (
        "meu bebê de 7 meses está com os dentes nascendo, bochechas vermelhas, "
        "babando, comendo bem, sem febre",
        S,
    ),
    ("mon bébé de 7 mois fait ses dents, joues rouges, bave, mange bien, pas de fièvre", S),
    (
        "mtoto wangu wa miezi 7 anaota meno, mashavu mekundu, anatoa mate, "
        "anakula vizuri, hana homa",
        S,
    ),
    (
        "mere 7 mahine ke bachhe ke daant nikal rahe hain, gaal laal, laar, "
        "khana theek, bukhar nahi",
        S,
    ),
    ("मेरे 7 महीने के बच्चे के दांत निकल रहे हैं, गाल लाल, लार टपक रही, ठीक से खा रहा है, बुखार नहीं", S),
    ("my baby gets hiccups after feeds but is happy and feeding well", S),
    ("mi bebé tiene hipo después de comer pero está contento", S),
    ("mon bébé a le hoquet après les tétées mais il est content", S),
    ("I've had hiccups for 3 days non stop", R),
    ("I get a cold sore that comes back when I'm stressed", S),
    ("me sale un herpes labial cuando estoy estresada, vuelve de vez en cuando", S),
    ("tenho herpes labial que volta quando fico estressada", S),
    ("j'ai un bouton de fièvre qui revient quand je suis stressée", S),
    ("I keep getting cold sores, 8 times this year", R),
    ("occasional cramp in my calf at night, from time to time", S),
    ("calambre en la pantorrilla por la noche de vez en cuando", S),
    ("câimbra na panturrilha à noite de vez em quando", S),
    ("crampe au mollet la nuit de temps en temps", S),
    ("misuli ya mguu inakaza usiku mara moja moja", S),
    ("raat ko kabhi kabhi pindli mein cramp aata hai", S),
    ("रात को कभी-कभी पिंडली में ऐंठन होती है", S),
    ("leg cramps every night for weeks, waking me up", R),
    ("me picó un mosquito y se me hizo una roncha que pica mucho, nada más", S),
    ("ma mère a des crampes dans les mollets la nuit, pas de gonflement", S),
    ("j'ai des crampes aux mollets qui me réveillent toutes les nuits depuis des semaines", R),
    ("tengo calambres en las piernas que me despiertan en la noche", R),
    ("tenho câimbras que me acordam de noite quase toda noite", R),
    ("piece of glass stuck in my foot, cant get it out", U),
    ("there is a splinter under my fingernail and I cant get it out", U),
    ("deep splinter in my palm, can't get it out", U),
    ("fish hook stuck in my thumb, cant get it out", U),
    ("splinter in my finger 3 days ago, now red, hot and full of pus", U),
    ("me salen herpes en el labio cada mes, ya van 8 este año", R),
    ("j'ai des boutons de fièvre qui reviennent sans cesse, 8 fois cette année", R),
    ("j'ai des palpitations de temps en temps après le café", R),
    ("palpitations de temps en temps depuis des mois", R),
    ("my nose bled for 2 minutes after I blew it, stopped by itself", S),
    ("mi hijo sangra por la nariz desde hace 25 minutos y no para", E),
    ("cold sore again on my lip, what cream should I use", S),
    ("splinter in my finger 3 days ago, now red, hot and full of pus", U),
    ("my splinter got infected, it's oozing", U),
    ("tengo una astilla en el dedo y ahora tiene pus y está infectada", U),
    ("farpa no dedo, agora está inflamado e com pus", U),
    ("écharde dans le doigt, maintenant ça suinte du pus, c'est infecté", U),
    ("kibanzi kidoleni sasa kina usaha", U),
    ("ungli mein kaanta chubha tha, ab pus bhar gaya hai", U),
    ("splinter in my finger, had the flu last week", S),
    ("splinter in my finger, not infected, no pus", S),
    ("otra vez me salió el fuego en el labio, qué pomada sirve", S),
    ("my cold sore came back, what cream should I use", S),
    ("meu herpes labial voltou de novo, que pomada uso?", S),
    ("encore un bouton de fièvre, quelle crème mettre ?", S),
    ("phir se honth par chhala ho gaya, kaunsi cream lagaun", S),
    ("I keep getting cold sores, like monthly", R),
    ("vivo tendo herpes no lábio, todo mês", R),
    ("होंठ पर छाला बार बार हो जाता है, साल में 6 बार", R),
    ("malengelenge ya mdomo yananijia mara kwa mara, kila mwezi", R),
    ("my son keeps getting nosebleeds, three this week", R),
    ("roz raat ko pairon me ainthan hoti hai, neend khul jati hai", R),
    ("हर रात पिंडली में ऐंठन होती है", R),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)
