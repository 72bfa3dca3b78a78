#!/usr/bin/env bash
# Import benchmark: generates synthetic corpora by recombining the bundled corpus's paragraphs,
# imports each with the release importer (full extraction), and prints MB/s of text, documents/s,
# peak RSS and database size. Two sizes show whether memory grows with N.
#   bash benchmarks/import/run.sh            # N = 1000 and 10000
#   SIZES="10000" MODES="new" bash benchmarks/import/run.sh
# "new" rows build a new database (the importer's bulk load: one transaction, indexes built at the
# end); "in-place" rows import the same documents into an existing database (per-batch commits to
# a write-ahead log, indexes updated as rows arrive), as later imports do.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=${SIZES:-"1000 10000"}
modes=${MODES:-"new in-place"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product importer 2>&1 | tail -1
importer="$(swift build -c release --show-bin-path)/importer"
seed="$work/seed"
mkdir -p "$seed"
printf 'Seed document\n\nIt exists so that the database is not new.\n' >"$seed/000-seed.txt"

printf '%-8s %-9s %10s %10s %10s %12s %12s %12s\n' N mode MB seconds MB/s docs/s "peak RSS MB" "db MB"
for n in $sizes; do
    corpus="$work/corpus-$n"
    python3 scripts/generate-corpus.py "$n" "$corpus" >/dev/null
    bytes=$(du -sb "$corpus" | cut -f1)
    for mode in $modes; do
        db="$work/archive-$n-$mode.sqlite"
        [ "$mode" = in-place ] && "$importer" --db "$db" --quiet "$seed"
        sync  # the freshly generated corpus and the last run's files are on disk before the clock starts
        /usr/bin/time -f '%e %M' -o "$work/time" "$importer" --db "$db" --quiet --timings "$corpus" >"$work/timings-$n-$mode"
        read -r seconds peak_kb <"$work/time"
        db_bytes=$(( $(stat -c %s "$db") + $(stat -c %s "$db-wal" 2>/dev/null || echo 0) ))
        awk -v n="$n" -v m="$mode" -v b="$bytes" -v s="$seconds" -v k="$peak_kb" -v d="$db_bytes" 'BEGIN {
            mb = b / 1048576; if (s <= 0) s = 0.01
            printf "%-8d %-9s %10.1f %10.2f %10.2f %12.0f %12.1f %12.1f\n", n, m, mb, s, mb / s, n / s, k / 1024, d / 1048576 }'
        rm -f "$db" "$db-wal" "$db-shm"
    done
done
echo
for file in "$work"/timings-*; do
    echo "stages, ${file##*/timings-}:"
    sed 's/^/  /' "$file"
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); importer: $importer"
