#!/usr/bin/env bash
# Structured extraction measured against the gold annotations: the seeds (Input/ against
# ../shared/gold) and the health corpus (../shared/corpus/health). Builds the release binary,
# runs `ingest extract` over each set in one process and prints the score table of each.
#
#   Scripts/eval-extraction.sh            # both sets
#   Scripts/eval-extraction.sh --verbose  # and every extra or missing item, leak and loss
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="${SHARED:-$repo/../shared}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$repo"
swift build -c release --product ingest >/dev/null

# score NAME INPUT GOLD: extracts INPUT into documents and scores them against GOLD.
score() {
    local name=$1 input=$2 gold=$3
    shift 3
    local status=0
    .build/release/ingest extract "$input" --output "$work/$name" >/dev/null 2>"$work/$name.errors" || status=$?
    if [ "$status" -gt 1 ]; then
        cat "$work/$name.errors" >&2
        exit "$status"
    fi
    echo "== $name ($(find "$input" -maxdepth 1 -type f | wc -l) articles)"
    cat "$work/$name.errors"
    python3 "$shared/eval/score.py" --gold "$gold" --docs "$work/$name" "$@"
    echo
}

score seeds Input "$shared/gold" "$@"
score health "$shared/corpus/health/input" "$shared/corpus/health/gold" "$@"
