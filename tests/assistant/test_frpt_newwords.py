"""French and Portuguese words for the self-care records English gained on 2026-12-04: each
finding read from everyday phrasings, and look-alikes that must not be read the same
(nicotine patches are a quit-smoking question, not a swallowed poison)."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import assess
from selfcare.events import TriageLevel

LANG: dict[str, str] = {}


def lang(code: str, *rows: tuple) -> list[tuple]:
    """Rows of one language, remembering each text's language for assess()."""
    for row in rows:
        LANG[row[0]] = code
    return list(rows)


@pytest.mark.parametrize(
    ("text", "finding", "expected"),
    [
        *lang(
            "fr",
            ("jai un gros furoncle sous le bras", "boil", True),
            ("un orgelet sur la paupiere du bas", "stye", True),
            ("un petit bouton sur la paupiere qui gonfle", "stye", True),
            ("mes yeux sont secs quand je travaille sur ecran", "dry_eye", True),
            ("jai la peau des jambes toute seche", "dry_skin", True),
            ("les talons crevasses qui piquent", "dry_skin", True),
            ("des pellicules sur les epaules", "scalp_flakes", True),
            ("le cuir chevelu qui pele beaucoup", "scalp_flakes", True),
            ("ma fille de 2 mois a des croutes de lait", "cradle_cap", True),
            ("le bebe recrache un peu de lait apres le biberon", "baby_posseting", True),
            ("il regurgite apres chaque biberon", "baby_posseting", True),
            (
                "puis je donner du doliprane a ma fille avec son antibiotique",
                "medicine_question",
                True,
            ),
            ("je voudrais faire controler ma tension", "review_wanted", True),
            ("comment arreter la clope", "smoking_quit", True),
            ("les gommes a la nicotine ca aide ?", "smoking_quit", True),
            ("toujours trop de sucre malgre l insuline", "glucose_above_target", True),
            ("prise de sang : on m a dit que je suis pre diabetique", "glucose_above_target", True),
            ("mon taux de cholesterol est trop haut", "cholesterol_high_result", True),
            ("je prends du tahor depuis un an", "cholesterol", True),
            ("ca me brule l estomac apres manger", "meal_trigger", True),
            ("jai des remontees acides quand je me couche", "meal_trigger", True),
            ("je me suis foule le poignet au foot", "sprain_strain", True),
            ("une entorse de la cheville", "sprain_strain", True),
            ("le preservatif a casse cette nuit", "contraception_question", True),
            ("jai saute deux comprimes de ma pilule", "contraception_question", True),
            ("peut on commencer un traitement hormonal de la menopause", "hrt_wanted", True),
            ("je voudrais un depistage vih et syphilis", "sti_risk", True),
            ("rapport sans preservatif avec un inconnu", "sti_risk", True),
            ("mes tetons sont tout crevasses", "breastfeeding_sore", True),
            ("les seins tendus juste avant les regles", "breast_pain_cyclical", True),
            ("il narrive plus a garder une erection", "erection_problems", True),
            # look-alikes
            ("le patch a la nicotine me gratte", "ingestion_harmful", False),
            ("je veux arreter la cigarette electronique", "ingestion_harmful", False),
            ("je veux arreter de fumer", "substance_problem", False),
            ("je suis en sevrage tabagique", "withdrawal", False),
            ("mon fils a avale le liquide de la vapoteuse", "ingestion_harmful", True),
            ("mon bebe a mache un patch de nicotine", "ingestion_harmful", True),
            ("je veux arreter de fumer du cannabis", "substance_problem", True),
            ("jai un bouton sur la joue", "stye", False),
            ("un clou dans le pied", "boil", False),
        ),
        *lang(
            "pt",
            ("apareceu um furunculo no braco", "boil", True),
            ("estou com tercol no olho", "stye", True),
            ("uma bolinha na palpebra de cima", "stye", True),
            ("vista cansada de tanto celular", "dry_eye", True),
            ("a pele das canelas ta toda ressecada", "dry_skin", True),
            ("calcanhar rachado doendo", "dry_skin", True),
            ("caspa nos ombros o tempo todo", "scalp_flakes", True),
            ("o couro cabeludo descamando muito", "scalp_flakes", True),
            ("minha filha de 1 mes tem crosta lactea", "cradle_cap", True),
            ("o nenem golfou um pouquinho depois da mamada", "baby_posseting", True),
            ("posso dar paracetamol com o antibiotico", "medicine_question", True),
            ("gostaria de rever a dose do remedio da pressao", "review_wanted", True),
            ("como largar o cigarro eletronico", "smoking_quit", True),
            ("chiclete de nicotina funciona", "smoking_quit", True),
            ("glicada em 9 mesmo tomando insulina", "glucose_above_target", True),
            ("o exame deu pre diabetes", "glucose_above_target", True),
            ("colesterol ta muito alto", "cholesterol_high_result", True),
            ("tomo sinvastatina faz um ano", "cholesterol", True),
            ("queimacao depois do almoco", "meal_trigger", True),
            ("refluxo toda vez que me deito", "meal_trigger", True),
            ("virei o pe descendo a escada", "sprain_strain", True),
            ("uma entorse no joelho", "sprain_strain", True),
            ("o preservativo rompeu", "contraception_question", True),
            ("pulei dois comprimidos do anticoncepcional", "contraception_question", True),
            ("quero comecar reposicao hormonal", "hrt_wanted", True),
            ("quero fazer testagem de hiv e sifilis", "sti_risk", True),
            ("transei sem camisinha com um desconhecido", "sti_risk", True),
            ("bico do peito ferido de amamentar", "breastfeeding_sore", True),
            ("peito empedrado e doendo", "breastfeeding_sore", True),
            ("mamas inchadas na semana antes da menstruacao", "breast_pain_cyclical", True),
            # look-alikes
            ("o adesivo de nicotina deu coceira", "ingestion_harmful", False),
            ("a crianca engoliu um adesivo de nicotina", "ingestion_harmful", True),
            ("uma espinha na bochecha", "stye", False),
            ("torci o pano", "sprain_strain", False),
        ),
    ],
)
def test_new_words(text: str, finding: str, expected: bool) -> None:
    assert (finding in assess(text, LANG[text]).present) is expected


@pytest.mark.parametrize(
    ("text", "level", "topic"),
    [
        *lang(
            "fr",
            (
                "je voudrais arreter de fumer, quels patchs a la nicotine",
                TriageLevel.SELF_CARE,
                "stop_smoking",
            ),
            (
                "je me suis tordu la cheville hier, ca gonfle un peu",
                TriageLevel.SELF_CARE,
                "sprains_strains",
            ),
            (
                "je voudrais parler de mon cholesterol avec le medecin",
                TriageLevel.ROUTINE,
                "cholesterol",
            ),
            (
                "nouveau partenaire, je veux faire un test ist",
                TriageLevel.ROUTINE,
                "vaginal_discharge",
            ),
            (
                "mon fils a bu le liquide de la cigarette electronique",
                TriageLevel.EMERGENCY,
                "poisoning_swallowed",
            ),
        ),
        *lang(
            "pt",
            (
                "quero parar de fumar, adesivo de nicotina ajuda?",
                TriageLevel.SELF_CARE,
                "stop_smoking",
            ),
            (
                "torci o tornozelo ontem, ta um pouco inchado",
                TriageLevel.SELF_CARE,
                "sprains_strains",
            ),
            ("queria falar do meu colesterol com o medico", TriageLevel.ROUTINE, "cholesterol"),
            ("meu filho bebeu o refil do vape", TriageLevel.EMERGENCY, "poisoning_swallowed"),
        ),
    ],
)
def test_levels(text: str, level: TriageLevel, topic: str) -> None:
    a = assess(text, LANG[text])
    assert a.level == level
    assert a.topic == topic
