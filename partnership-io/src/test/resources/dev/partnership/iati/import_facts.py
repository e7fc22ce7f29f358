#!/usr/bin/env python3
"""Counts, independently of the Java reader (Python's xml.etree only), the facts of the shared IATI
files that IatiRealDataTest pins for the import's handling of flaws (issue 9):

    python3 partnership-io/src/test/resources/dev/partnership/iati/import_facts.py ../shared/data/iati/activities

Files are read in name order; an activity whose iati-identifier was read before is a duplicate and
left out (the first is kept), as IatiConversion does.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data", "iati", "activities")
seen = set()
duplicates = links = nested = mixed_narratives = 0
negative = above_ceiling = long_or_big_exponent = bad_years = 0
for name in sorted(os.listdir(folder)):
    if not name.endswith(".xml"):
        continue
    root = ET.parse(os.path.join(folder, name)).getroot()
    for a in root.iter("iati-activity"):
        if a.find(".//iati-activity") is not None:
            nested += 1
        own = (a.findtext("iati-identifier") or "").strip()
        if not own:
            continue
        if own in seen:
            duplicates += 1
            continue
        seen.add(own)
        for n in a.iter("narrative"):
            if len(n) > 0:
                mixed_narratives += 1
        for t in a.findall("transaction"):
            for side, attr in (("provider-org", "provider-activity-id"), ("receiver-org", "receiver-activity-id")):
                e = t.find(side)
                if e is not None and (e.get(attr) or "").strip() not in ("", own):
                    links += 1
            tt = t.find("transaction-type")
            v = (t.findtext("value") or "").strip()
            if tt is None or tt.get("code") not in ("1", "3") or not v:
                continue
            if len(v) > 64 or re.search(r"[eE][+-]?[0-9]{4,}", v):
                long_or_big_exponent += 1
                continue
            try:
                x = float(v)
            except ValueError:
                continue
            if x <= -0.01:
                negative += 1
            if abs(x) > 1e15:
                above_ceiling += 1
            d = t.find("transaction-date")
            year = (d.get("iso-date") or "")[:4] if d is not None else ""
            if year.isdigit() and not 1900 <= int(year) <= 2200:
                bad_years += 1
print(f"duplicates={duplicates} links={links} nested={nested} mixed_narratives={mixed_narratives} "
      f"negative_flow_values={negative} above_ceiling={above_ceiling} long_or_big_exponent={long_or_big_exponent} "
      f"years_outside_1900_2200={bad_years}")
