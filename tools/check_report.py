#!/usr/bin/env python3
"""Checks the DOM that headless Chromium rendered from report.html (its --dump-dom output).

Usage: python3 tools/check_report.py [--require-rights] [--require-scenarios] DOM.html [PARTNERSHIP NAME ...]

Asserts that the rendered page has a section per partnership (and, when names are given, one for
each name), the comparison section, data tables with rows, and inline <svg> pictures inside the
page (charts and, when Graphviz was there, diagrams); the meet-up's four questions with one answer
per partnership, each answer linking to a table or figure that exists on the page; every decision
rights section with a table of rows; every scenario section with its inline line chart, its timeline
table and its shift; no link or source that leaves the page. With --require-rights (or
--require-scenarios) every partnership section must have a decision-rights (or scenario) section.
Exits 1 with one line per problem.
"""
import sys
from html.parser import HTMLParser

QUESTIONS = 4


class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sections = []  # (id, data-partnership)
        self.comparison = False
        self.tables = 0
        self.rows = 0
        self.svgs = 0
        self.svg_in_section = 0
        self.depth_in_partnership = 0
        self.scripts = 0
        self.h2 = []
        self._in_h2 = False
        self.ids = set()
        self.hrefs = []  # in-page links
        self.external = []  # src/href that leave the page
        self.stack = []  # open sections: (kind, id)
        self.current = None  # id of the open partnership section
        self.rights = {}  # partnership id -> rows in its decision_rights table
        self.scenarios = {}  # partnership id -> {"svg": n, "timeline": rows, "shift": items}
        self.questions = []  # per question row: [number of answer cells, links in it]
        self._table = None  # data-table key of the open table
        self._question = None

    def _scenario(self):
        for kind, _ in reversed(self.stack):
            if kind == "scenario":
                return self.scenarios.setdefault(
                    self.current, {"svg": 0, "timeline": 0, "shift": 0}
                )
        return None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if a.get("id"):
            self.ids.add(a["id"])
        for attr in ("href", "src"):
            v = (a.get(attr) or "").strip()
            if v.startswith("#"):
                self.hrefs.append(v[1:])
            elif v and not v.startswith("data:"):
                self.external.append("%s=%s" % (attr, v))
        if tag == "section":
            kind = "scenario" if "scenario" in classes else "other"
            if "partnership" in classes:
                kind = "partnership"
                self.sections.append((a.get("id"), a.get("data-partnership")))
                self.current = a.get("id")
            if a.get("id") == "comparison":
                self.comparison = True
            self.stack.append((kind, a.get("id")))
        elif tag == "table" and "data" in classes:
            self.tables += 1
            self._table = a.get("data-table")
        elif tag == "tr":
            self.rows += 1
            if self._table == "decision_rights" and self.current:
                self.rights[self.current] = self.rights.get(self.current, 0) + 1
            if self._table == "scenario_timeline" and self._scenario() is not None:
                self._scenario()["timeline"] += 1
            if "question" in classes:
                self._question = [0, 0]
                self.questions.append(self._question)
        elif tag == "td" and self._question is not None:
            self._question[0] += 1
        elif tag == "a" and self._question is not None and (a.get("href") or "").startswith("#"):
            self._question[1] += 1
        elif tag == "ul" and "shift" in classes and self._scenario() is not None:
            self._scenario()["shift"] += 1
        elif tag == "svg":
            self.svgs += 1
            if self._scenario() is not None:
                self._scenario()["svg"] += 1
        elif tag == "script":
            self.scripts += 1
        elif tag == "h2":
            self._in_h2 = True
            self.h2.append("")

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_h2 = False
        elif tag == "section" and self.stack:
            kind, _ = self.stack.pop()
            if kind == "partnership":
                self.current = None
        elif tag == "table":
            self._table = None
        elif tag == "tr":
            self._question = None

    def handle_data(self, data):
        if self._in_h2:
            self.h2[-1] += data


def main(argv):
    flags = {a for a in argv[1:] if a.startswith("--")}
    argv = [argv[0]] + [a for a in argv[1:] if not a.startswith("--")]
    unknown = flags - {"--require-rights", "--require-scenarios"}
    if len(argv) < 2 or unknown:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        text = f.read()
    dom = Dom()
    dom.feed(text)
    problems = []
    if not dom.sections:
        problems.append("no partnership section")
    for name in argv[2:]:
        if not any(name in h for h in dom.h2):
            problems.append("no section headed %r (headings: %s)" % (name, dom.h2))
    if not dom.comparison:
        problems.append("no comparison section")
    if dom.tables < 3 * max(1, len(dom.sections)):
        problems.append("only %d data tables" % dom.tables)
    if dom.rows < 10:
        problems.append("only %d table rows" % dom.rows)
    if dom.svgs < len(dom.sections):
        problems.append("only %d inline <svg> pictures" % dom.svgs)
    if dom.scripts:
        problems.append("%d <script> elements (the report must not run scripts)" % dom.scripts)
    if "questions" not in dom.ids:
        problems.append("no section of the four questions")
    if len(dom.questions) != QUESTIONS:
        problems.append("%d question rows (expected %d)" % (len(dom.questions), QUESTIONS))
    for i, (cells, links) in enumerate(dom.questions):
        if cells != len(dom.sections):
            problems.append(
                "question %d has %d answers for %d partnerships" % (i + 1, cells, len(dom.sections))
            )
        if links < cells:
            problems.append("question %d: %d links behind %d answers" % (i + 1, links, cells))
    dangling = sorted({h for h in dom.hrefs if h not in dom.ids})
    if dangling:
        problems.append("links to anchors that do not exist: %s" % ", ".join(dangling))
    if dom.external:
        problems.append("links or sources that leave the page: %s" % ", ".join(dom.external[:5]))
    for sid, _ in dom.sections:
        if "--require-rights" in flags and not dom.rights.get(sid):
            problems.append("section %s has no decision-rights table" % sid)
        if "--require-scenarios" in flags and sid not in dom.scenarios:
            problems.append("section %s has no scenario" % sid)
    for sid, rows in dom.rights.items():
        if rows < 2:
            problems.append("section %s: the decision-rights table has no rows" % sid)
    for sid, sc in dom.scenarios.items():
        if sc["svg"] < 1:
            problems.append("section %s: the scenario has no inline chart" % sid)
        if sc["timeline"] < 2:
            problems.append("section %s: the scenario's timeline table has no rows" % sid)
        if sc["shift"] < 1:
            problems.append("section %s: the scenario has no shift list" % sid)
    for p in problems:
        print("check_report: " + p, file=sys.stderr)
    if problems:
        return 1
    print(
        "check_report: %d partnership sections (%s), comparison, %d tables with %d rows, %d inline SVG pictures;"
        " %d decision-rights sections, %d scenarios, the four questions with %d links"
        % (
            len(dom.sections),
            ", ".join(h for h in dom.h2 if h not in ("Comparison", "Timelines")),
            dom.tables,
            dom.rows,
            dom.svgs,
            len(dom.rights),
            len(dom.scenarios),
            sum(links for _, links in dom.questions),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
