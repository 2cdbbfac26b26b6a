"""medspaCy's ConText (and negspaCy's NegEx) on the scope cases: writes medspacy_answers.json.

Runs in a separate virtual environment, never the project's:

    python3 -m venv /tmp/medspacy && /tmp/medspacy/bin/pip install medspacy negspacy
    /tmp/medspacy/bin/python eval/scope/medspacy_run.py

medspaCy as it ships: ``medspacy.load()`` on a blank English pipeline (no model download),
PyRuSH sentences, the default English ConText rules. For each case a TargetMatcher with the
one rule ``TargetRule(target, "FINDING")`` marks the target phrase; the ConText attributes
of the entity at the target's position are read. negspaCy's ``Negex`` (termset
``en_clinical``) reads the same entity for negation only.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

import medspacy
from loguru import logger
from medspacy.target_matcher import TargetMatcher, TargetRule
from negspacy.negation import Negex  # noqa: F401  (registers the "negex" factory)
from negspacy.termsets import termset

HERE = Path(__file__).resolve().parent


def cue_text(doc, span) -> str:
    """A modifier's cue words (medspaCy gives token offsets)."""
    if isinstance(span, tuple):
        return doc[span[0] : span[1]].text
    return span.text


def main() -> None:
    logger.remove()  # PyRuSH logs every token at DEBUG
    logger.add(sys.stderr, level="WARNING")
    cases = [json.loads(line) for line in (HERE / "cases.jsonl").open()]
    nlp = medspacy.load()  # pyrush, target matcher, context; blank English
    pyrush = nlp.get_pipe("medspacy_pyrush")
    context = nlp.get_pipe("medspacy_context")

    neg_nlp = medspacy.load(medspacy_enable=["medspacy_pyrush"])
    ts = termset("en_clinical")
    negex = neg_nlp.add_pipe(
        "negex", config={"neg_termset": ts.get_patterns(), "ent_types": ["FINDING"]}
    )

    answers: dict[str, dict] = {}
    fallback = 0
    for case in cases:
        text, target = case["text"], case["target"]
        start = text.index(target)
        end = start + len(target)

        matcher = TargetMatcher(nlp)
        matcher.add([TargetRule(target, "FINDING")])
        doc = pyrush(nlp.make_doc(text))
        doc = matcher(doc)
        ents = [
            e for e in doc.ents if e.start_char <= start < e.end_char or start <= e.start_char < end
        ]
        how = "target_matcher"
        if not ents:
            span = doc.char_span(start, end, label="FINDING", alignment_mode="expand")
            doc.ents = [span]
            ents = [span]
            how = "char_span"
            fallback += 1
        doc = context(doc)
        ent = ents[0]
        ent = next(e for e in doc.ents if e.start == ent.start)

        ndoc = pyrush(neg_nlp.make_doc(text))
        ndoc.ents = [ndoc.char_span(ent.start_char, ent.end_char, label="FINDING")]
        ndoc = negex(ndoc)

        answers[case["id"]] = {
            "entity": ent.text,
            "matched_by": how,
            "is_negated": bool(ent._.is_negated),
            "is_historical": bool(ent._.is_historical),
            "is_hypothetical": bool(ent._.is_hypothetical),
            "is_family": bool(ent._.is_family),
            "is_uncertain": bool(ent._.is_uncertain),
            "modifiers": [
                {"category": m.category, "cue": cue_text(doc, m.modifier_span)}
                for m in ent._.modifiers
            ],
            "negex_negated": bool(ndoc.ents[0]._.negex),
        }

    out = {
        "tool": {
            "medspacy": version("medspacy"),
            "negspacy": version("negspacy"),
            "spacy": version("spacy"),
            "python": sys.version.split()[0],
            "context_rules": len(context.rules),
            "targets_by_char_span": fallback,
        },
        "answers": answers,
    }
    (HERE / "medspacy_answers.json").write_text(json.dumps(out, indent=1) + "\n")
    print(f"{len(answers)} cases; {fallback} targets placed by char span", file=sys.stderr)


if __name__ == "__main__":
    main()
