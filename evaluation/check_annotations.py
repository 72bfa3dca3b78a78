#!/usr/bin/env python3
"""Consistency check for hand-written gold annotations (NAME.txt + NAME.json).

Usage: python3 evaluation/check_annotations.py evaluation/unseen3 [more directories]

Checks that each JSON parses and has the expected keys, that every quotation excerpt and every
entity name occurs verbatim in the text (after dropping a byte-order mark and turning CRLF into LF),
that quotation excerpts are unique and at least three words long, that named speakers are person
entities, that dates are ISO values or ranges and that every event date is among the dates, and that
files whose name contains "crlf" really have a BOM and CRLF line endings. An entity alias that does not
occur (for example a nominative form of a name that appears only inflected) is reported as a note
when another name of the same entity occurs, and as a problem otherwise. It does not look at the
extractor or its output.
"""
import glob
import json
import os
import re
import sys

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def check(json_path):
    problems, notes = [], []
    raw = open(json_path[:-5] + ".txt", "rb").read()
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n")
    gold = json.load(open(json_path, encoding="utf-8"))
    if set(gold) != {"metadata", "entities", "dates", "events", "quotes", "figures"}:
        problems.append(f"keys {sorted(gold)}")
    persons = [set(e["names"]) for e in gold["entities"] if e["type"] == "person"]
    for e in gold["entities"]:
        if e["type"] not in ("person", "organization", "location", "agreement"):
            problems.append(f"entity type {e['type']}")
        missing = [n for n in e["names"] if n not in text]
        if len(missing) == len(e["names"]):
            problems.append(f"entity absent from text: {e['names']}")
        elif missing:
            notes.append(f"alias not in text: {missing} (of {e['names'][0]})")
    for q in gold["quotes"]:
        excerpt = q["text"]
        if excerpt not in text:
            problems.append(f"quote not in text: {excerpt!r}")
        elif text.count(excerpt) > 1:
            problems.append(f"quote excerpt not unique: {excerpt!r}")
        if len(excerpt.split()) < 3:
            problems.append(f"quote shorter than three words: {excerpt!r}")
        if q["speaker"] is not None and not any(set(q["speaker"]) & p for p in persons):
            problems.append(f"speaker is not a person entity: {q['speaker']}")
    for d in gold["dates"]:
        if not ISO.match(d):
            problems.append(f"not an ISO date: {d}")
    if len(set(gold["dates"])) != len(gold["dates"]):
        problems.append("duplicate dates")
    starts = {d.split("/")[0] for d in gold["dates"]}
    for ev in gold["events"]:
        if ev["date"] not in starts:
            problems.append(f"event date not among dates: {ev['date']}")
    for f in gold["figures"]:
        if not isinstance(f["value"], (int, float)) or not isinstance(f["unit"], str):
            problems.append(f"figure {f}")
    if "crlf" in os.path.basename(json_path):
        if not raw.startswith(b"\xef\xbb\xbf"):
            problems.append("no byte-order mark")
        if raw.count(b"\n") != raw.count(b"\r\n"):
            problems.append("not every line ends in CRLF")
    counts = {
        "words": len(text.split()),
        "people": len(persons),
        "entities": len(gold["entities"]),
        "dates": len(gold["dates"]),
        "events": len(gold["events"]),
        "quotes": len(gold["quotes"]),
        "figures": len(gold["figures"]),
    }
    return counts, problems, notes


def main(dirs):
    failed = False
    for d in dirs:
        total = {}
        paths = sorted(p for p in glob.glob(os.path.join(d, "*.json")) if os.path.exists(p[:-5] + ".txt"))
        for p in paths:
            counts, problems, notes = check(p)
            print(os.path.basename(p)[:-5] + ": " + ", ".join(f"{v} {k}" for k, v in counts.items()))
            for n in notes:
                print("   note:", n)
            for pr in problems:
                print("   PROBLEM:", pr)
            failed |= bool(problems)
            for k, v in counts.items():
                total[k] = total.get(k, 0) + v
        print(f"{d}: {len(paths)} documents, " + ", ".join(f"{v} {k}" for k, v in total.items() if k != "words"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["."]))
