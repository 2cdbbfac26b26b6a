"""netB (2026-12-07): the Indonesian, Hausa, Yoruba and Zulu safety nets, widened by concept.

A small child with a fever who breathes fast is seen the same day (WHO IMCI: pneumonia; NICE
NG143: a raised breathing rate is amber), in every country, not only where malaria is common; the
chest pulling in or a baby grunting with its breathing is a danger sign (WHO IMCI). Not conscious
after an electric shock or a road accident (NHS first aid). Indirect suicidal intent (Samaritans
warning signs, NHS 'Help for suicidal thoughts'): 'you won't have to worry about me any more', an
apology to all with every belonging given away, a farewell said 'nisale kahle'. Word families:
Yoruba shaking 'jìgìjìgì', skin 'ara rẹ̀ ti bó' after a scald, the chest in English with a Zulu
pain word. Look-alikes stay quiet: 'don't worry about me, I'm fine', shivering with cold, dying
of laughter, rat poison bought for the house. Rows are our own phrasings, written anew; the
words need the native check the files' reviews ask for.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import LEVELS, assert_level, assert_not_emergency, rules, table

ROWS = table(
    """
    # a small child with a fever breathing fast: the same day, wherever the person is
    U id | balita saya panas tinggi dari semalam, napasnya cepat sekali
    U id | si kecil demam, nafasnya ngos-ngosan terus
    U ha | yarona yana zazzabi kuma numfashinsa da sauri sosai
    U ha | jaririnmu yana da zafin jiki, yana haki
    U yo | ọmọ mi ní ibà, ó ń mí kíákíá
    U yo | omo mi ni iba lati ana, o n mi kiakia
    U zu | umntanami unomkhuhlane, uphefumula ngokushesha
    U zu | ingane inemfiva futhi iphefumula ngamandla
    # the chest pulling in, a baby grunting as it breathes: a danger sign
    E id | bayiku napasnya pakai tarikan dada, kelihatan capek
    E id | dedek bayi merintih tiap tarik napas
    # not conscious after an electric shock or a road accident
    E id | bapak kesetrum pas benerin kabel, sekarang gak sadar
    E id | adikku ketabrak motor tadi, dia tidak bergerak sama sekali
    # 'you won't have to worry about me any more'
    E id | nanti kalian nggak perlu repot lagi ngurusin aku
    E id | setelah ini mama gak usah khawatir lagi sama aku
    E yo | ẹ kò ní dààmú nípa mi mọ́ lẹ́yìn òní
    E yo | e o ni se wahala nitori mi mo
    # an apology or farewell with everything given away
    E id | maafin aku ya semuanya, hp kumatiin, jangan dicari
    E yo | ẹ má bínú sí mi, mo ti pín gbogbo nǹkan mi fún àwọn àbúrò mi
    E zu | nisale kahle nonke, ngeke niphinde ningibone
    # Yoruba shaking, a scald with the skin off; a Zulu chest in English
    E yo | ọmọ wa ń gbọ̀n wìrìwìrì, kò dáhùn
    E yo | baba n gbon jigijigi lori ibusun
    E yo | omi gbona ba omo lara, ara re ti bo kuro
    E zu | chest yakhe ibuhlungu kakhulu
    E zu | isifuba sami siyaqaqamba futhi ngiyajuluka
    E yo | iya mi daku. ko dahun rara
    """,
)

NOT_EMERGENCY = table(
    """
    id | besok aku ujian, kalian gak usah khawatir sama aku ya
    id | mama gak perlu khawatir, aku udah sembuh kok
    id | aku hampir mati ketawa nonton film itu
    id | anakku demam sedikit tapi napasnya biasa aja
    yo | mo n gbon jigijigi nitori otutu
    yo | ẹ má bínú, mo pẹ́ dé
    yo | mo fẹ́ kú fún ẹ̀rín lónìí
    yo | mo fun ile alaanu ni gbogbo aso atijo mi
    zu | usale kahle mngane wami, sizobonana ngoMsombuluko
    zu | ngithenge ushevu wamagundane wasekhishini
    zu | ngiphefumula ngokushesha emva kokugijima
    ha | yaro yana numfashi da sauri bayan gudu
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), ROWS)
def test_level(want: str, language: str, text: str) -> None:
    assert_level(rules(), text, LEVELS[want])


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCY)
def test_not_emergency(language: str, text: str) -> None:
    assert_not_emergency(rules(), text)
