#!/usr/bin/env python3
"""Counts facts in ../shared/data/iati/activities independently of the Java reader.

The real-data tests (IatiRealDataTest) assert these numbers; this script is how they were
obtained. It uses only Python's standard library (xml.etree), none of the project's code.

    python3 tools/iati_facts.py [path/to/shared/data/iati/activities]
"""
import collections
import os
import sys
import xml.etree.ElementTree as ET

folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "iati", "activities")


def text(e):
    return (e.text or "").strip() if e is not None else ""


for name in sorted(os.listdir(folder)):
    root = ET.parse(os.path.join(folder, name)).getroot()
    acts = root.findall("iati-activity")
    types = collections.Counter()
    tx = 0
    empty_values = 0
    tiny_values = 0
    cites_provider_activity = 0
    cites_receiver_activity = 0
    for a in acts:
        own = text(a.find("iati-identifier"))
        for t in a.findall("transaction"):
            tx += 1
            tt = t.find("transaction-type")
            types[tt.get("code") if tt is not None else None] += 1
            v = text(t.find("value"))
            if v == "":
                empty_values += 1
            else:
                try:
                    if abs(float(v)) < 0.01:
                        tiny_values += 1
                except ValueError:
                    pass
            p = t.find("provider-org")
            if p is not None and (p.get("provider-activity-id") or "").strip() not in ("", own):
                cites_provider_activity += 1
            r = t.find("receiver-org")
            if r is not None and (r.get("receiver-activity-id") or "").strip() not in ("", own):
                cites_receiver_activity += 1
    print(f"{name}: activities={len(acts)} transactions={tx} types={dict(sorted((k or 'none', v) for k, v in types.items()))} "
          f"empty_values={empty_values} values_below_a_cent={tiny_values} "
          f"cite_provider_activity={cites_provider_activity} cite_receiver_activity={cites_receiver_activity}")

# The ministry -> Oxfam Novib chain
root = ET.parse(os.path.join(folder, "dportal_30.xml")).getroot()
citing_tx = 0
citing_acts = set()
for a in root.findall("iati-activity"):
    for t in a.findall("transaction"):
        p = t.find("provider-org")
        if p is not None and p.get("provider-activity-id") == "XM-DAC-7-PPR-4000003915":
            citing_tx += 1
            citing_acts.add(text(a.find("iati-identifier")))
reporters = {text(a.find("iati-identifier")): a.find("reporting-org").get("ref") for a in root.findall("iati-activity")}
print(f"dportal_30.xml: {citing_tx} transactions in {len(citing_acts)} activities cite XM-DAC-7-PPR-4000003915;"
      f" reporters {sorted(set(reporters[x] for x in citing_acts))}")
ids125 = {text(a.find("iati-identifier")) for a in ET.parse(os.path.join(folder, "dportal_125.xml")).getroot().findall("iati-activity")}
print(f"dportal_125.xml holds XM-DAC-7-PPR-4000003915: {'XM-DAC-7-PPR-4000003915' in ids125}")

# The Dutch Relief Alliance
root = ET.parse(os.path.join(folder, "dportal_33.xml")).getroot()
dra = 0
for a in root.findall("iati-activity"):
    roles = {(p.get("ref"), p.get("role")) for p in a.findall("participating-org")}
    if ("XM-DAC-7", "1") in roles and ("NL-KVK-72849770", "2") in roles:
        dra += 1
print(f"dportal_33.xml: {dra} activities name XM-DAC-7 as Funding (1) and NL-KVK-72849770 as Accountable (2)")

# Partners named only in narrative text with a CRS channel code as ref
for name in ("dportal_38.xml", "dportal_44.xml"):
    root = ET.parse(os.path.join(folder, name)).getroot()
    n = sum(1 for a in root.findall("iati-activity") for p in a.findall("participating-org") if (p.get("ref") or "").strip() == "21000")
    print(f"{name}: {n} participating-org elements with ref 21000")

# Localisation of the ministry (XM-DAC-7): its EUR disbursements (type 3) as published, by receiver.
# A receiver's registration country is its identifier's prefix when that is a country (NL-KVK -> NL;
# XM-, XI- and refs that are no identifier say nothing); the DAC list is the core's resource file.
import re
here = os.path.dirname(os.path.abspath(__file__))
props = open(os.path.join(here, "..", "partnership-core", "src", "main", "resources", "dev", "partnership", "actors",
                          "DacListOfOdaRecipients2024.properties"), encoding="utf-8").read()
dac = set(re.sub(r"\\\n\s*", "", props).split("countries=")[1].split("\n")[0].split(","))
print(f"DAC list 2024-2025: {len(dac)} countries; NR {'NR' in dac}, MS {'MS' in dac}, GY {'GY' in dac}, PA {'PA' in dac},"
      f" AG {'AG' in dac}, CL {'CL' in dac}, UY {'UY' in dac}")
iso = set()
for c in ET.parse(os.path.join(folder, "..", "codelists", "Country.xml")).getroot().iter("code"):
    iso.add((c.text or "").strip())
total = 0.0
by_kind = collections.Counter()
receivers = {}
for name in sorted(os.listdir(folder)):
    for a in ET.parse(os.path.join(folder, name)).getroot().findall("iati-activity"):
        rep = a.find("reporting-org")
        for t in a.findall("transaction"):
            tt = t.find("transaction-type")
            if tt is None or tt.get("code") != "3":
                continue
            p = t.find("provider-org")
            pref = (p.get("provider-org-ref") if p is not None else None) or (p.get("ref") if p is not None else None)
            if not (pref == "XM-DAC-7" or ((p is None or not (pref or text(p.find("narrative")))) and rep is not None and rep.get("ref") == "XM-DAC-7")):
                continue
            v = t.find("value")
            cur = (v.get("currency") if v is not None else None) or a.get("default-currency")
            if cur != "EUR" or text(v) == "":
                continue
            amount = float(text(v))
            r = t.find("receiver-org")
            ref = (r.get("ref") or "").strip() if r is not None else ""
            rtype = r.get("type") if r is not None else None
            prefix = ref[:2] if re.match(r"^[A-Z]{2}-", ref) else ""
            kind = ("type missing" if not rtype else
                    "registered on the DAC list" if prefix in dac else
                    "registered off the DAC list" if prefix in iso else "no country in the identifier")
            by_kind[kind] += amount
            total += amount
print(f"XM-DAC-7 EUR disbursements as published: {total:.2f}; by receiver: "
      + ", ".join(f"{k} {v:.2f}" for k, v in sorted(by_kind.items())))

# The same money seen from the receivers' side: incoming funds (type 1) in EUR whose provider is the
# ministry, and the reversals (negative values) among the ministry's transactions. The conversion
# traces both kinds of flows (an incoming-funds transaction matching a disbursement counts once), so
# its total for XM-DAC-7 exceeds the disbursements above.
incoming = 0.0
negative = 0
for name in sorted(os.listdir(folder)):
    for a in ET.parse(os.path.join(folder, name)).getroot().findall("iati-activity"):
        for t in a.findall("transaction"):
            tt = t.find("transaction-type")
            p = t.find("provider-org")
            pref = (p.get("provider-org-ref") or p.get("ref")) if p is not None else None
            v = t.find("value")
            if tt is None or pref != "XM-DAC-7" or text(v) == "":
                continue
            if float(text(v)) < 0:
                negative += 1
            cur = (v.get("currency") if v is not None else None) or a.get("default-currency")
            if tt.get("code") == "1" and cur == "EUR":
                incoming += float(text(v))
print(f"XM-DAC-7 as provider: incoming funds in EUR {incoming:.2f}; transactions with a negative value {negative}")
