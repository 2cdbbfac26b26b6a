"""Round 7 (r7swhi): Swahili, Hindi and safety-net emergencies and same-day cases.

* Safety net: sleeping tablets saved up by the writer and all to be taken at once (Bengali,
  the means made ready: crisis); a hot oil or water scald reaching the face, neck or chest,
  or wide blisters (Indonesian); paraffin swallowed (Zulu "uparafini"), a burn over the body
  or with the skin peeling (Zulu); heavy bleeding an hour after a birth (Amharic).

* Swahili: a whole pack of a medicine swallowed, and tablets taken after a break-up (intent);
  a boiling liquid spilled onto someone ("yamemwagikia") with the skin coming off; blood
  "mingi" (the everyday form of "nyingi") in pregnancy; heavy periods said with "na damu
  nyingi" and a pad changed hourly (routine, not the heavy-bleeding emergency); a leg red,
  hot and swollen with the redness climbing to the knee (cellulitis).
* Portuguese: "uma cartela inteira" (a whole strip) besides "a cartela inteira".
* Hindi: a dog bite with more words between the dog and the bite (rabies, same day); a long
  train or bus journey, then a calf swollen and warm to the touch after a comma (DVT); a band
  of blisters ("patti jaisi line me chhale"; French "une bande de cloques", Swahili "mstari wa
  malengelenge": shingles); voices typed "awaazein", the TV talking about him (psychosis).

Every message is our own, written for these tests by engineers who are not native speakers.
The other side is tested too: the same words in everyday messages stay below an emergency.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel

from .support import E, R, S, U, assert_level, net, rules

NET_EMERGENCIES = (
    # Bengali: tablets saved up, all to be taken at once
    ("bn", "ঘুমের ট্যাবলেট অনেক দিন ধরে জমিয়ে রেখেছি, আজ সব খেয়ে নেব", "suicide"),
    ("bn", "আজ রাতে সবগুলো বড়ি একসাথে খাবো, আর সহ্য হয় না", "suicide"),
    ("bn", "ghumer oshudh jomiye rakhchi onek din dhore", "suicide"),
    # Indonesian: a scald to the face, neck or chest; wide blisters
    ("id", "anakku ketumpahan air panas dari termos, dada sama lehernya melepuh", "injury"),
    ("id", "adik kesiram kuah panas, wajah dan leher merah semua", "injury"),
    ("id", "tangan sampai lengan melepuh luas kena knalpot", "injury"),
    # Zulu: paraffin with the u- prefix; a burn over the body; skin peeling after a burn
    ("zu", "umntwana uphuze uparafini, uyakhwehlela", "poisoning"),
    ("zu", "indlu ishile, umama ushe kabi emzimbeni wonke", "injury"),
    ("zu", "ushiswe amanzi abilayo, isikhumba siyaxebuka", "injury"),
    # Amharic: bleeding after a birth, told a few words later
    ("am", "ከወለደች ሁለት ሰዓት አልፏል ደም በብዛት ይፈሳታል", "bleeding"),
    ("am", "እህቴ ደም እየፈሰሳት ነው ትዝለፈለፋለች", "bleeding"),
)


@pytest.mark.parametrize(("code", "text", "statement"), NET_EMERGENCIES)
def test_net_statements_now_made(code: str, text: str, statement: str) -> None:
    assert statement in net().match(text, code)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("সব ঘুমের ওষুধ জমিয়ে রাখছি, আজ রাতে একসাথে খাবো", "suicide"),
        ("anak saya kesiram minyak panas, muka dan dada melepuh", "injury"),
        ("ingane iphuze uparafini manje iphefumula ngokushesha", "poisoning"),
        ("ከወለደች አንድ ሰዓት ሆኗል ደም በጣም እየፈሰሳት ነው", "bleeding"),
    ],
)
def test_the_whole_assistant_answers_them_as_an_emergency(text: str, statement: str) -> None:
    assessment = engine().assess(text)
    assert assessment.level is E
    assert f"safety_net:{statement}" in [f.id for f in assessment.fired]


NET_CALM = (
    # Bengali: medicine kept in the fridge; whether two medicines may be taken together
    ("bn", "ওষুধ ফ্রিজে রাখছি"),
    ("bn", "দুটো ওষুধ কি একসাথে খাওয়া যায়?"),
    ("bn", "ওষুধ জমা দিয়েছি ফার্মেসিতে"),
    # Indonesian: a small splash on a finger or the foot
    ("id", "jari kena minyak panas sedikit, melepuh kecil"),
    ("id", "kesiram air panas di kaki dikit, merah aja"),
    # Zulu: a small burn on the hand; peeling after the sun; hot tea drunk
    ("zu", "ngishe kancane esandleni ngesipuni"),
    ("zu", "isikhumba siyaxebuka ngenxa yelanga"),
    ("zu", "ngiphuze itiye elishisayo"),
    # Amharic: a little blood days after a birth
    ("am", "ከወለድኩ ሦስት ቀን ሆኗል ትንሽ ደም አለ"),
)


@pytest.mark.parametrize(("code", "text"), NET_CALM)
def test_the_same_words_in_everyday_messages_make_no_emergency_statement(
    code: str, text: str
) -> None:
    fired = net().match(text, code)
    assert not [k for k in fired if net().level(code, k) is E], fired


SWAHILI_AND_PORTUGUESE = (
    # a whole pack; after a break-up
    ("rafiki yangu amemeza paketi nzima ya panadol", E),
    ("amekunywa box zima ya vidonge vya pressure", E),
    ("nimeachwa na mpenzi, nimekunywa tembe zote za mama", E),
    ("tomou uma cartela inteira de paracetamol", E),
    # a boiling liquid spilled onto a child, the skin coming off or blistered
    ("mwanangu maji yanayochemka yamemwagikia tumbo, ngozi inabanduka", E),
    ("mafuta ya moto yamemwagikia mkono wa mtoto, kuna malengelenge", E),
    # blood "mingi" in pregnancy
    ("nina mimba ya miezi minane na damu inatoka mingi sana", E),
    # cellulitis
    ("babu ana kisukari, mguu wake umekuwa mwekundu, moto na umevimba", U),
    ("wekundu umepanda mpaka gotini tangu jana", U),
    # Hindi (and the shingles band in French and Swahili)
    ("padosi ke kutte ne meri beti ke pair pe kaat liya, khoon nikla", U),
    ("लम्बी बस यात्रा के बाद बाईं पिंडली सूजी है, दर्द है, छूने पर गरम लगती है", U),
    ("lambi train yatra ke baad pindli sooj gayi, chhune par garam hai", U),
    ("55 saal ki hu, pasli pe patti jaisi line me jalne wale chhale aaye hain", U),
    ("पीठ पर एक तरफ पट्टी जैसी लकीर में छाले निकले हैं, बहुत जलन", U),
    ("une bande de cloques qui brûlent sur le côté des côtes", U),
    ("nina mstari wa malengelenge yanayouma upande mmoja wa kiuno", U),
    ("papa ko lagta hai TV wale unke baare me baat karte hain, pehli baar", U),
    ("bhai ko awaazein sunai deti hain jo kisi ko nahi aati", U),
)


@pytest.mark.parametrize(("text", "want"), SWAHILI_AND_PORTUGUESE)
def test_swahili_and_portuguese_now_placed(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


ORDER = (S, R, U, E)
NEARBY = (
    # buying a pack; the usual strip; sunburn peeling; a small splash; heavy periods; a swollen
    # leg after a journey without redness
    ("nilinunua pack nzima ya panadol dukani", R),
    ("tomei uma cartela de anticoncepcional como sempre", R),
    ("nimeungua na jua pwani, ngozi inabanduka mabegani", R),
    ("chai ya moto imenimwagikia kidole kidogo, ni chekundu tu", R),
    ("hedhi yangu inakuja na damu mingi, nabadilisha pedi kila saa mbili", U),
    ("siku zangu za mwezi zinakuja na damu nyingi tangu mwaka jana", R),
    ("mguu umevimba kidogo baada ya kutembea sana, hauna wekundu wala maumivu", R),
    # a dog that licked; a calf sore after running; acne in a line; a rash in a line from a
    # plant; a TV show talked about; voices from outside
    ("kutte ne mere saath khela aur haath chaata", R),
    ("pindli me dard hai, kal bahut daud lagayi thi", R),
    ("j'ai une ligne de boutons d'acné sur le front", R),
    ("nina mstari wa vipele kwenye mkono baada ya kugusa mmea", R),
    ("TV pe mere pasand ke show ke baare me baat karte hain dost", R),
    ("bahar se logon ki awaaz aa rahi hai, neend nahi aati", R),
)


@pytest.mark.parametrize(("text", "ceiling"), NEARBY)
def test_nearby_messages_stay_at_or_below(text: str, ceiling: TriageLevel) -> None:
    got = rules().assess(text).level
    assert ORDER.index(got) <= ORDER.index(ceiling), (text, got)
