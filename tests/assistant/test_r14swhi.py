"""Swahili and Hindi round-14 misses, mended as families (both sides).

A large scald or burn told with the parts named first ("kifua chote na tumbo vimeungua"), the
neck or shoulders as one of two burnt parts, the skin hanging loose after a burn (NHS burns and
scalds: A&E for large or deep burns); Sheng's "tired of this life" with being up on "that
bridge" or flyover (NHS help for suicidal thoughts, NICE NG225: thoughts with a place is 999);
a fall or passing out and then shaking, or the teeth clenched with it, in Hindi and its eastern
forms, in pregnancy (NHS seizures, pre-eclampsia: eclampsia); a late period with spotting and
one-sided pain in Swahili (NHS ectopic pregnancy: urgent); "everyone's life would be easier
without me" in Hindi (NHS help for suicidal thoughts: urgent); snoring with pauses in breathing
or dozing off by day at work (NHS sleep apnoea: a GP); Sheng's euphemisms for erection problems
(NHS erection problems: a GP).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

SW: list[tuple[str, TriageLevel]] = [
    # a large scald or burn, the parts named first, skin coming off or hanging
    ("mtoto amemwagikiwa na uji wa moto, mgongo wote umeungua", E),
    ("shingo, kifua na mikono vimeungua kwa moto wa jiko", E),
    ("mama yangu amejimwagia maji yanayochemka, tumbo na mapaja yameungua na ngozi inatoka", E),
    ("kaka ameungua na mafuta ya moto, kifua kizima kimebabuka", E),
    ("dada ameungua na chai ya moto mkononi, mkono umeungua na kuna malengelenge", E),
    ("mkono wake umeungua na pasi, ngozi inaning'inia", E),
    # negatives: a small burn, sunburn, a burn healing
    ("nimeungua kidogo kidoleni na sufuria, ni wekundu tu hakuna malengelenge", S),
    ("mgongo wote umeungua na jua baada ya kuogelea, unawasha tu", S),
    # tired of life (Sheng "life") and up on a bridge or flyover: a place with the thoughts
    ("nimechoka na hii life kabisa, niko juu ya hii bridge sasa hivi", E),
    ("bro nimechoka na life, nimesimama juu ya flyover nataka kuruka", E),
    ("amechoka na life yote, yuko juu ya ile daraja ya mto, hapokei simu", E),
    ("nimechoka na hii life, sioni maana tena", U),
    # negatives: one part of life, a bridge for work
    ("nimechoka na life ya campus, mitihani imenibana sana", S),
    # a late period with spotting and pain on one side (ectopic pregnancy)
    (
        "period yangu imechelewa wiki mbili, kuna matone ya damu na tumbo linauma "
        "upande wa kulia chini",
        U,
    ),
    ("hedhi haijaja mwezi huu, ninaona damu kidogo ukeni na maumivu upande mmoja", U),
    (
        "nimemiss period, leo damu ya kahawia kidogo na maumivu madogo upande wa "
        "kushoto chini ya tumbo",
        U,
    ),
    (
        "siku zangu zimechelewa, ghafla maumivu makali sana upande wa kushoto wa "
        "tumbo na nimezimia",
        E,
    ),
    # negatives: a late period alone
    ("siku zangu zimechelewa siku tatu, nifanye nini", S),
    # periods that have not come for months with negative tests: a GP (NHS stopped periods)
    ("Hedhi zangu hazijaja kwa miezi minne, nimepima mimba mara mbili ni negative", R),
    ("period zangu hazijaja kwa miezi mitano, nimepima ujauzito ikaonyesha hasi", R),
    # snoring with falling asleep by day at work or in meetings (sleep apnoea)
    ("mume wangu anakoroma kwa sauti kila usiku, na mchana analala hata kwenye vikao vya kazi", R),
    ("mzee anakoroma sana, mchana anasinzia hadi ofisini", R),
    ("ninakoroma na mchana nasinzia mpaka darasani", R),
    # a dark spot that has grown "than before" or whose colour is mixed: a GP (NHS moles);
    # "kuliko zamani" compares with the past and does not date the change
    ("baba ana kidoa cheusi shingoni kimekua kuliko zamani", R),
    ("mama ana kiwaa mkononi, rangi yake imechanganyika nyeusi na kahawia", R),
    # erection problems in everyday and Sheng euphemisms
    ("bro mashine yangu haisimami vizuri siku hizi, nina kisukari", R),
    ("jogoo hapandi mtungi tena, nina miaka 50 na presha", R),
    ("mtambo wangu hausimami tena, nina wasiwasi", R),
]

HI: list[tuple[str, TriageLevel]] = [
    # a large burn: the neck or shoulders as one of two parts, the skin hanging after a burn
    ("papa ki gardan aur kandhe garam tel se jal gaye", E),
    ("गैस से आग लगी, भाई की गर्दन और सीना जल गया", E),
    ("bhabhi ka seena aur pet ubalte paani se jal gaye", E),
    ("garam doodh gira, bachhe ka haath jal gaya aur chamdi latak rahi hai", E),
    ("उबलता पानी गिरा, पैर जल गया और खाल लटक रही है", E),
    # negatives: a small burn, sunburn without blisters
    ("roti banate waqt ungli thodi si jal gayi, chhala nahi hai", S),
    # falling or passing out then shaking, or the teeth clenched with it; in pregnancy
    ("meri bahu pet se hai, achanak gir gayi aur haath pair kaanpne lage", E),
    ("पत्नी को आठवां महीना है, अचानक गिरी और पूरा शरीर कांपने लगा, दांत भिंच गए", E),
    ("hamar didi pet se baadi, behosh hoke kaanpe lagal, daant kas gaye", E),
    ("chacha achanak gir pade aur kaanpne lage, abhi jawab nahi de rahe", E),
    # negatives: teeth clenched in sleep, trembling from fear or cold
    ("raat ko sote waqt daant bhinchta hoon, subah jabde me halka dard", R),
    ("bike se gir gaya, ghutna chhil gaya, dar se kaanp raha tha ab theek hai", S),
    # everyone's life easier without me, no plan: urgent
    ("कभी कभी सोचती हूँ मेरे न रहने से घर वालों की ज़िंदगी आसान हो जाएगी", U),
    ("mere na hone se sab ki life aasan ho jayegi, aisa lagta hai roz", U),
    (
        "lagta hai mere bina sabki zindagi behtar ho jayegi, koi plan nahi hai bas khayal aata hai",
        U,
    ),
    # "no plan to do anything" denies the plan even after "का" (the thought stays urgent)
    ("मरने का ख्याल आता है, पर कुछ करने का कोई प्लान नहीं है", U),
    ("mere na rehne se ghar walon ki zindagi aasan hogi. kuch karne ka koi plan nahi hai", U),
    # a mole that has grown or changed, said further on in the sentence (NHS moles: a GP)
    ("mummy ke haath pe ek til hai jo is saal dheere dheere bada ho gaya", R),
    ("पापा की पीठ पर एक तिल है जो पिछले कुछ महीनों में काला और बड़ा हो गया", R),
    # a day in the sun, red and a little burning, no blisters: sunburn, self-care
    ("कल पूरा दिन समुद्र किनारे धूप में रहा, पीठ एकदम लाल हो गई है और छूने पर जलती है", S),
    ("dhoop me din bhar kaam kiya, haath laal ho gaye hain, thodi si jalan hai", S),
    # snoring with pauses in breathing or dozing by day (sleep apnoea)
    ("पति रात को खर्राटे लेते हैं, बीच में साँस रुकती है, दिन भर थके रहते हैं", R),
    ("papa raat ko kharrate lete hain aur din me office me jhapki le lete hain", R),
    ("भाई ज़ोर से खर्राटे लेता है और मीटिंग में ऊँघता रहता है", R),
]


ROWS = [(text, "sw", want) for text, want in SW] + [(text, "hi", want) for text, want in HI]


@pytest.mark.parametrize(("text", "language", "want"), ROWS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)
