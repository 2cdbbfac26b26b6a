"""Swahili gate words for the crisis model (hintssw, 2026-12-07).

suicide_plan's last row asks the learned crisis model only with two warning signs the rules read
(Samaritans: two signs together). The four broad `hint_*` findings (sorry or "I love you" said to
the family, it all being over or a last message, affairs put in order, a possession or the
children handed to someone) widen that gate in Swahili and Sheng (NHS help for suicidal thoughts,
Samaritans warning signs, NICE NG225). Rows: crisis messages in new shapes that reach 999, and
ordinary messages with the same words, alone or two together (sorry for being late, a bike for a
brother, a health insurance question, the exams over by Friday, a move abroad), that stay where
they were. The levels are the whole engine's (the crisis model is asked); the findings are the
rules'.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("Nimeweka kamba tayari. Samahani mama kwa shida zote nilizokuletea", E),
    ("nimeshanunua sumu ya panya. mwambieni mathe nilimpenda sana", E),
    ("Vidonge viko hapa chumbani. Kila kitu kitaisha usiku huu, msinitafute", E),
    ("Nimelipa madeni yangu yote na kumtumia mke wangu namba za akaunti. Sina matumaini tena", E),
    ("Simu yangu nimempa Baraka, laptop ni ya Wanjiru. Sioni sababu ya kuishi", E),
    ("Nimemwachia dada vito vyangu vyote, na sitarudi. Kamba nimeshanunua", E),
    ("Sitakuwa shida kwa mtu yeyote tena. Nimeshapata sumu", E),
    ("Ukiona ujumbe huu nimeshaenda. Nawapenda wote", E),
    ("Nimemtafutia paka wangu mtu wa kumtunza kabisa. Jumamosi ndio siku", E),
    ("Tafadhali waangalie wadogo zangu. Nimechoka kuwa mzigo, nimeshanunua sumu", E),
    ("Nisamehe mpenzi wangu. Kesho sitakuwepo", E),
    ("Hii ndio mara ya mwisho mtasikia kutoka kwangu. Nimeandika wasia jana", E),
    ("Samahani mama nimechelewa kurudi nyumbani, foleni ilikuwa kubwa", R),
    ("sorry guys nimechelewa kujibu, simu ilikuwa imezima", R),
    ("Kaka yangu atapata baiskeli yangu ya zamani, mimi nimenunua mpya", R),
    ("Nina swali kuhusu bima ya afya, inalipa upasuaji wa goti?", R),
    ("Mitihani itaisha ijumaa, kila kitu kitaisha vizuri", R),
    ("Nimelipa madeni yote ya biashara leo, nafurahi sana", R),
    ("Nimesafisha chumba changu chote kwa ajili ya wageni wa krismasi", R),
    ("Nimeandika wasia kwa wakili wetu mwaka huu, kama ushauri wa benki", R),
    ("Nimempa mama password ya wifi ili atumie internet", R),
    ("Ameniomba niangalie watoto wake leo jioni akienda sokoni", R),
    ("Sitakuwepo kazini kesho, nitasafiri kwenda Mombasa", R),
    ("Jumamosi ni siku nzuri ya harusi ya dada yangu", R),
    ("Hii ndio mara ya mwisho nitakunywa soda, nataka kupunguza sukari", R),
    ("Nawapenda wote, asanteni kwa sherehe nzuri ya kuzaliwa kwangu", R),
    ("Mimi na mpenzi wangu tumemalizana, lakini niko sawa, nina marafiki wazuri", R),
    ("Chukua vitabu vyangu vya zamani ukipenda, mimi nimemaliza chuo", R),
    ("Saa yangu nimempa Juma kama zawadi ya kuzaliwa", R),
    ("Nitapata nafasi ya kazi Nairobi mwezi ujao, nina furaha", R),
    ("Nimezima GPS ya simu ili betri idumu", R),
    ("Nina huzuni tangu nipoteze kazi, nimelipa madeni yote kwa akiba, sijui nianzie wapi", S),
    ("Shukrani kwa urafiki wako, tutaonana wiki ijayo", R),
    ("Laptop ni ya Wanjiru, naweza kuitumia kwa kazi ya shule?", R),
    ("Nimekutumia PIN ya M-Pesa ya duka, lipa bili ya maji", R),
    ("Tafadhali mwangalie mama yangu leo jioni, nitarudi kesho", R),
    ("Sina haja ya kuendelea. Nimechoka kupigana", U),
    ("Nahisi nimekuwa mzigo kwa familia yangu, kila siku nalia", U),
    ("Nimechagua tarehe ya harusi, nina wasiwasi mwingi na siwezi kulala", S),
    ("Nawapenda wote! Mitihani itaisha ijumaa na nitarudi nyumbani", R),
    ("Samahani mama, sitakuwepo kesho jioni, nina zamu kazini", R),
    ("Nimempa kaka baiskeli yangu na nimelipa madeni yote kabla ya kuhamia Ulaya", R),
    ("Nimesafisha chumba changu chote, nimeacha funguo kwa mwenye nyumba, nahamia Mombasa", R),
    ("Bima ya maisha ya mume wangu inalipa? Ameenda safari, nataka kujua tu", R),
    ("Hii ndio mara ya mwisho nakuandikia kuhusu kodi, nimelipa madeni yote", R),
    ("Samahani mpenzi wangu kwa ugomvi wa jana. Nakupenda mama watoto, tutaonana jioni", R),
    ("Chukua vitabu vyangu vyote, ziwe kwako, mimi nimehitimu chuo. Nawapenda wote", R),
    ("Nimemwambia kila mtu nawapenda leo. Usiku huu nitakunywa sumu", E),
    ("Kijana amegawa pikipiki yake, anasema amechoka kuwa mzigo kwetu. Ana kamba chumbani", E),
    ("Msinilaumu, si kosa lenu. Nimeshanunua vidonge vya usingizi pakiti kumi", E),
    ("Samahani mama kwa kuchelewa. Kila kitu kitaisha vizuri kesho, mtihani wa mwisho", R),
    ("Nimelipa madeni yote ya chama na nimeacha funguo kwa mlinzi, naenda likizo", R),
    ("Nisamehe mpenzi wangu. Nimemaliza.", R),
    ("Nawapenda wote sana. Hii ni goodbye party yangu, nahamia Canada", R),
    ("Sorry mathe, sitarudi leo, nalala kwa rafiki", R),
    ("Bima ya maisha ni nzuri? Nataka kumnunulia mama, nampenda sana", R),
    ("Nimeandika wasia na kulipa madeni yote, daktari alisema nipange mambo kabla ya upasuaji", R),
    ("Saa yangu nimempa Juma, na nawapenda wote marafiki zangu wa chuo", R),
    ("Jumamosi ni siku nzuri kwa kuhama, nimeshachagua mahali pa kuishi", R),
    ("Sitakuwepo Krismasi hii, nitakuwa nimeshaondoka kwenda Dubai kikazi. Nawapenda wote", R),
    ("Ukiona hii message nimeshaenda sokoni, chakula kiko mezani", R),
    ("Mbwa wangu nimempeleka kwa jirani wiki hii, nikiwa safarini. Samahani mama", R),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_hints_sw(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want, "sw")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("samahani mama kwa shida zote nilizowaletea", "hint_sorry"),
        ("ukimuona mathe mwambie nilimpenda", "hint_sorry"),
        ("ukiona hii message nimeshaenda", "hint_over"),
        ("jumapili inaonekana ni siku nzuri", "hint_over"),
        ("nimekutumia pin ya m-pesa na ya benki", "hint_affairs"),
        ("madeni yote ya chama nimeyalipa leo", "hint_affairs"),
        ("saa yangu nimempa juma", "hint_gift"),
        ("ameniomba nimtunzie mtoto wake milele", "hint_gift"),
    ],
)
def test_hint_read(text: str, finding: str) -> None:
    assert finding in rules().assess(text, "sw", frozenset()).present


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("samahani mama nimechelewa kurudi", "hint_sorry"),
        ("nina swali kuhusu bima ya afya", "hint_affairs"),
        ("ameniomba niangalie watoto wake leo jioni", "hint_gift"),
        ("sitakuwepo kazini kesho", "hint_over"),
        ("jumamosi ni siku nzuri ya harusi", "hint_over"),
    ],
)
def test_hint_not_read(text: str, finding: str) -> None:
    assert finding not in rules().assess(text, "sw", frozenset()).present
