#!/usr/bin/env bash
# Import benchmark: generates synthetic corpora by recombining the bundled corpus's paragraphs,
# imports each with the release importer (full extraction), and prints MB/s of text, documents/s,
# peak RSS and database size. Two sizes show whether memory grows with N.
#   bash benchmarks/import/run.sh            # N = 1000 and 10000
#   SIZES="10000" bash benchmarks/import/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${SIZES:-"1000 10000"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product importer 2>&1 | tail -1
importer="$(swift build -c release --show-bin-path)/importer"

printf '%-8s %10s %10s %10s %12s %12s %12s\n' N MB seconds MB/s docs/s "peak RSS MB" "db MB"
for n in $sizes; do
    corpus="$work/corpus-$n"
    python3 scripts/generate-corpus.py "$n" "$corpus" >/dev/null
    bytes=$(du -sb "$corpus" | cut -f1)
    db="$work/archive-$n.sqlite"
    /usr/bin/time -f '%e %M' -o "$work/time" "$importer" --db "$db" --quiet "$corpus"
    read -r seconds peak_kb <"$work/time"
    db_bytes=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
    awk -v n="$n" -v b="$bytes" -v s="$seconds" -v k="$peak_kb" -v d="$db_bytes" 'BEGIN {
        mb = b / 1048576; if (s <= 0) s = 0.01
        printf "%-8d %10.1f %10.2f %10.2f %12.0f %12.1f %12.1f\n", n, mb, s, mb / s, n / s, k / 1024, d / 1048576 }'
done
echo "machine: $(nproc) cores; importer: $importer"
