#!/usr/bin/env python3
"""Fallback synthetic corpus for the API benchmark, used only when scripts/generate-corpus.py is absent.

usage: benchmarks/api/generate-corpus.py N OUTDIR

Writes N documents, each a title, a dated byline and 3-12 paragraphs drawn (deterministically) from
Corpus/*.txt, so full-text queries behave as on the real corpus, only N times larger.
"""
import pathlib
import random
import sys


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    count, outdir = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    root = pathlib.Path(__file__).resolve().parents[2]
    paragraphs = []
    for path in sorted((root / "Corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        paragraphs += [block.strip() for block in text.split("\n\n") if len(block.strip()) >= 120]
    rng = random.Random(20261123)
    outdir.mkdir(parents=True, exist_ok=True)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    for index in range(count):
        body = rng.sample(paragraphs, rng.randint(3, min(12, len(paragraphs))))
        title = " ".join(body[0].split()[:8]).strip(" ,.;:")
        byline = f"By Anna Petrova, {rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2005, 2025)}"
        text = "\n\n".join([title, byline] + body) + "\n"
        (outdir / f"synthetic_{index:06d}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
