"""crisis9: four families read too low in some languages, fixed as word classes in data.

1. Passive suicidal thoughts without a plan (better off without me, wishing to vanish or to
   sleep and not wake, no meaning in living) are at least urgent (NHS help for suicidal
   thoughts); with a plan, the means, a goodbye or a time they are an emergency.
2. Someone else's overdose told indirectly (a handful, the whole box or strip, all her
   tablets) is an emergency whatever they say about feeling fine (NHS overdose).
3. Movements of the baby in the womb barely felt or not like before reach reduced_movements
   (NHS: call the maternity unit straight away); ordinary questions about kicks do not.
4. A bite or scratch that breaks the skin where dogs carry rabies (the country pack's
   ``local: [rabies]``) or from an animal on a trip to the tropics raises rabies_risk (WHO
   rabies fact sheet: same-day wound care and post-exposure prophylaxis); a lick or a scratch
   that did not break the skin does not.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Assessment
from selfcare.events import TriageLevel

from .support import kb, rules

E, U = TriageLevel.EMERGENCY, TriageLevel.URGENT


def _local(code: str) -> frozenset[str]:
    return frozenset(kb().countries[code].local) if code else frozenset()


def _read(text: str, lang: str, code: str = "") -> Assessment:
    return rules().assess(text, lang, _local(code))


def _why(found: Assessment) -> str:
    return (
        f"{found.level.value}; fired {[f.id for f in found.fired]}, present {sorted(found.present)}"
    )


PASSIVE = [
    ("fr", "franchement j'ai juste envie de disparaître"),
    ("fr", "des fois je voudrais m'endormir et ne plus me réveiller"),
    ("es", "a veces siento que mis hijos estarían mejor si yo no existiera"),
    ("pt", "to cansada de tudo, só queria sumir"),
    ("pt", "acho que minha família seria mais feliz se eu não existisse"),
    ("sw", "nadhani familia yangu ingekuwa na amani bila mimi"),
    ("sw", "kuna siku natamani nitoweke tu"),
    ("sw", "sioni tena maana ya kuishi"),
    ("hi", "काश मैं कहीं गायब हो जाऊं"),
    ("hi", "दिल करता है रात को सो जाऊं और फिर कभी न उठूं"),
    ("hi", "kaash main kahin gayab ho jaun yaar"),
    ("hi", "dil karta hai so jaun aur kabhi na uthun"),
]


@pytest.mark.parametrize(("lang", "text"), PASSIVE)
def test_passive_thoughts_are_at_least_urgent(lang: str, text: str) -> None:
    found = _read(text, lang)
    assert found.level.rank <= U.rank, (text, _why(found))
    assert "suicidal_thoughts" in {f.id for f in found.fired}, (text, _why(found))


WITH_A_PLAN = [
    ("en", "they would all be better off without me, I wrote letters to say goodbye to my kids"),
    ("fr", "j'ai envie de disparaître, les lettres d'adieu sont écrites"),
    ("pt", "queria sumir, já juntei os comprimidos"),
    ("sw", "natamani nipotee tu, nimeshanunua sumu"),
    ("hi", "kaash main gayab ho jaun, aaj hi wo din hai"),
]


@pytest.mark.parametrize(("lang", "text"), WITH_A_PLAN)
def test_passive_thoughts_with_a_plan_means_or_goodbye_are_an_emergency(
    lang: str, text: str
) -> None:
    found = _read(text, lang)
    assert found.level is E, (text, _why(found))


NOT_A_WISH_TO_DIE = [
    ("en", "I'd die for a cold beer after this shift"),
    ("en", "my laptop is dead and so is my phone"),
    ("fr", "j'avais envie de disparaître sous terre tellement j'avais honte"),
    ("fr", "je voudrais m'endormir et ne pas me réveiller avant midi demain"),
    ("pt", "queria sumir por uns dias pra praia"),
    ("es", "me gustaría desaparecer un fin de semana de vacaciones"),
    ("sw", "nataka kupotea kidogo likizo"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_WISH_TO_DIE)
def test_figures_of_speech_are_not_suicidal_thoughts(lang: str, text: str) -> None:
    found = _read(text, lang)
    assert "suicidal_thoughts" not in found.present, (text, _why(found))
    assert found.level is not E, (text, _why(found))


def test_not_seeing_the_point_of_living_is_not_losing_sight() -> None:
    found = _read("je ne vois plus aucun sens, je ne vois plus l'intérêt de continuer", "fr")
    assert "vision_loss" not in found.present, _why(found)
    assert "vision_loss" in _read("je ne vois plus rien de l'oeil gauche", "fr").present


SOMEONE_ELSES_OVERDOSE = [
    ("fr", "ma coloc a avalé une poignée de ses antidépresseurs, elle dit qu'elle va bien"),
    ("fr", "il a pris un tas de cachets de sa mère hier soir"),
    ("pt", "meu irmão tomou um monte de calmantes e diz que tá tudo bem"),
    ("sw", "kaka yangu amemeza kiganja cha panadol, anasema yuko poa"),
    ("hi", "भाई ने मुट्ठी भर गोलियां खा लीं, कहता है ठीक हूं"),
    ("hi", "didi ne mutthi bhar neend ki goliyan kha li"),
]


@pytest.mark.parametrize(("lang", "text"), SOMEONE_ELSES_OVERDOSE)
def test_a_handful_of_tablets_is_an_overdose(lang: str, text: str) -> None:
    found = _read(text, lang)
    assert found.level is E, (text, _why(found))
    assert "overdose" in found.present, (text, _why(found))


ONE_DOSE_OR_LONG_AGO = [
    ("en", "my sister took an overdose ten years ago and is well now, how can I support her"),
    ("fr", "elle a pris deux comprimés de paracétamol pour sa migraine"),
    ("pt", "ele tomou um comprimido de dipirona pra febre"),
    ("sw", "amemeza kidonge kimoja cha panadol kwa maumivu ya kichwa"),
    ("hi", "उसने बुखार के लिए एक गोली खाई"),
]


@pytest.mark.parametrize(("lang", "text"), ONE_DOSE_OR_LONG_AGO)
def test_one_dose_or_a_past_overdose_is_not_an_emergency(lang: str, text: str) -> None:
    found = _read(text, lang)
    assert "overdose" not in {f.id for f in found.fired}, (text, _why(found))
    assert found.level is not E, (text, _why(found))


FEWER_MOVEMENTS = [
    ("en", "33 weeks and I've hardly felt the baby kick since lunch"),
    ("en", "the baby isn't moving like before, 30 weeks"),
    ("es", "casi no he sentido a la nena patear hoy, tengo 31 semanas"),
    ("es", "mi beba casi no se mueve desde anoche"),
    ("fr", "je sens à peine le bébé gigoter depuis ce matin"),
    ("fr", "mon bb ne remue pas comme d'habitude"),
    ("hi", "बच्चा पेट में आज उतना नहीं हिल रहा"),
    ("hi", "subah se bacche ne laat nahi maari"),
]


@pytest.mark.parametrize(("lang", "text"), FEWER_MOVEMENTS)
def test_fewer_movements_in_the_womb_reach_the_maternity_unit(lang: str, text: str) -> None:
    found = _read(text, lang)
    assert "reduced_movements" in {f.id for f in found.fired}, (text, _why(found))
    assert found.level is E, (text, _why(found))


ORDINARY_MOVEMENTS = [
    ("en", "29 weeks and the baby kicks like mad every evening, is that normal"),
    ("es", "la beba se mueve un montón de noche, ¿es normal?"),
    ("fr", "le bébé bouge énormément le soir, c'est normal ?"),
    ("hi", "bachha pet mein raat ko bahut laat maarta hai"),
]


@pytest.mark.parametrize(("lang", "text"), ORDINARY_MOVEMENTS)
def test_a_busy_baby_is_not_reduced_movements(lang: str, text: str) -> None:
    found = _read(text, lang)
    assert "reduced_fm" not in found.present, (text, _why(found))
    assert found.level.rank > U.rank, (text, _why(found))


RABIES_COUNTRIES = ["KE", "IN", "NG", "MX", "BR", "PH", "TZ", "SN", "EG", "BO"]
RABIES_FREE = ["GB", "AU", "NZ", "JP"]


def test_the_rabies_countries_carry_it_and_the_rabies_free_ones_do_not() -> None:
    packs = kb().countries
    for code in RABIES_COUNTRIES:
        assert "rabies" in packs[code].local, code
    for code in RABIES_FREE:
        if code in packs:
            assert "rabies" not in packs[code].local, code


BITES_WHERE_RABIES_IS = [
    ("KE", "en", "our own dog bit my daughter's hand, small puncture"),
    ("EG", "en", "a dog got me on the ankle this morning"),
    ("MX", "es", "el gato de mi tía me mordió el dedo y sangró un poquito"),
    ("BR", "pt", "o cachorro do vizinho me mordeu a perna"),
    ("SN", "fr", "le chat de la voisine m'a griffé, ça saigne un peu"),
    ("TZ", "sw", "paka wa jirani amenikwaruza mkono"),
    ("IN", "hi", "बिल्ली ने बच्चे के हाथ पर पंजा मार दिया"),
    ("IN", "hi", "billi ne bete ko kharonch diya"),
]


@pytest.mark.parametrize(("code", "lang", "text"), BITES_WHERE_RABIES_IS)
def test_a_bite_or_scratch_where_rabies_is_gets_rabies_advice(
    code: str, lang: str, text: str
) -> None:
    found = _read(text, lang, code)
    assert "rabies_risk" in {f.id for f in found.fired}, (text, _why(found))
    assert found.level is U, (text, _why(found))


def test_a_bite_on_a_trip_to_the_tropics_gets_rabies_advice() -> None:
    found = _read("back from Bali last week, a monkey bit my arm there", "en", "GB")
    assert "rabies_risk" in {f.id for f in found.fired}, _why(found)


NO_RABIES_EXPOSURE = [
    ("GB", "en", "my dog bit me playing fetch, it broke the skin a little"),
    ("GB", "en", "my cat scratched me but it didn't break the skin"),
    ("GB", "en", "the kitten got my wrist, skin's not broken, just a pink mark"),
    ("KE", "en", "the puppy nipped my toe, the skin has not been broken"),
    ("KE", "en", "the dog licked my hand, no wound at all"),
    ("TZ", "sw", "paka amenikwaruza, mkwaruzo tu, ngozi haijachanika"),
    ("IN", "hi", "billi ne halka sa kharonch diya, bas laal nishan hai"),
]


@pytest.mark.parametrize(("code", "lang", "text"), NO_RABIES_EXPOSURE)
def test_no_rabies_flag_without_an_exposure_where_rabies_is(
    code: str, lang: str, text: str
) -> None:
    found = _read(text, lang, code)
    assert "rabies_risk" not in {f.id for f in found.fired}, (text, _why(found))


def test_skin_said_not_broken_is_below_urgent_and_broken_skin_is_not_intact() -> None:
    found = _read("the kitten got my wrist, skin's not broken, just a pink mark", "en", "GB")
    assert found.level.rank > U.rank, _why(found)
    found = _read("the dog got my calf and the skin has been broken", "en", "GB")
    assert "skin_intact" not in found.present, _why(found)
    assert found.level is U, _why(found)
