# ruff: noqa: E501 - the messages are kept whole, as people wrote them
"""French said as people type it on WhatsApp: emergencies, urgent situations and some self-care.

Written for this test (2026-12-04) from public guidance (NHS A-Z "call 999 / go to A&E" and
"urgent GP / 111" lists, NICE CKS, ameli.fr, Santé publique France, 3114, WHO IMCI danger
signs, and the red-flag lines under ``languages/fr/red_flags/``), in voices from France,
Belgium, Quebec, Senegal, Côte d'Ivoire, Cameroon, DR Congo and Haiti (the id's prefix): no
accents, SMS shorthand ("jsp", "pk", "bcp", "tt", "mn"), "il chauffe" and "le corps chaud" for
fever, "palu", Québécois ("pis", "chu pu capable", "ma blonde", "pas capable de"), parents about
babies, adult children about parents, partners, friends, indirect suicidal intent. Each is
triaged with its country's pack (Quebec and Haiti have none yet: no local conditions). They are
not from any evaluation set, and were all written before the engine was run on any of them.

``FIRST``, first run (64 messages, before any fix): 45 exact (70.3%), 53 safe (82.8%),
4 emergencies missed. The causes, fixed as word classes in ``languages/fr/`` (never a sentence):

- fever said as "il chauffe", "ma fille chauffe" (Africa), not a bottle being warmed;
- blue or grey lips and face read as the colour change they are (as in English), not only "pale";
- indirect suicidal intent: "jsp pk je continue" (no reason to go on), "idees noires",
  "chu pu capable", wanting it all "to stop", "mieux si j'etais plus la", "tout prepare",
  the pills "sont la", a farewell to any close person ("dites a ma soeur que je l'aime");
- testicle pain with words between ("douleur tres forte et soudaine dans un testicule");
- "pas capable de" (Quebec, Africa, spoken French everywhere) read as "ne peut pas";
- cannot keep water down however the inability is said; hearing "presque plus rien";
- a foot wound named before the foot, and a wound that "commence a sentir mauvais";
- stridor said as "elle fait un bruit quand elle respire"; "il ne tient plus debout".

Three over-triage causes found on the way and fixed: a bare "saigne" counted as heavy bleeding,
"je me suis coupe le doigt" as an amputation, and an ordinary cut or burn ("je me suis brule la
main avec la poele") as self-harm, which made a kitchen cut a suicide crisis.

``AFTER`` was written after those fixes, as the check that they were general (33 messages,
first run): 24 exact (72.7%), 27 safe (81.8%), 4 emergencies missed — so they were not general
enough. Causes, fixed the same way: the means said verb first ("sauter du balcon"); "pas
capable de rester reveillee"; a whole "bouteille de pilules"; hot oil spilt on the legs and
"la peau est blanche"; belly pain said with where it is ("a gauche en bas du ventre"); "la
ventoline ne fait plus grand effet"; Quebec "pu" for "plus"; "comme d'habitude" read as an
epileptic's usual seizure; period pain "a cause de mes regles". One label was corrected against
the guidance: a blistered burn on the hand (NHS: blisters on the hands need A&E) is urgent, not
self-care. Vomiting and diarrhoea with "he cannot stand" (``ht-rice-water``) fired nothing in
any language: a red-flag row was missing, since added (vomiting or diarrhoea with feeling faint
or too weak to get up: urgent, NHS). Left: the post-verbal negation "je vomis pas" is read as
vomiting.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import assess, engine
from selfcare.events import TriageLevel

E, U, S = TriageLevel.EMERGENCY, TriageLevel.URGENT, TriageLevel.SELF_CARE
# Quebec ("qc") and Haiti ("ht") have no country pack yet: read with no local conditions.
COUNTRY = {
    "fr": "FR",
    "be": "BE",
    "qc": None,
    "sn": "SN",
    "ci": "CI",
    "cm": "CM",
    "cd": "CD",
    "ht": None,
}

FIRST: tuple[tuple[str, str, TriageLevel, str], ...] = (
    (
        "fr-stroke",
        "ma mere a la bouche de travers depuis 20 mn et elle arrive plus a parler correctement, son bras droit tombe",
        E,
        "AVC: visage, bras, parole: 15",
    ),
    (
        "be-chest",
        "mon mari a une douleur dans la poitrine qui serre tres fort depuis une demi heure, ca descend dans le bras gauche et il transpire bcp",
        E,
        "douleur thoracique irradiant au bras, sueurs: 112",
    ),
    (
        "qc-baby-breath",
        "mon bebe de 2 mois respire vraiment vite pis ses levres sont bleutees, il veut pas boire",
        E,
        "bebe, levres bleues, respiration rapide: 911",
    ),
    (
        "sn-child-fit",
        "mon fils de 3 ans il chauffe depuis hier et la il fait des convulsions, ca s'arrete pas depuis 10 mn",
        E,
        "convulsion qui dure plus de 5 minutes: SAMU",
    ),
    (
        "ci-palu-wake",
        "ma petite soeur a le palu, depuis ce matin elle repond plus quand on l'appelle, elle dort trop on arrive pas a la reveiller",
        E,
        "paludisme grave: trouble de conscience",
    ),
    (
        "cm-pph",
        "ma femme a accouche hier a la maison et elle saigne beaucoup, les pagnes sont trempes, elle est tres faible",
        E,
        "hemorragie du post-partum",
    ),
    (
        "cd-burn-child",
        "mon enfant a renverse l'eau bouillante sur lui, la brulure est grande sur tout le ventre et la poitrine",
        E,
        "brulure etendue chez un enfant: urgences",
    ),
    (
        "ht-anaphylaxis",
        "ma fille a mange des arachides et maintenant sa gorge gonfle, elle a du mal a respirer et sa voix change",
        E,
        "anaphylaxie",
    ),
    (
        "fr-suicide-plan",
        "jsp pk je continue, j'ai tout prepare pour ce soir, les medocs sont la. dites a ma soeur que je l'aime",
        E,
        "intention suicidaire avec moyen et moment choisis",
    ),
    (
        "qc-suicide-giving",
        "chu pu capable, je veux juste que ca finisse pour de bon, j'ai donne mes affaires a mes chums",
        E,
        "intention suicidaire indirecte, don de ses affaires",
    ),
    (
        "sn-suicide-friend",
        "mon ami m'a envoye un message pour dire adieu a tout le monde et qu'il va se jeter du pont ce soir",
        E,
        "un ami annonce un suicide avec moyen et moment",
    ),
    (
        "be-rash-glass",
        "mon fils a de la fievre, il a des petites taches violettes sur les jambes qui disparaissent pas quand j'appuie le verre dessus",
        E,
        "purpura febrile: meningite",
    ),
    (
        "fr-child-pills",
        "mon fils de 2 ans a avale des comprimes de doliprane, jsp combien, la boite est presque vide",
        E,
        "enfant ayant avale des medicaments",
    ),
    (
        "ci-collapse",
        "mon papa est tombe dans la cour et il ne bouge plus, il respire mais il repond pas",
        E,
        "perte de connaissance",
    ),
    (
        "cm-breath-adult",
        "ma maman n'arrive plus a respirer, elle parle plus en phrase, ses levres deviennent grises",
        E,
        "detresse respiratoire",
    ),
    (
        "cd-ectopic",
        "ma copine a un retard de regles de 6 semaines, elle a une grosse douleur d'un cote du bas ventre et elle s'est evanouie",
        E,
        "grossesse extra-uterine possible",
    ),
    (
        "ht-dka",
        "mon fils diabetique vomit depuis ce matin, il respire fort et vite, son haleine sent le fruit et il est somnolent",
        E,
        "acidocetose diabetique",
    ),
    (
        "qc-head",
        "mon pere est tombe dans l'escalier, il s'est cogne la tete, depuis il vomit et il est tout melange, il sait plus ou il est",
        E,
        "trauma cranien avec vomissements et confusion",
    ),
    (
        "fr-baby-fever",
        "ma fille a 6 semaines et elle a 38,5 de temperature",
        U,
        "moins de 3 mois et 38 ou plus",
    ),
    (
        "be-testicle",
        "mon fils de 14 ans a une douleur tres forte et soudaine dans un testicule depuis 1h, il vomit",
        E,
        "torsion testiculaire",
    ),
    (
        "sn-preeclampsia",
        "ma femme est enceinte de 8 mois, elle a un mal de tete tres fort, elle voit des etoiles et ses pieds et son visage ont gonfle",
        U,
        "pre-eclampsie",
    ),
    (
        "ci-abruption",
        "je suis enceinte de 7 mois et je saigne beaucoup depuis tout a l'heure avec le ventre qui est dur et fait tres mal",
        E,
        "saignement avec douleur en fin de grossesse",
    ),
    (
        "cd-baby-dehydr",
        "mon bebe de 9 mois a la diarrhee depuis 2 jours, ses yeux sont enfonces, il pleure sans larmes et il est tout mou",
        E,
        "deshydratation severe, enfant lethargique (PCIME)",
    ),
    (
        "ht-rice-water",
        "mon frere a une diarrhee comme de l'eau de riz depuis ce matin, il vomit et il ne tient plus debout",
        U,
        "diarrhee aqueuse abondante, deshydratation",
    ),
    (
        "fr-sepsis",
        "mon grand pere est brulant, il tremble, il respire vite et il dit des trucs bizarres, sa peau est marbree",
        E,
        "sepsis",
    ),
    (
        "qc-wasp",
        "je viens de me faire piquer par une guepe pis la j'ai des plaques partout, ma langue enfle et j'ai de la misere a respirer",
        E,
        "anaphylaxie apres piqure",
    ),
    (
        "cm-kerosene",
        "mon enfant a bu du petrole dans une bouteille, il tousse beaucoup",
        E,
        "intoxication, enfant",
    ),
    (
        "be-cauda",
        "j'ai mal au dos depuis une semaine et depuis hier j'ai plus de sensation autour des fesses et je n'arrive plus a uriner",
        E,
        "syndrome de la queue de cheval",
    ),
    (
        "fr-wife-denies",
        "ma femme dit qu'elle a mal a la poitrine mais que c'est rien, elle est toute pale et en sueur",
        E,
        "douleur thoracique avec paleur et sueurs",
    ),
    (
        "ht-friend-pills",
        "mon pote a avale toute une plaquette de somniferes expres, il dort et je n'arrive pas a le reveiller",
        E,
        "surdosage volontaire, inconscient",
    ),
    (
        "fr-pyelo",
        "bonjour, ca brule quand je fais pipi depuis 3 jours et la j'ai mal dans le bas du dos a droite avec 39 de fievre",
        U,
        "pyelonephrite",
    ),
    (
        "sn-palu",
        "je chauffe depuis 2 jours avec des frissons et mal de tete, je pense c'est le palu",
        U,
        "fievre en zone de paludisme: test le jour meme",
    ),
    (
        "ci-child-vomit",
        "ma fille de 4 ans a le corps chaud depuis hier, elle vomit tout ce qu'elle mange",
        U,
        "fievre et vomit tout, zone de paludisme",
    ),
    (
        "cm-fever5",
        "mon petit de 6 ans il chauffe depuis 5 jours, on a donne paracetamol mais ca revient tjrs",
        U,
        "fievre 5 jours chez un enfant",
    ),
    (
        "cd-abscess",
        "j'ai un gros bouton sur la cuisse plein de pus, la rougeur s'etend et j'ai la fievre",
        U,
        "abces avec rougeur qui s'etend et fievre",
    ),
    (
        "ht-eye",
        "depuis hier mon oeil droit est tres rouge et fait mal, la lumiere me fait mal et je vois flou",
        U,
        "oeil rouge douloureux, photophobie, vision floue",
    ),
    (
        "qc-ear-child",
        "mon gars a mal aux oreilles depuis 4 jours, y fait de la fievre et y a du liquide jaune qui coule de son oreille",
        U,
        "otite avec ecoulement et fievre",
    ),
    (
        "fr-movements",
        "enceinte de 32 sa, bb bouge bcp moins que d'habitude depuis ce matin",
        U,
        "mouvements du bebe diminues",
    ),
    (
        "be-dvt",
        "mon mollet gauche est gonfle, chaud et douloureux depuis 2 jours, j'ai fait un long trajet en avion la semaine passee",
        U,
        "phlebite possible",
    ),
    (
        "sn-asthma",
        "mon asthme est pas bon, je prends la ventoline toutes les 2 heures et ca soulage presque pas",
        U,
        "asthme: ventoline plus souvent que toutes les 4 heures",
    ),
    (
        "ci-diabetic-foot",
        "mon papa est diabetique, il a une plaie sous le pied qui guerit pas depuis 2 semaines et ca commence a sentir mauvais",
        U,
        "pied diabetique infecte",
    ),
    (
        "cm-mastitis",
        "j'allaite mon bebe de 1 mois, mon sein est rouge chaud et dur, j'ai des frissons et 38,7",
        U,
        "mastite avec fievre",
    ),
    (
        "cd-preg-bleed",
        "je suis enceinte de 2 mois et je vois du sang depuis ce matin avec des douleurs au ventre comme des regles",
        U,
        "saignement en debut de grossesse",
    ),
    (
        "ht-shingles-eye",
        "ma tante a 65 ans, elle a des boutons avec des cloques d'un seul cote du front qui vont vers l'oeil, ca brule",
        U,
        "zona pres de l'oeil",
    ),
    (
        "fr-older-confused",
        "ma grand-mere de 84 ans est plus confuse que d'habitude depuis hier, elle se perd dans la maison, ses urines sentent fort",
        U,
        "confusion nouvelle chez une personne agee",
    ),
    (
        "qc-vomit-adult",
        "ma blonde vomit depuis hier matin, elle est pas capable de garder l'eau, pis elle pisse presque pas",
        U,
        "vomissements, ne garde pas les liquides, deshydratation",
    ),
    (
        "be-hearing",
        "je me suis reveille ce matin et je n'entends presque plus rien de l'oreille gauche",
        U,
        "surdite brutale",
    ),
    (
        "ci-dog-bite",
        "un chien du quartier a mordu mon fils a la jambe hier, ca a saigne, on connait pas le chien",
        U,
        "morsure de chien: risque de rage",
    ),
    (
        "cm-tooth",
        "mon mari a mal aux dents depuis une semaine et maintenant sa joue est gonflee et chaude, il a la fievre",
        U,
        "abces dentaire avec gonflement et fievre",
    ),
    (
        "sn-jaundice",
        "mes yeux sont devenus jaunes depuis 3 jours et mes urines sont foncees comme du coca",
        U,
        "jaunisse",
    ),
    (
        "cd-typhoid",
        "mon frere a la fievre depuis une semaine, mal de ventre et la tete, il est tres fatigue",
        U,
        "fievre depuis 7 jours",
    ),
    (
        "fr-dark-thoughts",
        "ces derniers temps j'ai des idees noires, je me dis que ce serait mieux si j'etais plus la",
        U,
        "idees suicidaires sans plan: aide le jour meme",
    ),
    (
        "ht-baby-fever",
        "mon bebe a 7 semaines, il est chaud, j'ai mis le thermometre 38,3",
        U,
        "moins de 3 mois et 38 ou plus",
    ),
    (
        "qc-croup",
        "ma fille de 2 ans a une toux comme un phoque pis elle fait un bruit quand elle respire, meme au repos",
        U,
        "laryngite avec stridor au repos",
    ),
    (
        "fr-cold",
        "j'ai le nez qui coule et mal a la gorge depuis 2 jours, pas de fievre, c'est chiant mais ca va",
        S,
        "rhume",
    ),
    (
        "be-sunburn",
        "coup de soleil sur les epaules hier a la plage, ca pique un peu",
        S,
        "coup de soleil",
    ),
    (
        "qc-headache",
        "j'ai mal a la tete depuis ce matin, j'ai pas assez dormi pis j'ai bu bcp de cafe",
        S,
        "cephalee de tension",
    ),
    (
        "sn-diarrhoea",
        "j'ai la diarrhee depuis hier, pas de sang, je bois bien et ca va un peu mieux",
        S,
        "gastro-enterite simple",
    ),
    ("ci-nappy", "mon bebe a les fesses rouges a cause de la couche", S, "erytheme fessier"),
    (
        "cm-cough",
        "je tousse un peu depuis 4 jours apres un rhume, pas de fievre, je respire bien",
        S,
        "toux apres un rhume",
    ),
    (
        "cd-constipation",
        "je n'arrive pas a aller a la selle depuis 3 jours, sinon ca va",
        S,
        "constipation",
    ),
    (
        "ht-heartburn",
        "j'ai des brulures d'estomac apres les repas epices, ca remonte dans la gorge",
        S,
        "reflux",
    ),
    (
        "fr-ankle",
        "je me suis tordu la cheville en jouant au foot, c'est un peu gonfle mais je peux marcher",
        S,
        "entorse legere",
    ),
    (
        "qc-ulcer",
        "j'ai un aphte sur la langue depuis 3 jours, ca fait mal quand je mange",
        S,
        "aphte",
    ),
)

AFTER: tuple[tuple[str, str, TriageLevel, str], ...] = (
    (
        "cd-baby-limp",
        "bb de 5 mois il chauffe bcp depuis la nuit et il tete plus du tout, il est mou",
        E,
        "nourrisson febrile qui ne tete plus, mou (PCIME)",
    ),
    (
        "sn-stroke-dad",
        "mon papa parle bizarre depuis ce matin, sa main gauche ne tient plus rien et sa bouche est tordue",
        E,
        "AVC",
    ),
    (
        "ci-chest-brother",
        "mon grand frere se plaint que sa poitrine le serre comme un poids depuis 1h, il est essouffle et il transpire",
        E,
        "douleur thoracique avec essoufflement et sueurs",
    ),
    (
        "cm-postnatal-suicide",
        "depuis mon accouchement je pleure tt le temps, je pense que mon bebe serait mieux sans moi, j'ai pense a sauter du balcon",
        E,
        "idees suicidaires apres l'accouchement avec un moyen",
    ),
    (
        "qc-mum-overdose",
        "ma mere a pris toute sa bouteille de pilules pour dormir avec du vin, elle est pas capable de rester reveillee",
        E,
        "surdosage, somnolence",
    ),
    (
        "be-asthma-severe",
        "mon fils fait une crise d'asthme, la ventoline ne fait rien, il a du mal a parler tellement il est essouffle",
        E,
        "crise d'asthme grave",
    ),
    (
        "fr-meningitis-teen",
        "ma fille de 17 ans a 40 de fievre, un mal de tete horrible, elle supporte pas la lumiere et elle a la nuque raide",
        E,
        "meningite",
    ),
    (
        "ht-eclampsia",
        "ma soeur est enceinte de 8 mois et elle a fait une crise, elle tremblait de partout et bavait",
        E,
        "convulsion en fin de grossesse",
    ),
    (
        "cd-snake",
        "un serpent a mordu mon oncle au pied au champ, le pied gonfle vite et il voit flou",
        E,
        "morsure de serpent avec signes",
    ),
    (
        "sn-friend-gone",
        "mon meilleur ami a poste un message merci pour tout vous allez me manquer et il repond plus au tel depuis 2h, il parlait d'en finir la semaine derniere",
        E,
        "adieux puis injoignable apres des idees suicidaires",
    ),
    (
        "ci-choking-baby",
        "mon bebe s'etouffe avec un morceau de banane, il arrive pas a pleurer ni respirer",
        E,
        "etouffement, nourrisson",
    ),
    (
        "fr-mum-indigestion",
        "ma mere dit qu'elle a une indigestion mais ca lui serre la poitrine et ca monte dans la machoire, elle est grise",
        E,
        "douleur thoracique presentee comme une indigestion",
    ),
    (
        "qc-oil-burn",
        "mon chum s'est renverse l'huile de la friteuse sur les jambes, y'a des grosses cloques partout pis la peau est blanche",
        E,
        "brulure profonde et etendue",
    ),
    (
        "be-ectopic-self",
        "retard de regles, test positif, et la j'ai une douleur tres forte a gauche en bas du ventre et mal au bout de l'epaule",
        E,
        "grossesse extra-uterine possible",
    ),
    (
        "cm-gi-bleed",
        "mon pere vomit du sang noir comme du marc de cafe et il a des vertiges",
        E,
        "hemorragie digestive",
    ),
    (
        "sn-child-palu",
        "ma fille de 2 ans elle chauffe depuis 3 jours, on est a Kaolack, elle mange pas bien",
        U,
        "fievre chez un enfant en zone de paludisme",
    ),
    (
        "fr-uti-man",
        "mon copain a des brulures quand il urine depuis 4 jours et maintenant il a de la fievre et mal aux lombaires",
        U,
        "infection urinaire haute chez un homme",
    ),
    (
        "qc-cellulitis",
        "ma jambe est rouge, chaude pis enflee depuis hier, la rougeur grossit pis j'fais de la fievre",
        U,
        "cellulite avec fievre",
    ),
    (
        "ci-jaundice-baby",
        "mon bebe a 5 jours, il devient tout jaune jusqu'aux jambes et il tete mal",
        U,
        "jaunisse du nouveau-ne qui s'etend, tete mal",
    ),
    (
        "cd-fever-6days",
        "ma femme a la fievre depuis 6 jours malgre les medicaments du palu, elle a mal au ventre",
        U,
        "fievre persistante malgre le traitement",
    ),
    (
        "ht-cough-blood",
        "je tousse depuis 3 semaines et hier j'ai crache un peu de sang",
        U,
        "toux avec sang",
    ),
    (
        "be-preg-itch",
        "enceinte de 35 semaines, ca me gratte enormement la paume des mains et la plante des pieds surtout la nuit",
        U,
        "cholestase gravidique possible",
    ),
    (
        "fr-grandpa-hip",
        "mon grand-pere est tombe hier, il s'est pas cogne la tete mais depuis il boite et a tres mal a la hanche",
        U,
        "fracture de hanche possible",
    ),
    (
        "sn-asthma-night",
        "mon fils asthmatique tousse toute la nuit et la ventoline ne fait plus grand effet",
        U,
        "asthme mal controle",
    ),
    (
        "cm-ear-pus",
        "ma fille de 3 ans se plaint de l'oreille depuis 3 jours et maintenant il y a du pus qui coule, elle chauffe",
        U,
        "otite avec ecoulement et fievre",
    ),
    (
        "qc-passive",
        "je sais pu quoi faire, des fois je me dis que tout le monde serait mieux si j'etais pu la",
        U,
        "idees suicidaires passives",
    ),
    (
        "ci-granny-dehydr",
        "ma grand-mere a la diarrhee depuis 3 jours, elle boit presque rien, sa bouche est seche et elle est tres faible",
        U,
        "deshydratation chez une personne agee",
    ),
    (
        "fr-cut",
        "je me suis coupe le doigt en epluchant des legumes, ca saigne un peu mais ca s'est arrete avec un pansement",
        S,
        "petite coupure",
    ),
    (
        "be-small-burn",
        "je me suis brule le doigt avec le fer a repasser, petite cloque, ca pique",
        U,
        "brulure avec cloque a la main (NHS : cloques sur les mains, A&E) ; d'abord etiquetee auto-soin",
    ),
    (
        "qc-kid-cold",
        "mon gars a le nez qui coule pis y tousse un peu, y joue normal pis y mange bien, pas de fievre",
        S,
        "rhume chez un enfant",
    ),
    (
        "sn-sun-headache",
        "mal de tete apres une journee au soleil, j'ai pas assez bu d'eau",
        S,
        "mal de tete, peu bu",
    ),
    (
        "ht-period",
        "j'ai mal au ventre a cause de mes regles comme d'habitude, jsp quoi prendre",
        S,
        "regles douloureuses habituelles",
    ),
    (
        "cd-mosquito",
        "des piqures de moustiques partout sur les bras, ca gratte bcp",
        S,
        "piqures d'insectes",
    ),
)

ALL = FIRST + AFTER


def _assess(name: str, text: str):
    triage = engine()
    code = COUNTRY[name[:2]]
    local = frozenset(triage.kb.countries[code].local) if code else frozenset()
    return triage.assess(text, None, local)


@pytest.mark.parametrize(("name", "text", "level", "why"), ALL, ids=[m[0] for m in ALL])
def test_french_voices_reach_their_level(
    name: str, text: str, level: TriageLevel, why: str
) -> None:
    found = _assess(name, text)
    assert found.understood, (name, why)
    if level is S:
        # self-care may be read one level more cautiously, never more
        assert found.level.rank >= level.rank - 1, (name, why, found.level, found.fired)
    else:
        assert found.level.rank <= level.rank, (name, why, found.level, found.fired)
        if level is E:
            assert found.level is E, (name, why, found.level, found.fired)


def test_the_word_classes_behind_the_fixes_hold_in_other_sentences() -> None:
    """The fixes are word classes: other sentences using them are read the same way."""
    assert "fever" in assess("mon mari chauffe depuis la nuit", "fr").present
    assert "fever" not in assess("elle chauffe le biberon du bebe", "fr").present
    assert "mottled" in assess("son visage devient bleu", "fr").present
    assert (
        "testicle_pain"
        in assess("il a mal d un coup et tres fort au testicule gauche", "fr").present
    )
    assert (
        "vomits_everything" in assess("il arrive pas a garder l eau depuis ce matin", "fr").present
    )
    assert "hearing_loss" in assess("j entends quasiment plus rien a droite", "fr").present
    assert "reliever_failing" in assess("sa pompe ne marche plus", "fr").present
    assert "suicidal_thoughts" in assess("ils seraient mieux si j etais plus la", "fr").present
    assert "suicide_means" in assess("je pense a me jeter sous un train", "fr").present
    # an ordinary cut or burn is not self-harm, nor a bare "saigne" heavy bleeding
    cut = assess("je me suis coupee au pouce avec le couteau, ca a saigne", "fr")
    assert not {"self_harm", "bleed_heavy", "amputation"} & cut.present
    assert "self_harm" in assess("je me coupe les poignets le soir", "fr").present
    assert "epilepsy" not in assess("j ai la migraine comme d habitude", "fr").present
