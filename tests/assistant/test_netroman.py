"""The safety net as people type it (netroman 2026-12-07), in the eight net languages and their
romanised forms (Arabizi, Banglish, Amharic in Latin letters, Yoruba with and without tone marks):

- Crisis said indirectly (NICE NG225, NHS 'Help for suicidal thoughts', Samaritans warning signs):
  'tired of everything' with pills hoarded, a will or a goodbye letter, belongings given away or a
  time waited for, or two of those, is the suicide emergency; 'tired of everything' alone is
  thoughts to talk about today (urgent, as the English, French, Portuguese and Swahili readings make
  it). Tired from work, a letter to a boss, old medicine gathered to throw away are not.
- A young infant's danger signs (WHO IMCI young infant; NHS bronchiolitis): the chest or ribs
  pulling in, or a baby of weeks or a month or two breathing hard or fast or not feeding, is an
  emergency; a baby of two months with a runny nose who feeds well is not.
- A fever with a place where malaria is common (NHS 'Malaria', WHO malaria fact sheet) is urgent in
  any country (the ``travel`` statement); a holiday planned there, with no fever, is not.
- Tone marks are optional in Yoruba (``optional_marks``): a statement is read with them or without.

Greetings, a relative's illness years ago and negated fevers stay routine. The phrasings are the
engineers' own and need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, U, assert_level, local_of, net, rules

# (message, level, country of the person: its pack's local diseases are read with it)
ROWS: list[tuple[str, TriageLevel, str]] = [
    ("t3bt mn kolshi, katabt wasiyti w jama3t 7bob ktir, bas bedde a3ref emta el wa2t", E, "JO"),
    ("khalas ana ta3ban mn kol shi w 3andi 7boob mjam3a, stanna el wa2t el monaseb", E, "JO"),
    ("wazza3t 7ajati 3ala as7abi w katabt risale la ommi", E, "EG"),
    ("كتبت وصيتي وخبيت حبوب كثيرة، بس بدي أعرف إيمتى يجي الوقت", E, "JO"),
    ("el bebe 3omro shahr, byetnaffas b sa3ube w sadro byenshad la jowwa", E, "JO"),
    ("ebni 5 asabee3 ma 3am yerda3 w nafaso sari3", E, "LB"),
    ("abouya wi2e3 w ma 3am yrod 3alayna", E, "LB"),
    ("3andi 7arara w ra3sha, lessa raje3 men Nigeria", U, "JO"),
    ("kalb 3addni fe rejli w tal3 dam", U, "JO"),
    ("jiddo ma byetnafas abadan", E, "SY"),
    ("t3bt mn kol shi", U, "JO"),
    ("kifak ya doctor, shu akhbarak", R, "JO"),
    ("jaddi kan 3ando jalta 2abl 5 snin, halla2 mnee7", R, "JO"),
    ("ana ta3ban mn el shoghl el yom", R, "EG"),
    ("ami sob kichu theke klanto, chithi likhe rekhechi ar onek ghumer oshudh jomiyechi", E, "BD"),
    ("আমি সবকিছুতে ক্লান্ত, উইল লিখে রেখেছি আর অনেক ঘুমের ওষুধ জমিয়েছি", E, "BD"),
    ("baccha 1 maser, shash nite khub kosto, buk bhitore dhuke jacche", E, "IN"),
    ("babu 3 soptaher, nisshas nite parche na, dudh khacche na", E, "BD"),
    ("বাবুর বয়স দেড় মাস, খুব দ্রুত শ্বাস নিচ্ছে, বুকের নিচটা ভেতরে ঢুকে যাচ্ছে", E, "BD"),
    ("abbu hotat ojnan hoye geche, sara dicche na", E, "BD"),
    ("jor ar kapuni, gotokal Africa theke fire eshechi", U, "GB"),
    ("kukur kamor diyeche, rokto beriyeche", U, "BD"),
    ("ami sob kichu theke klanto", U, "BD"),
    ("kemon acho bhai?", R, "BD"),
    ("amar dadur 10 bochor age stroke hoyechilo, ekhon bhalo", R, "BD"),
    ("aj office e onek kaj, ami klanto", R, "BD"),
    ("ሁሉ ነገር ሰልችቶኛል፣ ኑዛዜ ጻፍኩ፣ ብዙ ክኒን ሰብስቤአለሁ", E, "ET"),
    ("hulu neger selchitognal, nuzaze tsafku, bizu kinin sebsibealehu", E, "ET"),
    ("lije yeand wer lij new, metenfes alchalem, deretu wede wust yigebal", E, "ET"),
    ("abate rasun satu, ayinesam", E, "ET"),
    ("tikusat ena biridibird alegn, ke Sudan temelsheh metahu", U, "US"),
    ("selam, endet neh?", R, "ET"),
    ("ayate kezih befit sitrok neberachew, ahun dehna nachew", R, "ET"),
    ("na gaji da komai, na rubuta wasiyya kuma na tara kwayoyi da yawa", E, "NG"),
    ("na raba kayana duka ga abokaina, ina jiran lokaci ya yi", E, "NG"),
    ("jariri dan wata daya yana numfashi da kyar, kirjinsa yana shiga ciki", E, "NG"),
    ("babana ya suma baya farkawa", E, "NG"),
    ("ina da zazzabi da sanyi, na dawo daga Kano jiya", U, "GB"),
    ("sannu, yaya kake?", R, "NG"),
    ("kakana ya yi bugun jini shekaru goma da suka wuce", R, "NG"),
    ("ó ti sú mi gbogbo nǹkan, mo ti kọ ìwé ìhágún, mo sì ti kó òògùn púpọ̀ jọ", E, "NG"),
    ("o ti su mi gbogbo nkan, mo ti ko iwe ihagun, mo si ti ko oogun pupo jo", E, "NG"),
    ("omo mi osu kan ni, ko le mi daadaa, aya re n wo inu", E, "NG"),
    ("baba mi daku, ko ji", E, "NG"),
    ("mo ni iba ati otutu, mo sese de lati Eko", U, "GB"),
    ("e kaaro, se daadaa ni?", R, "NG"),
    ("iya mi ni arun ọpọlọ ni odun mewa seyin, o ti dara bayi", R, "NG"),
    (
        "ngikhathele yikho konke, sengibhale incwadi yokuvalelisa, ngiqoqe amaphilisi amaningi",
        E,
        "ZA",
    ),
    ("nginike abangane izinto zami zonke, ngifuna ukwazi ukuthi isikhathi sifika nini", E, "ZA"),
    ("usana lwenyanga, luphefumula kanzima, isifuba singena phakathi", E, "ZA"),
    ("ubaba uqulekile akavuki", E, "ZA"),
    ("nginomkhuhlane namakhaza, ngisanda kubuya eMalawi", U, "ZA"),
    ("inja ingilumile, kuyopha", U, "ZA"),
    ("sawubona, unjani?", R, "ZA"),
    ("umkhulu waba nestroke eminyakeni eyishumi edlule", R, "ZA"),
    (
        "pagod na ako sa lahat, sumulat na ako ng huling habilin at nag-ipon ng maraming tableta",
        E,
        "PH",
    ),
    ("pagod na ko sa lahat, may sulat na ko para sa pamilya, naipon ko na yung mga gamot", E, "PH"),
    ("yung baby ko 1 month, hirap huminga, lumulubog yung dibdib", E, "PH"),
    ("si lolo nawalan ng malay, hindi magising", E, "PH"),
    ("may lagnat at nanginginig ako, kauuwi ko lang galing Africa", U, "SA"),
    ("kumusta ka na?", R, "PH"),
    ("nagka-stroke si lola noong 2015, okay na siya ngayon", R, "PH"),
    ("aku capek dengan semuanya, sudah tulis surat wasiat dan kumpulin banyak obat tidur", E, "ID"),
    ("saya dah penat dengan semua, dah tulis surat wasiat, ubat dah kumpul banyak", E, "MY"),
    ("bayi saya umur 1 bulan, napasnya sesak, dadanya tertarik ke dalam", E, "ID"),
    ("bapak pingsan tidak sadar", E, "ID"),
    ("demam menggigil, baru pulang dari Papua", U, "SG"),
    ("digigit anjing, lukanya berdarah", U, "ID"),
    ("apa kabar?", R, "ID"),
    ("nenek saya pernah stroke 5 tahun lalu, sekarang sudah sehat", R, "ID"),
    ("ma 3andi 7arara w ma fi dam, bas shwayet soda3", R, "JO"),
    ("baccha r jor nei, dudh khacche, shudhu ektu sordi", R, "BD"),
    ("bayi saya pilek sedikit, minum susu masih kuat", R, "ID"),
    ("ta3bana mn kolshi, ma 3ad ba3ref shu a3mel", U, "LB"),
    ("5abbet dwa ktir w katabt wasiyti, khalas", E, "EG"),
    ("wza3t hdoumi w mobili 3ala as7abi w bestanna el wa2t", E, "MA"),
    ("katabt risale la modiri 3an el ijaze", R, "JO"),
    ("jama3t el adwye el 2adime 3ashan armiha", R, "JO"),
    ("el rade3 3omro 3 asabee3, nafaso sari3 w ma 3am yerda3", E, "LB"),
    ("bnti sadra byenshad la jowwa w hiye btetnaffas", E, "SY"),
    ("ebni 3omro 3 snin, 3ando rash 5afif", R, "JO"),
    ("shob kichu theke klanto, ghumer tablet jomiyechi, kobe somoy hobe jani na", E, "BD"),
    ("baccha 2 maser, ektu sordi, dudh khacche bhalo", R, "BD"),
    ("amar 3 shoptaher babu jore jore nishash nicche, buk debe jacche", E, "BD"),
    ("jor hoyeche, Nigeria theke fire eshechi 2 sopta age", U, "GB"),
    ("ami Africa jete chai next year", R, "BD"),
    ("hulum neger selchitognal, medhanit sebsibealehu", E, "ET"),
    ("nuzaze tsafku, ikawochen lewendime setehu", E, "ET"),
    ("na gaji da rayuwa, na boye magunguna da yawa", E, "NG"),
    ("na gaji da aiki yau, zan huta", R, "NG"),
    ("na gaji da komai", U, "NG"),
    ("gbogbo nkan ti su mi, mo ti fi oogun pamo", E, "NG"),
    ("gbogbo nǹkan ti sú mi", U, "NG"),
    ("ngikhathele konke, ngigcine amaphilisi, ngilinde isikhathi", E, "ZA"),
    ("ingane yenyanga iphefumula ngokushesha", E, "ZA"),
    ("izimbambo zengane ziyangena uma iphefumula", E, "ZA"),
    ("usana lwenyanga luyakhala kakhulu ebusuku", R, "ZA"),
    ("ngiphethwe imfiva, ngibuya eZimbabwe", U, "ZA"),
    ("ngiya eMozambique ngeholide", R, "ZA"),
    ("sanggol 3 weeks, mabilis huminga at ayaw dumede", E, "PH"),
    ("yung tadyang ng anak ko lumulubog pag humihinga", E, "PH"),
    ("baby ko 2 months, sipon lang, dumedede naman", R, "PH"),
    ("lelah dengan semuanya, obat tidur sudah aku kumpulin", E, "ID"),
    ("aku capek sama semuanya", U, "ID"),
    ("demam tinggi, baru balik dari Afrika", U, "SG"),
    ("saya mau liburan ke Afrika bulan depan", R, "SG"),
]


@pytest.mark.parametrize(("text", "level", "country"), ROWS)
def test_netroman_rows(text: str, level: TriageLevel, country: str) -> None:
    assert_level(rules(), text, level, local=local_of(country))


def test_yoruba_tone_marks_are_optional() -> None:
    marked = net().match("ó ti sú mi gbogbo nǹkan, mo ti kọ ìwé ìhágún", "yo")
    plain = net().match("o ti su mi gbogbo nkan, mo ti ko iwe ihagun", "yo")
    assert "suicide" in marked
    assert marked == plain


def test_a_fever_from_a_malaria_place_counts_where_malaria_is_not_local() -> None:
    said = net().match("nginomkhuhlane namakhaza, ngisanda kubuya eMalawi", "zu", local_of("ZA"))
    assert said == ["travel"]
    assert net().match("ngiya eMozambique ngeholide", "zu", local_of("ZA")) == []
