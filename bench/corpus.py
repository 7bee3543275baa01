"""How `derive check` judges real derivations it has never seen: the public corpus in bench/corpus/.

Every document there is a public derivation (lecture notes, blog posts, notebooks, Q&A answers)
with its mathematics transcribed exactly and its prose retold; every claim is labelled from the
mathematics (valid, invalid, ambiguous) and backed by an independent SymPy check at 50 digits
(bench/corpus/labels.py). This script checks each document as `derive check` does and scores each
labelled claim by the verdict at its place (the k-th step whose right side begins on its line):

  right           valid -> proved/consistent, invalid -> refuted, ambiguous -> ambiguous
  false accept    invalid -> proved/consistent (never acceptable)
  false reject    valid -> refuted
  ambiguous       a definitely labelled claim called ambiguous
  unreadable      unreadable or skipped at its place, or no step there at all ("missed"); also
                  a step bridged over an unreadable side: it judges A = C of A = B = C, not the
                  claim B = C at its place
  undecided       no verdict in the budget, or a quantity defined nowhere

and counts the steps derive judged where no claim is labelled ("extra"), of which those that fail
(refuted, unreadable, undecided) are false alarms a user would see.

    python bench/corpus.py                  # the table, per topic and overall
    python bench/corpus.py --list           # also every claim that is not right
    python bench/corpus.py --labels         # first verify every label independently
    python bench/corpus.py --json out.json  # every claim's outcome, for comparing two runs
    python bench/corpus.py 17_maykulkarni   # only documents whose name starts so
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(HERE))

import labels as L  # noqa: E402 - the corpus's own label module, beside its documents

HOLDS = ("proved", "consistent")
COLUMNS = ("claims", "definite", "right", "false_accept", "false_reject", "ambiguous", "unreadable",
           "missed", "undecided", "extra", "extra_failing", "seconds")
SECTIONS = {"multiclass": "multi-class", "vector": "vector notation"}  # later issues' sections


def outcome(label: str, verdict: str | None) -> str:
    """What a verdict at a labelled claim counts as."""
    if verdict is None:
        return "missed"
    if verdict in ("unreadable", "skipped"):
        return "unreadable"
    if verdict == "undecided":
        return "undecided"
    if label == "ambiguous":
        return "right" if verdict == "ambiguous" else f"ambiguous_as_{'holds' if verdict in HOLDS else 'refuted'}"
    if verdict == "ambiguous":
        return "ambiguous"
    if label == "valid":
        return "right" if verdict in HOLDS else "false_reject"
    return "false_accept" if verdict in HOLDS else "right"


def check(doc: Path):
    """Steps of one document as `derive check` gives them: [(line, verdict, detail)]."""
    from derive.check.document import check_document, read_path

    checked = check_document(read_path(str(doc)))
    out, before = [], None
    for s in checked.derivation.steps:
        verdict, detail = s.verdict.value, (s.outcome.detail or "").split("\n")[0]
        if verdict == "skipped" and detail.endswith("is not `=`: only equalities are checked"):
            continue  # β ∈ ℝ^d, a ≤ b: no claim, so no place among a line's claims (their k)
        if s.rule.startswith("bridged") and before is not None and before.verdict.value == "unreadable":
            # A = B = C with B unreadable: the bridge judges A = C, not the claim B = C at its place
            verdict, detail = "unreadable", f"not judged (the side before it is unreadable; {detail})"
        out.append((s.line, verdict, detail))
        before = s
    return out


def score(doc: Path, meta: dict):
    start = time.perf_counter()
    try:
        steps = check(doc)
        error = ""
    except Exception as exc:  # a crash is a result here: every claim of the file is missed
        steps, error = [], f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    by_line: dict[int, list] = defaultdict(list)
    for line, verdict, detail in steps:
        by_line[line].append((verdict, detail))
    used = set()
    rows = []
    for c in meta["CLAIMS"]:
        here = by_line.get(c.line, [])
        got = here[c.k - 1] if c.k <= len(here) else None
        if got is not None:
            used.add((c.line, c.k))
        verdict, detail = got if got else (None, error or "no step at this line")
        rows.append({"file": doc.name, "line": c.line, "k": c.k, "label": c.label,
                     "verdict": verdict, "outcome": outcome(c.label, verdict), "detail": detail,
                     "note": c.note})
    extra = [(line, k + 1, v) for line, vs in by_line.items() for k, (v, _) in enumerate(vs)
             if (line, k + 1) not in used]
    return rows, extra, seconds


def tally(rows, extra, seconds) -> dict:
    n = Counter(r["outcome"] for r in rows)
    definite = sum(1 for r in rows if r["label"] != "ambiguous")
    return {
        "claims": len(rows), "definite": definite,
        "right": sum(1 for r in rows if r["outcome"] == "right" and r["label"] != "ambiguous"),
        "right_ambiguous": sum(1 for r in rows if r["outcome"] == "right" and r["label"] == "ambiguous"),
        "false_accept": n["false_accept"], "false_reject": n["false_reject"],
        "ambiguous": n["ambiguous"], "unreadable": n["unreadable"] + n["missed"], "missed": n["missed"],
        "undecided": n["undecided"], "extra": len(extra),
        "extra_failing": sum(1 for *_, v in extra if v in ("refuted", "unreadable", "undecided")),
        "seconds": seconds,
        "ambiguous_as_holds": n["ambiguous_as_holds"], "ambiguous_as_refuted": n["ambiguous_as_refuted"],
    }


def source_of(url: str) -> str:
    """Who wrote it: the GitHub owner, else the site (two pages of one blog are one source)."""
    parts = url.split("/")
    if "://" not in url or len(parts) < 3:
        return url
    host = parts[2].removeprefix("www.")
    if host in ("github.com", "raw.githubusercontent.com", "gist.github.com") and len(parts) > 3:
        return f"github:{parts[3].lower()}"
    if host.endswith(".github.io"):
        return f"github:{host.split('.')[0].lower()}"
    return host


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    - "


def table(groups: dict[str, dict]) -> str:
    head = (f"{'topic':<16}{'docs':>5}{'claims':>7}{'defin.':>7}{'right':>7}{'right%':>8}{'FA':>4}"
            f"{'FR':>4}{'FR%':>7}{'amb':>5}{'unread':>7}{'(miss)':>7}{'unrd%':>7}{'undec':>6}"
            f"{'extra':>6}{'(fail)':>7}{'secs':>7}")
    out = [head, "-" * len(head)]
    for name, t in groups.items():
        out.append(f"{name:<16}{t['docs']:>5}{t['claims']:>7}{t['definite']:>7}{t['right']:>7}"
                   f"{pct(t['right'], t['definite']):>8}{t['false_accept']:>4}{t['false_reject']:>4}"
                   f"{pct(t['false_reject'], t['definite']):>7}{t['ambiguous']:>5}{t['unreadable']:>7}"
                   f"{t['missed']:>7}{pct(t['unreadable'], t['claims']):>7}{t['undecided']:>6}"
                   f"{t['extra']:>6}{t['extra_failing']:>7}{t['seconds']:>7.1f}")
    return "\n".join(out)


def add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + b.get(k, 0) for k in set(a) | set(b)}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("only", nargs="*", help="document name prefixes")
    ap.add_argument("--list", action="store_true", help="list every claim that is not right")
    ap.add_argument("--labels", action="store_true", help="verify every label first")
    ap.add_argument("--json", metavar="FILE", help="write every claim's outcome to FILE")
    args = ap.parse_args(argv)

    docs = L.documents(HERE, args.only)
    if args.labels:
        bad = [f"{d.name}:{c.line}: {why}" for d, m in docs for c in m["CLAIMS"]
               if (why := L.verify(c, d.name))]
        print("\n".join(bad) or f"all {sum(len(m['CLAIMS']) for _, m in docs)} labels verified")
        if bad:
            return 1

    topics: dict[str, dict] = {}
    all_rows, sources = [], set()
    wall = time.perf_counter()
    for doc, meta in docs:
        rows, extra, seconds = score(doc, meta)
        all_rows += rows
        t = tally(rows, extra, seconds)
        t["docs"] = 1
        topic = meta["TOPIC"]
        topics[topic] = add(topics.get(topic, {}), t)
        sources.add(source_of(meta["SOURCE"]))
        if args.list:
            for r in rows:
                if r["outcome"] != "right":
                    print(f"{r['file']}:{r['line']} (k={r['k']}) {r['label']} -> {r['verdict']}: "
                          f"{r['outcome']}  {r['detail'][:110]}")
            for line, k, v in extra:
                if v in ("refuted", "unreadable", "undecided"):
                    print(f"{doc.name}:{line} (k={k}) unlabelled -> {v}")
    wall = time.perf_counter() - wall

    order = [t for t in L.TOPICS if t in topics and t not in SECTIONS]
    groups = {t: topics[t] for t in order}
    core = {}
    for t in order:
        core = add(core, topics[t])
    if order:  # only the sections' documents chosen: no core topic to sum
        groups["overall"] = core
    for t, title in SECTIONS.items():
        if t in topics:
            groups[title] = topics[t]
    everything = core
    for t in SECTIONS:
        if t in topics:
            everything = add(everything, topics[t])
    if any(t in topics for t in SECTIONS):
        groups["all sections"] = everything

    print(table(groups))
    print(f"\n{len(docs)} documents from {len(sources)} distinct sources; wall {wall:.1f} s")
    print("FA false accepts (target 0), FR false rejects (target <= 2% of definite claims), "
          "right% of definite claims (target >= 90%), unrd% unreadable or missed of all claims "
          "(target <= 5%); extra = steps judged where no claim is labelled, (fail) of them failing.")
    if everything.get("ambiguous_as_holds") or everything.get("ambiguous_as_refuted"):
        print(f"claims labelled ambiguous: {everything.get('right_ambiguous', 0)} called ambiguous, "
              f"{everything.get('ambiguous_as_holds', 0)} called holding, "
              f"{everything.get('ambiguous_as_refuted', 0)} called refuted")
    if args.json:
        Path(args.json).write_text(json.dumps(all_rows, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
