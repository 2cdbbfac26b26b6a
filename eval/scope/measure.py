"""Scope (negated / past / hypothetical / someone else) measured on cases.jsonl, ours vs medspaCy.

    .venv/bin/python eval/scope/measure.py            # tables to stdout, results.json beside

OURS: ``Engine().understand(text)``; the mention of the case's finding that covers the target
phrase gives the flags, and ``present`` says whether the finding counts as current. A case is
right when the finding is in ``present`` exactly when gold is ``present`` and, for the other
classes, the covering mention carries gold's flag. When no mention of the case's finding covers
the target, the case is "not recognised": a lexicon miss, counted apart, not a scope error.

THEIRS: medspacy_answers.json, written by medspacy_run.py in its own virtual environment.
ConText's ``is_negated``/``is_historical``/``is_hypothetical``/``is_family`` stand for our
negated/past/hypothetical/someone_else; a target with none of them is present. Right when gold's
attribute is set (present: none is set). A variant also reads ``is_uncertain`` (ConText's
POSSIBLE_EXISTENCE) as hypothetical. negspaCy's NegEx is scored on negation alone.

A case whose prediction carries several flags is right when gold's is among them; its single
predicted label in the confusion table is gold's flag if set, otherwise the first of negated,
someone_else, hypothetical, past.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLASSES = ("present", "negated", "past", "hypothetical", "someone_else")
ORDER = ("negated", "someone_else", "hypothetical", "past")
NR = "not recognised"


def load_cases() -> list[dict]:
    return [json.loads(line) for line in (HERE / "cases.jsonl").open()]


def engine():
    """The project's engine. The knowledge base in a work tree being edited can fail its
    cross-reference checks (red flags naming topics not written yet); those checks do not
    touch findings or scope, so the engine is then built from what loaded, and that is said."""
    from selfcare.assistant.engine import Engine
    from selfcare.assistant.knowledge.loader import KnowledgeError, read

    try:
        return Engine(), []
    except KnowledgeError:
        knowledge, problems = read()
        return Engine(knowledge), [str(p) for p in problems]


def label(flags: set[str], gold: str) -> str:
    if not flags:
        return "present"
    if gold in flags:
        return gold
    return next(c for c in ORDER if c in flags)


def ours(cases: list[dict]) -> tuple[dict[str, dict], list[str]]:
    eng, problems = engine()
    reader = eng.reader("en")
    out: dict[str, dict] = {}
    for case in cases:
        text, target, finding = case["text"], case["target"], case["finding"]
        u = eng.understand(text)
        start = text.index(target)
        pre = reader.normalise(text[:start])
        p0 = len(pre) + (1 if pre else 0)
        p1 = max(len(reader.normalise(text[: start + len(target)])), p0 + 1)
        covering = [
            m for m in u.mentions if m.finding == finding and m.start < p1 + 2 and m.end > p0 - 2
        ]
        if not covering:
            others = sorted({m.finding for m in u.mentions if m.start < p1 + 2 and m.end > p0 - 2})
            out[case["id"]] = {"label": NR, "right": False, "recognised": False, "as": others}
            continue
        m = max(covering, key=lambda m: min(m.end, p1) - max(m.start, p0))
        flags = {
            name
            for name, on in (
                ("negated", m.negated),
                ("past", m.past),
                ("hypothetical", m.hypothetical),
                ("someone_else", m.someone_else),
            )
            if on
        }
        in_present = finding in u.present
        gold = case["scope"]
        if in_present:
            predicted = "present"
        elif flags:
            predicted = label(flags, gold)
        else:  # current mention removed from present by an "absent" phrase ("temp normal")
            predicted = "negated"
        right = (
            in_present if gold == "present" else (not in_present and gold in flags | {predicted})
        )
        out[case["id"]] = {
            "label": predicted,
            "right": right,
            "recognised": True,
            "flags": sorted(flags),
            "in_present": in_present,
            "normalised": u.text,
        }
    return out, problems


def theirs(cases: list[dict], uncertain_is_hypothetical: bool = False) -> dict[str, dict]:
    data = json.loads((HERE / "medspacy_answers.json").read_text())["answers"]
    out: dict[str, dict] = {}
    for case in cases:
        a = data[case["id"]]
        flags = {
            name
            for name, on in (
                ("negated", a["is_negated"]),
                ("past", a["is_historical"]),
                (
                    "hypothetical",
                    a["is_hypothetical"] or (uncertain_is_hypothetical and a["is_uncertain"]),
                ),
                ("someone_else", a["is_family"]),
            )
            if on
        }
        gold = case["scope"]
        predicted = label(flags, gold)
        out[case["id"]] = {
            "label": predicted,
            "right": (not flags) if gold == "present" else gold in flags,
            "recognised": True,
            "flags": sorted(flags),
            "cues": a["modifiers"],
        }
    return out


def negex(cases: list[dict]) -> dict[str, bool]:
    data = json.loads((HERE / "medspacy_answers.json").read_text())["answers"]
    return {c["id"]: data[c["id"]]["negex_negated"] for c in cases}


# --- reporting ------------------------------------------------------------------------------


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "    — (0/0)"


def summary(cases: list[dict], pred: dict[str, dict], only: set[str] | None = None) -> dict:
    rows = {}
    total_right = total = 0
    for cls in CLASSES:
        ids = [c["id"] for c in cases if c["scope"] == cls and (only is None or c["id"] in only)]
        rec = [i for i in ids if pred[i]["recognised"]]
        right = sum(pred[i]["right"] for i in rec)
        rows[cls] = {"cases": len(ids), "recognised": len(rec), "right": right}
        total_right += right
        total += len(rec)
    rows["overall"] = {
        "cases": sum(r["cases"] for r in rows.values()),
        "recognised": total,
        "right": total_right,
    }
    return rows


def table(title: str, rows: dict) -> str:
    lines = [title, f"  {'class':<14}{'cases':>6}{'not rec.':>10}   accuracy (of recognised)"]
    for cls, r in rows.items():
        lines.append(
            f"  {cls:<14}{r['cases']:>6}{r['cases'] - r['recognised']:>10}   "
            f"{pct(r['right'], r['recognised'])}"
        )
    return "\n".join(lines)


def confusion(cases: list[dict], pred: dict[str, dict], with_nr: bool) -> str:
    cols = CLASSES + ((NR,) if with_nr else ())
    short = {
        "present": "pres",
        "negated": "neg",
        "past": "past",
        "hypothetical": "hypo",
        "someone_else": "other",
        NR: "n.rec",
    }
    counts = Counter((c["scope"], pred[c["id"]]["label"]) for c in cases)
    head = "  gold \\ said   " + "".join(f"{short[c]:>7}" for c in cols)
    lines = [head]
    for g in CLASSES:
        lines.append(f"  {g:<14}" + "".join(f"{counts[(g, c)]:>7}" for c in cols))
    return "\n".join(lines)


def main() -> None:
    cases = load_cases()
    mine, problems = ours(cases)
    ctx = theirs(cases)
    ctx_u = theirs(cases, uncertain_is_hypothetical=True)
    neg = negex(cases)
    recognised = {i for i, p in mine.items() if p["recognised"]}

    report = []
    if problems:
        report.append(
            f"note: the work tree's knowledge base has {len(problems)} cross-reference problems "
            "(first: " + problems[0] + "); engine built from what loaded\n"
        )
    report.append(
        table("OURS (engine/scope.py + en/language.yaml scope cues)", summary(cases, mine))
    )
    report.append(confusion(cases, mine, with_nr=True))
    report.append("")
    report.append(table("THEIRS: medspaCy ConText, default rules, all 240", summary(cases, ctx)))
    report.append(confusion(cases, ctx, with_nr=False))
    report.append("")
    report.append(
        table(
            "THEIRS on the cases OURS recognised (same denominator as ours)",
            summary(cases, ctx, only=recognised),
        )
    )
    report.append("")
    report.append(
        table("THEIRS, variant: is_uncertain read as hypothetical, all 240", summary(cases, ctx_u))
    )
    report.append("")
    # NegEx: negation only
    tp = sum(neg[c["id"]] for c in cases if c["scope"] == "negated")
    n_neg = sum(c["scope"] == "negated" for c in cases)
    fp = sum(neg[c["id"]] for c in cases if c["scope"] != "negated")
    fp_present = sum(neg[c["id"]] for c in cases if c["scope"] == "present")
    report.append(
        "negspaCy NegEx (en_clinical), negation only: "
        f"negated cases flagged {pct(tp, n_neg)}; non-negated cases wrongly flagged {fp} of "
        f"{len(cases) - n_neg} ({fp_present} of them gold present)"
    )
    # the same two numbers for ours and ConText, for comparison
    for name, p in (("ours", mine), ("ConText", ctx)):
        ids = [c["id"] for c in cases if p[c["id"]]["recognised"]]
        tp = sum(
            "negated" in p[i].get("flags", []) or p[i]["label"] == "negated"
            for i in ids
            if next(c for c in cases if c["id"] == i)["scope"] == "negated"
        )
        nn = sum(1 for i in ids if next(c for c in cases if c["id"] == i)["scope"] == "negated")
        fp = sum(
            ("negated" in p[i].get("flags", []))
            for i in ids
            if next(c for c in cases if c["id"] == i)["scope"] != "negated"
        )
        report.append(
            f"  {name:<8} negated cases flagged {pct(tp, nn)}; "
            f"non-negated cases wrongly flagged {fp} of {len(ids) - nn}"
        )
    report.append("")
    for name, p in (("ours", mine), ("ConText", ctx)):
        ids = [c for c in cases if p[c["id"]]["recognised"]]
        off = sum(1 for c in ids if c["scope"] == "present" and p[c["id"]]["label"] != "present")
        n_p = sum(1 for c in ids if c["scope"] == "present")
        on = sum(1 for c in ids if c["scope"] != "present" and p[c["id"]]["label"] == "present")
        report.append(
            f"  {name:<8} a present finding switched off (under-triage risk): {off} of {n_p}; "
            f"an absent/past/hypothetical/other finding counted present: {on} of {len(ids) - n_p}"
        )
    report.append("")
    both = Counter(
        (mine[c["id"]]["right"], ctx[c["id"]]["right"]) for c in cases if c["id"] in recognised
    )
    report.append(
        "on cases ours recognised: both right "
        f"{both[(True, True)]}, only ours {both[(True, False)]}, only ConText "
        f"{both[(False, True)]}, both wrong {both[(False, False)]}"
    )
    not_rec = [c for c in cases if c["id"] not in recognised]
    report.append(f"\nnot recognised by our lexicon ({len(not_rec)}):")
    for c in not_rec:
        also = mine[c["id"]]["as"]
        report.append(
            f"  {c['id']} [{c['finding']}] {c['target']!r} in {c['text']!r}"
            + (f" (read as {', '.join(also)})" if also else "")
        )
    report.append("\ndisagreements with gold (id | gold | ours | ConText | text):")
    for c in cases:
        m, t = mine[c["id"]], ctx[c["id"]]
        if m["right"] and t["right"]:
            continue
        if not m["recognised"] and t["right"]:
            continue
        cues = ", ".join(f"{x['category']}:{x['cue']}" for x in t["cues"])
        report.append(
            f"  {c['id']} | {c['scope']} | {m['label']}{'' if m['right'] else ' ✗'} | "
            f"{t['label']}{'' if t['right'] else ' ✗'}{f' [{cues}]' if cues else ''} | "
            f"{c['text']!r} → {c['target']!r}"
        )
    text = "\n".join(report)
    print(text)
    (HERE / "results.json").write_text(
        json.dumps(
            {
                "ours": summary(cases, mine),
                "medspacy_context": summary(cases, ctx),
                "medspacy_context_on_ours_recognised": summary(cases, ctx, only=recognised),
                "medspacy_context_uncertain_as_hypothetical": summary(cases, ctx_u),
                "cases": {
                    c["id"]: {
                        "gold": c["scope"],
                        "ours": mine[c["id"]],
                        "context": ctx[c["id"]],
                        "negex_negated": neg[c["id"]],
                    }
                    for c in cases
                },
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n"
    )


if __name__ == "__main__":
    sys.exit(main())
