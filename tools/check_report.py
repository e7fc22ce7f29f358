#!/usr/bin/env python3
"""Checks the DOM that headless Chromium rendered from report.html (its --dump-dom output).

Usage: python3 tools/check_report.py DOM.html [PARTNERSHIP NAME ...]

Asserts that the rendered page has a section per partnership (and, when names are given, one for
each name), the comparison section, data tables with rows, and inline <svg> pictures inside the
page (charts and, when Graphviz was there, diagrams). Exits 1 with one line per problem.
"""
import sys
from html.parser import HTMLParser


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

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section":
            if "partnership" in (a.get("class") or "").split():
                self.sections.append((a.get("id"), a.get("data-partnership")))
            if a.get("id") == "comparison":
                self.comparison = True
        elif tag == "table" and "data" in (a.get("class") or "").split():
            self.tables += 1
        elif tag == "tr":
            self.rows += 1
        elif tag == "svg":
            self.svgs += 1
        elif tag == "script":
            self.scripts += 1
        elif tag == "h2":
            self._in_h2 = True
            self.h2.append("")

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data):
        if self._in_h2:
            self.h2[-1] += data


def main(argv):
    if len(argv) < 2:
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
    for p in problems:
        print("check_report: " + p, file=sys.stderr)
    if problems:
        return 1
    print(
        "check_report: %d partnership sections (%s), comparison, %d tables with %d rows, %d inline SVG pictures"
        % (len(dom.sections), ", ".join(h for h in dom.h2 if h not in ("Comparison", "Timelines")), dom.tables, dom.rows, dom.svgs)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
