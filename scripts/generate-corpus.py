#!/usr/bin/env python3
"""Recombine the paragraphs of Corpus/*.txt into N synthetic documents for the import benchmark.

usage: scripts/generate-corpus.py N OUTDIR [--seed S]

Each document gets a title line, a byline with a date ("by Anna Petrova on 13 Aug 2024"), sometimes a
dateline ("MOSCOW – ") and 3-12 body paragraphs drawn from the corpus. The output depends only on N, the
seed and the corpus, so runs are reproducible. Authors are invented from first and last name lists.
"""
import argparse
import pathlib
import random
import sys

FIRST = ["Anna", "Dmitry", "Elena", "Ivan", "Olga", "Pavel", "Maria", "Sergei", "Nguyen", "Siti", "Arief",
         "Somchai", "Mei", "Rizal", "Linh", "Tatiana", "Viktor", "Budi", "Aung", "Khamla"]
LAST = ["Petrova", "Sokolov", "Volkova", "Orlov", "Kuznetsova", "Tran", "Rahman", "Santoso", "Wongsakul",
        "Lim", "Pham", "Hassan", "Morozov", "Ivanova", "Reyes", "Sisouk", "Lebedev", "Halim", "Nair", "Thein"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
PLACES = ["MOSCOW", "JAKARTA", "HANOI", "KUALA LUMPUR", "BANGKOK", "VIENTIANE", "SINGAPORE", "MANILA"]


def corpus_paragraphs(root: pathlib.Path) -> list[str]:
    paragraphs = []
    for path in sorted((root / "Corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n").lstrip("\ufeff")
        for block in text.split("\n\n"):
            block = block.strip()
            # Body paragraphs only: one line, long enough; headers, bylines and reference lists are multi-line or short.
            if len(block) >= 120 and "\n" not in block and not block[0].isdigit():
                paragraphs.append(block)
    return paragraphs


def title_from(paragraph: str, rng: random.Random) -> str:
    words = paragraph.split()
    start = rng.randrange(0, max(1, min(len(words) - 8, 20)))
    title = " ".join(words[start:start + rng.randint(5, 10)]).strip(" ,.;:“”\"()")
    return title[:1].upper() + title[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("outdir", type=pathlib.Path)
    parser.add_argument("--seed", type=int, default=20241113)
    args = parser.parse_args()
    if args.count < 0:
        parser.error("N must be non-negative")
    root = pathlib.Path(__file__).resolve().parent.parent
    paragraphs = corpus_paragraphs(root)
    if not paragraphs:
        print(f"no paragraphs found under {root / 'Corpus'}", file=sys.stderr)
        return 1
    args.outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    width = max(5, len(str(args.count)))
    for index in range(args.count):
        body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 12)))
        title = title_from(rng.choice(paragraphs), rng)
        author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        date = f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2005, 2025)}"
        if rng.random() < 0.4:
            body[0] = f"{rng.choice(PLACES)} – {body[0]}"
        text = f"{title}\nby {author} on {date}\n\n" + "\n\n".join(body) + "\n"
        (args.outdir / f"synthetic_{index:0{width}d}.txt").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
