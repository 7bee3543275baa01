"""Checked documents for CI systems: GitHub workflow annotations, JUnit XML, SARIF 2.1.0.

Every format places a step at its file, line and column. A step that fails (refuted,
unreadable, undecided) is an error; an ambiguous one a warning; the rest pass.
"""

from __future__ import annotations

import json
import os
from xml.etree import ElementTree as ET

from derive.derivation import Verdict
from derive.render.plain import spans

GITHUB_CAP = 10  # GitHub shows at most this many error annotations of one step
LEVELS = {Verdict.REFUTED: "error", Verdict.UNREADABLE: "error", Verdict.UNDECIDED: "error",
          Verdict.AMBIGUOUS: "warning"}
RULES = {
    "refuted": "A step of the derivation is false: a point where the two sides differ.",
    "unreadable": "A line of the derivation could not be read.",
    "undecided": "A step could not be decided (a quantity defined nowhere, or no verdict in time).",
    "ambiguous": "A step holds only under another reading the document leaves open.",
}


def _problems(files):
    for f in files:
        for s in f.derivation.steps:
            if s.verdict in LEVELS:
                yield f, s


def _message(s) -> str:
    return spans((s.outcome.detail or "").split("\n")[0]) or s.verdict.value


def _escape(value: str, *, prop: bool = False) -> str:
    """GitHub's workflow-command escaping (properties also escape ``:`` and ``,``)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(files, summary_line: str) -> str:
    """One ``::error``/``::warning`` per problem step, at most GITHUB_CAP errors shown by
    GitHub; every problem also goes to the job summary (``$GITHUB_STEP_SUMMARY``) when there
    is one, and a notice says how many annotations GitHub would not show."""
    out, errors, table = [], 0, []
    for f, s in _problems(files):
        level = LEVELS[s.verdict]
        errors += level == "error"
        col = f",col={s.column}" if s.column else ""
        line = s.line or 1
        title = f"derive: {s.verdict.value}" + (f" (cell {f.cells[line - 1][0]})"
                                                 if f.cells and line <= len(f.cells) else "")
        out.append(f"::{level} file={_escape(f.path, prop=True)},line={line}{col},"
                   f"title={_escape(title, prop=True)}::{_escape(_message(s))}")
        cell = _message(s).replace("|", "\\|")
        table.append(f"| `{f.path}:{f.location(s)}` | {s.verdict.value} | {cell} |")
    if errors > GITHUB_CAP:
        out.append(f"::notice title=derive::{errors} errors; GitHub annotates the first "
                   f"{GITHUB_CAP} of a step: all of them are in the job summary")
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target and table:
        try:
            with open(target, "a", encoding="utf-8") as fh:
                fh.write("## derive check\n\n| where | verdict | why |\n|---|---|---|\n"
                         + "\n".join(table) + f"\n\n{summary_line}\n")
        except OSError:
            pass  # the annotations are still printed
    out.append(summary_line)
    return "\n".join(out) + "\n"


def junit(files) -> str:
    """JUnit XML: a test suite per file, a test case per claim (``path:line:col``); failing
    steps fail, ambiguous and skipped ones are skipped with their reason."""
    suites = ET.Element("testsuites", name="derive check")
    total = failed = skipped = 0
    for f in files:
        suite = ET.SubElement(suites, "testsuite", name=f.path)
        n = bad = skip = 0
        for s in f.derivation.steps:
            n += 1
            case = ET.SubElement(suite, "testcase", classname=f.path,
                                 name=f"{f.path}:{f.location(s)}", file=f.path,
                                 line=str(s.line or 0))
            why = _message(s)
            if s.verdict.fails:
                bad += 1
                node = ET.SubElement(case, "failure", message=why, type=s.verdict.value)
                node.text = (s.outcome.detail or "") + _point(s)
            elif s.verdict in (Verdict.AMBIGUOUS, Verdict.SKIPPED):
                skip += 1
                ET.SubElement(case, "skipped", message=f"{s.verdict.value}: {why}")
        suite.set("tests", str(n))
        suite.set("failures", str(bad))
        suite.set("skipped", str(skip))
        suite.set("errors", "0")
        total, failed, skipped = total + n, failed + bad, skipped + skip
    suites.set("tests", str(total))
    suites.set("failures", str(failed))
    suites.set("skipped", str(skipped))
    suites.set("errors", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _point(s) -> str:
    point = s.outcome.counterexample
    return ("\nat " + ", ".join(f"{k} = {v}" for k, v in point.items())) if point else ""


def sarif(files, version: str) -> str:
    """SARIF 2.1.0, as GitHub code scanning takes it: one result per problem step, with its
    rule (the verdict), level, message and region (line, column)."""
    results = []
    for f, s in _problems(files):
        region = {"startLine": s.line or 1}
        if s.column:
            region["startColumn"] = s.column
        results.append({
            "ruleId": s.verdict.value,
            "level": LEVELS[s.verdict],
            "message": {"text": _message(s) + _point(s)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": f.path.replace(os.sep, "/")},
                "region": region}}],
        })
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "derive",
                "version": version,
                "rules": [{"id": rule, "shortDescription": {"text": text},
                           "defaultConfiguration": {"level": "warning" if rule == "ambiguous"
                                                    else "error"}}
                          for rule, text in RULES.items()],
            }},
            "results": results,
        }],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
