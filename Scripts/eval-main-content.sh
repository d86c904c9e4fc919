#!/usr/bin/env bash
# Main-content extraction on trafilatura's evaluation set (990 pages): quality and speed.
#
#   Scripts/eval-main-content.sh
#
# Unpacks the pages once into ${TMPDIR:-/tmp}/ingest-tfeval, builds the release binary, runs
# `ingest extract --format text` over all pages in one process, first on one core (--jobs 1),
# then on all cores, and prints for each run: F1, precision, recall, MB/s, pages/s, and the
# number of pages whose text holds U+FFFD or UTF-8-read-as-Latin-1 mojibake (pages decoded
# wrongly). Before the runs, libxml2 alone parses the same pages (Scripts/libxml2-parse-only.c,
# files read into memory first) as the ceiling, and the one-core run's share of its speed is
# printed. Each run writes into a new folder, removed at the end, so that no run pays for
# deleting the one before. Run from anywhere; the shared folder is expected beside the
# repository (../shared).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$repo/../shared"
corpus="$shared/corpus/trafilatura-eval"
snippets="$corpus/snippets.json"
work="${TMPDIR:-/tmp}/ingest-tfeval"
pages="$work/html"

if [ "$(find "$pages" -maxdepth 1 -name '*.html' 2>/dev/null | wc -l)" -ne 990 ]; then
    "$corpus/unpack.sh" "$work" >/dev/null
fi
page_count=$(find "$pages" -maxdepth 1 -name '*.html' | wc -l)
page_bytes=$(find "$pages" -maxdepth 1 -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s }')

cd "$repo"
swift build -c release --product ingest >/dev/null
ceiling="$work/libxml2-parse-only"
# shellcheck disable=SC2046
cc -O2 -o "$ceiling" Scripts/libxml2-parse-only.c $(pkg-config --cflags --libs libxml-2.0)
outputs=()
trap 'rm -rf "${outputs[@]}"' EXIT

# run NAME [extra ingest arguments…]: extracts, times and scores one run.
run() {
    local name=$1
    shift
    local out
    out=$(mktemp -d "$work/out-$name.XXXXXX")
    outputs+=("$out")
    local start end
    start=$(date +%s.%N)
    # Exit status 1 says some pages gave no text (listed on standard error); they score as empty.
    local status=0
    .build/release/ingest extract "$pages" --format text --output "$out" "$@" >/dev/null 2>"$work/errors-$name.txt" || status=$?
    if [ "$status" -gt 1 ]; then
        cat "$work/errors-$name.txt" >&2
        exit "$status"
    fi
    end=$(date +%s.%N)
    local wrong
    wrong=$( (grep -rlF -e $'\xEF\xBF\xBD' -e 'Ã¤' -e 'Ã¶' -e 'Ã¼' -e 'ÃŸ' -e 'â€' "$out" || true) | wc -l)
    python3 "$shared/eval/score_snippets.py" "$out" --snippets "$snippets" --json "$work/score-$name.json" >/dev/null
    python3 - "$work/score-$name.json" "$name" "$start" "$end" "$page_bytes" "$page_count" "$wrong" <<'PY'
import json, sys
scores_file, name, start, end, size, count, wrong = sys.argv[1:]
result = next(iter(json.load(open(scores_file)).values()))
seconds = float(end) - float(start)
print(f"{name:<10} F1 {result['f1']:.3f}  precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
      f"{int(size) / 1e6 / seconds:6.1f} MB/s  {int(count) / seconds:6.1f} pages/s  "
      f"pages decoded wrongly: {wrong}")
with open(f"{scores_file}.speed", "w") as handle:
    handle.write(f"{int(size) / 1e6 / seconds}\n")
PY
}

echo "$page_count pages, $(awk -v b="$page_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
ceiling_line=$(find "$pages" -maxdepth 1 -name '*.html' | sort | "$ceiling")
ceiling_speed=$(echo "$ceiling_line" | awk '{ print $(NF - 1) }')
echo "libxml2    parse only (htmlReadMemory + xmlFreeDoc), one core: $ceiling_speed MB/s"
run jobs-1 --jobs 1
awk -v ours="$(cat "$work/score-jobs-1.json.speed")" -v ceiling="$ceiling_speed" \
    'BEGIN { printf "jobs-1     %.0f %% of libxml2 parse-only speed\n", 100 * ours / ceiling }'
run all-cores
python3 Scripts/check-declared-charsets.py "$pages" "${outputs[-1]}"
