"""French: general gaps found on a development corpus by a new author (2026-12-04), fixed as
word classes in ``languages/fr/``. Each message below was written for this test (none is
copied from the corpus), a different phrasing of the class named in its comment, with the
level NHS guidance gives. The rules are read alone (no similarity model), as the gap was.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

CASES = [
    # the throat that tightens after an allergen (NHS anaphylaxis)
    ("après une piqûre d'abeille j'ai la gorge qui se serre", E),
    ("il a mangé des noix et sa gorge lui serre", E),
    # a voice that changes with an allergic reaction
    ("depuis le nouveau médicament ses lèvres gonflent et sa voix a changé", E),
    ("elle a mangé du crabe, elle a changé de voix et ça gratte partout", E),
    # seeing things after stopping drink (NHS alcohol misuse: delirium tremens)
    ("depuis qu'il a arrêté de boire il y a trois jours il voit des araignées au plafond", E),
    # voices or spirits that command self-harm
    ("les esprits lui ordonnent de se faire du mal", E),
    # indirect statements of not wanting to wake up (NHS help for suicidal thoughts)
    ("ce serait plus simple pour tout le monde si je ne me réveillais pas demain", U),
    # giving belongings away with talk of leaving for good
    ("il a donné son vélo et son portable à ses cousins, il dit qu'il va partir pour toujours", E),
    # the means in hand
    ("je veux en finir, j'ai toutes mes pilules dans la main", E),
    # a dash ends a clause: the negation before it does not reach past it
    ("pas de fièvre — je veux plus vivre", U),
    # holding the chest, said with a gerund
    ("mon oncle s'est effondré en se tenant la poitrine", E),
    # too breathless to finish a sentence
    ("je n'arrive pas à terminer ma phrase tellement je suis essoufflé", E),
    # a weak leg that came back to normal: a TIA (NHS: call 999 even if it goes)
    (
        "hier mon père ne pouvait plus bouger la jambe pendant 20 minutes, "
        "puis tout est revenu à la normale",
        E,
    ),
    # a hernia that will not go back in
    ("ma hernie ne veut plus rentrer, elle est dure et je vomis", E),
    # blood pressure in cmHg, as France and West Africa say it (NICE NG136)
    ("le tensiomètre affiche 21/12 et je vois flou", E),
    ("ma tension est à 20/11 ce matin, je me sens bien", U),
    # weeks of pregnancy said without the word "enceinte"
    ("saignement abondant, j'en suis à 31 semaines", E),
    ("de l'eau coule le long de mes jambes, je suis à 33 semaines", E),
    # lockjaw said as stiffness of the jaw, after a dirty wound
    ("raideur de la mâchoire et spasmes musculaires après une blessure avec un clou rouillé", E),
    # a dog that caught a child's face, deep wound
    ("ma fille s'est fait arracher la joue par un chien, plaie profonde", E),
    # found on the floor: how long they lay there is unknown
    ("on a retrouvé ma grand-mère par terre ce matin, elle a 90 ans", E),
    # a hot drink spilt over a large area of a baby's skin
    ("mon bébé s'est renversé du thé brûlant, une grande zone rouge avec des cloques", E),
    # blurred sight before the eyes in late pregnancy (pre-eclampsia)
    ("enceinte de 35 semaines, mal à la tête et des mouches devant les yeux", E),
    # severe one-sided pain with a positive test, said without naming the tummy
    ("test de grossesse positif, douleur à droite très forte, je me sens partir", E),
    # speech said with a negation
    ("depuis une heure ma mère parle plus correctement et sa main est faible", E),
    # the angina spray that does not make it pass
    ("angine de poitrine connue, j'ai pris la trinitrine deux fois et ça passe toujours pas", E),
    # two intensity words joined by "et" before the place of the pain
    ("douleur brutale et intense en bas du ventre à gauche, je vomis", E),
    # blood sugar in g/L (0,50 g/L = 2,8 mmol/L)
    ("glycémie à 0,50 chez mon fils diabétique, il va bien", U),
    # a temperature said as a bare number before a duration, in a baby under 3 months
    ("mon bébé de 5 semaines a 38 depuis ce matin", E),
    # a child named with an article, not a possessive: "le petit", "la gamine"
    ("la gamine boite depuis hier et refuse de marcher, elle a 38,6 de fièvre", U),
    # unexplained bruises or purple spots
    ("des taches bleues apparaissent sur mes bras sans raison", U),
]

# Harmless or differently meant phrasings: each must stay below the level named.
BELOW = [
    # "parle pas bien" a language is not a speech problem
    ("mon fils parle pas bien le français, il a un rhume", E),
    # a date that looks like a cmHg reading
    ("rendez-vous le 19/12 pour renouveler mon traitement de tension", U),
    # a normal fasting sugar in g/L
    ("glycémie à 1,10 g ce matin à jeun", U),
    # a duration is not a child's age
    ("plaques qui grattent sur les coudes depuis 2 ans", U),
    # a burning feeling is not a burn, and not self-harm
    ("ça me brûle quand j'urine depuis hier, pas de fièvre", U),
    ("brûlures d'estomac après les repas", U),
    # acid reflux is not an acid swallowed
    ("remontées acides le soir quand je me couche, je suis enceinte de 6 mois", U),
    # "violente" is not rape
    ("douleur violente dans le dos après avoir porté un carton", U),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_gap_class_reaches_its_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize(("text", "ceiling"), BELOW)
def test_harmless_variant_stays_below(text: str, ceiling: TriageLevel) -> None:
    order = [S, R, U, E]
    assert order.index(rules().assess(text).level) < order.index(ceiling)


def test_found_on_the_floor_is_not_an_object_found() -> None:
    assert "long_lie" not in rules().assess("j'ai trouvé ses clés par terre").present


def test_toothache_rage_is_not_rabies() -> None:
    fired = {f.id for f in rules().assess("rage de dents depuis hier soir").fired}
    assert "rabies_risk" not in fired


def test_a_positive_test_is_not_covid_unless_named() -> None:
    present = rules().assess("retard de règles, test positif ce matin").present
    assert "covid_word" not in present
    assert "early_pregnancy" in present
