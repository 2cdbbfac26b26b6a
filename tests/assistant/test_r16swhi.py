"""Swahili and Hindi round-16 misses, mended as families (both sides).

A hot drink, pot or kettle tipped over a small child, the liquid said without "ya" and the skin
starting to come away (NHS burns and scalds: A&E); asking whether a poison hurts or how fast it
kills, with life having beaten them, and a message scheduled to reach the family later (NICE
NG225, Samaritans warning signs: 999); a small battery a child played with that is now missing,
or drooling beside one (Alder Hey, NHS: A&E even with no symptoms); the number of tablets said
after the verb ("kha li, poora patta") (NHS overdose: A&E); a wish for it all to end with no
plan in Hindi (NHS help for suicidal thoughts: urgent). Harmless neighbours stay calm: a small
splash, sunburn peeling, a birthday message scheduled, teething drool, a flat remote battery.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

SW: list[tuple[str, TriageLevel]] = [
    # a hot liquid or pot tipped over a small child, skin coming away
    ("mtoto wa miaka 2 amevuta birika la chai moto likamwagikia kifua, ngozi imeanza kutoka", E),
    ("kitoto cha mwaka mmoja kimemwagikiwa na chai moto kifuani, ngozi imebanduka", E),
    ("mwanangu wa miaka 3 amejimwagia uji moto tumboni na sasa ngozi inachubuka", E),
    ("binti wa miaka 4 sufuria ya maji moto ikammwagikia mkono mzima, kuna malengelenge", E),
    ("mtoto wa miezi 10 thermos ya chai moto ikamwagikia mguu, ngozi imeanza kubanduka", E),
    # negatives: a small splash, sunburn, tea drunk hot
    ("nimejimwagia chai kidogo kidoleni, nyekundu tu bila malengelenge", S),
    ("nilichomwa na jua beach jana, leo mgongo ngozi inaanza kuchubuka, sina homa", S),
    # method questions with low mood or hopelessness; a scheduled last message
    ("nataka tu kujua kama dawa ya panya inaumiza ama inaua haraka, maisha yamenishinda", E),
    ("je sumu ya kuua wadudu inauma sana kabla ya kufa? nimekata tamaa kabisa", E),
    ("niambie kama vidonge vya usingizi vinauma, nimechoka na maisha na sina mtu", E),
    ("nimeandika ujumbe kwa baba nimeuschedule utatumwa kesho asubuhi, nimekata tamaa", E),
    ("message kwa wazazi itaenda kesho saa sita, nimechoka na maisha, sioni maana tena", E),
    # negatives: a scheduled birthday message, rat poison for rats
    ("nimeschedule message ya birthday kwa dada itaenda kesho asubuhi, ni surprise", R),
    ("tumenunua dawa ya panya, je inaumiza paka akiila? tuna paka wawili", R),
    # a battery missing or drooling beside one
    ("mtoto wa miaka 2 alikuwa anachezea remote, betri ndogo imepotea na anatoa mate mengi", E),
    ("binti wa miaka 3 alikuwa na betri ya saa, sasa haionekani, anacheza tu", E),
    ("mwanangu wa miaka 2 ameshika betri ya button na sasa anatema mate", E),
    # negatives: teething drool, a flat battery
    ("mtoto wa miezi 7 anaota meno, anatoa mate mengi, ananyonya na kucheza vizuri", S),
    # a passive wish worded 'ingekuwa bora'
    ("wiki tatu silali, nafikiria ingekuwa bora nisiamke, sina mpango wa kujidhuru", U),
]

HI: list[tuple[str, TriageLevel]] = [
    # a battery missing or drooling beside one
    ("beti 2 saal ki, ghadi wali chhoti battery nahi mil rahi, wo usi se khel rahi thi", E),
    ("beta 3 saal ka, button cell gayab hai aur wo baar baar thook raha hai", E),
    ("meri 2 saal ki beti remote ki battery se khel rahi thi, ab laar zyada gir rahi hai", E),
    ("मेरी 2 साल की बेटी रिमोट की बैटरी से खेल रही थी, अब बैटरी गायब है", E),
    ("मेरा 3 साल का बेटा सेल से खेल रहा था, अब उसकी लार बहुत गिर रही है", E),
    # negatives: teething drool, a flat battery
    ("mera 8 mahine ka baccha daant nikal rahe hain, laar bahut girti hai, khush hai", S),
    ("remote ki battery khatam ho gayi, kaunsi battery khilone ke liye safe hai?", R),
    # the amount said after the verb
    ("roommate ne ladai ke baad neend ki goliyan kha li, poora patta, ab bahut neend me hai", E),
    ("मेरी सहेली ने नींद की गोलियां खा लीं, पूरा पत्ता, अब जगाने पर भी सो जाती है", E),
    ("bhai ne gusse me BP wali goliyan kha li, saari ki saari, ab bahut sust hai", E),
    ("dost ne dawai kha li, shayad 15 thi, ab jawab nahi de raha theek se", E),
    # negatives: one tablet
    ("sir dard ke liye ek crocin kha li thi, ab theek hun, bas thodi thakan hai", S),
    # a wish for it all to end, no plan
    ("kuch hafton se lagta hai sab khatam ho jaye to achha, koi plan nahi hai, baat karni hai", U),
    ("मुझे लगता है सब खत्म हो जाए तो अच्छा, कोई योजना नहीं, बस डर लगता है", U),
    # negatives: a pain or an exam that would be good to end
    ("ye exam jaldi khatam ho jaye to achha, bahut padhai ho gayi", R),
    ("ये दर्द जल्दी खत्म हो जाए तो अच्छा, कौन सी दवा लूँ?", R),
    # poison bought with a scheduled message
    ("chuhe maarne ki dawa kharid li hai, mummy ko message schedule kar diya kal subah jayega", E),
    ("birthday ke liye raat 12 baje message schedule kar diya hai, cake bhi order kiya", R),
]


CASES = [(t, w, "sw") for t, w in SW] + [(t, w, "hi") for t, w in HI]


@pytest.mark.parametrize(("text", "want", "lang"), CASES)
def test_round16_families(text: str, want: TriageLevel, lang: str) -> None:
    assert_level(rules(), text, want, lang)
