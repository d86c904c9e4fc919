#!/usr/bin/env bash
# Main-content extraction, quality and speed, on two sets in one run:
#
#   Scripts/eval-main-content.sh
#
# 1. trafilatura's evaluation set (990 news and magazine pages, judged by must-keep and
#    must-drop snippets): F1, precision, recall.
# 2. WCXB's development split (1,497 pages of seven kinds with the whole reference text,
#    word-level F1 as the benchmark computes it): F1 overall, per page type and for each half
#    of the set, the pages without output, and the slowest page.
#
# The halves: page ids split by the first hex digit of sha256(page id), even (half A) or odd
# (half B). Rules are tuned on one half and checked on the other, then the other way round; a
# rule is kept only when both halves gain.
#
# Unpacks the pages once into ${TMPDIR:-/tmp}/ingest-tfeval and ${TMPDIR:-/tmp}/ingest-wcxb,
# builds the release binary, runs `ingest extract --format text` over all pages of a set in
# one process, on one core (--jobs 1) and then (trafilatura set) on all cores, and prints for
# each run its figures, MB/s, pages/s, and the number of pages whose text holds U+FFFD or
# UTF-8-read-as-Latin-1 mojibake (pages decoded wrongly). Before the runs, libxml2 alone
# parses the same pages (Scripts/libxml2-parse-only.c, files read into memory first) as the
# ceiling, and each one-core run's share of its speed is printed. Last, each WCXB page is run
# as a process of its own, and the slowest is named with its time (process start included).
# Each run writes into a new folder, removed at the end. Run from anywhere; the shared folder
# is expected beside the repository (../shared).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$repo/../shared"
tf_corpus="$shared/corpus/trafilatura-eval"
wcxb_corpus="$shared/corpus/wcxb-dev"
tmp="${TMPDIR:-/tmp}"
tf_work="$tmp/ingest-tfeval"
wcxb_work="$tmp/ingest-wcxb"

# unpack CORPUS WORK COUNT: the pages of CORPUS in WORK/html, unpacked unless all COUNT are there.
unpack() {
    if [ "$(find "$2/html" -maxdepth 1 -name '*.html' 2>/dev/null | wc -l)" -ne "$3" ]; then
        "$1/unpack.sh" "$2" >/dev/null
    fi
}
unpack "$tf_corpus" "$tf_work" 990
unpack "$wcxb_corpus" "$wcxb_work" 1497

cd "$repo"
swift build -c release --product ingest >/dev/null
ceiling="$tf_work/libxml2-parse-only"
# shellcheck disable=SC2046
cc -O2 -o "$ceiling" Scripts/libxml2-parse-only.c $(pkg-config --cflags --libs libxml-2.0)
outputs=()
trap 'rm -rf "${outputs[@]}"' EXIT

# new_output WORK NAME: a new folder for one run's output, removed at the end.
new_output() {
    out=$(mktemp -d "$1/out-$2.XXXXXX")
    outputs+=("$out")
}

# extract WORK NAME OUT [extra ingest arguments…]: runs one extraction of WORK/html into OUT;
# prints the seconds taken, then the pages decoded wrongly.
extract() {
    local work=$1 name=$2 out=$3
    shift 3
    local start end status=0
    start=$(date +%s.%N)
    # Exit status 1 says some pages gave no text (listed on standard error); they score as empty.
    .build/release/ingest extract "$work/html" --format text --output "$out" "$@" >/dev/null \
        2>"$work/errors-$name.txt" || status=$?
    if [ "$status" -gt 1 ]; then
        cat "$work/errors-$name.txt" >&2
        exit "$status"
    fi
    end=$(date +%s.%N)
    local wrong
    wrong=$( (grep -rlF -e $'\xEF\xBF\xBD' -e 'Ã¤' -e 'Ã¶' -e 'Ã¼' -e 'ÃŸ' -e 'â€' "$out" || true) | wc -l)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f\n", e - s }'
    echo "$wrong"
}

# speed BYTES PAGES SECONDS: MB/s and pages/s.
speed() {
    awk -v b="$1" -v p="$2" -v s="$3" 'BEGIN { printf "%6.1f MB/s  %6.1f pages/s", b / 1e6 / s, p / s }'
}

# ceiling_speed WORK: libxml2's parse-only MB/s on the pages of WORK, one core.
ceiling_speed() {
    find "$1/html" -maxdepth 1 -name '*.html' | sort | "$ceiling" | awk '{ print $(NF - 1) }'
}

# share SECONDS BYTES CEILING: the run's speed as a share of libxml2's.
share() {
    awk -v s="$1" -v b="$2" -v c="$3" 'BEGIN { printf "%.0f %%", 100 * b / 1e6 / s / c }'
}

# ---- trafilatura's evaluation set
tf_count=$(find "$tf_work/html" -maxdepth 1 -name '*.html' | wc -l)
tf_bytes=$(find "$tf_work/html" -maxdepth 1 -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo "== trafilatura evaluation set: $tf_count pages, $(awk -v b="$tf_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
tf_ceiling=$(ceiling_speed "$tf_work")
echo "libxml2    parse only (htmlReadMemory + xmlFreeDoc), one core: $tf_ceiling MB/s"
for run in jobs-1 all-cores; do
    new_output "$tf_work" "$run"
    if [ "$run" = jobs-1 ]; then jobs=(--jobs 1); else jobs=(); fi
    result=$(extract "$tf_work" "$run" "$out" "${jobs[@]}")
    { read -r seconds; read -r wrong; } <<<"$result"
    python3 "$shared/eval/score_snippets.py" "$out" --snippets "$tf_corpus/snippets.json" \
        --json "$tf_work/score-$run.json" >/dev/null
    python3 - "$tf_work/score-$run.json" "$run" "$(speed "$tf_bytes" "$tf_count" "$seconds")" "$wrong" <<'PY'
import json, sys
scores_file, name, speed, wrong = sys.argv[1:]
result = next(iter(json.load(open(scores_file)).values()))
print(f"{name:<10} F1 {result['f1']:.3f}  precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
      f"{speed}  pages decoded wrongly: {wrong}")
PY
    if [ "$run" = jobs-1 ]; then
        echo "jobs-1     $(share "$seconds" "$tf_bytes" "$tf_ceiling") of libxml2 parse-only speed"
    fi
done
python3 Scripts/check-declared-charsets.py "$tf_work/html" "$out"

# ---- WCXB development set
wcxb_count=$(find "$wcxb_work/html" -maxdepth 1 -name '*.html' | wc -l)
wcxb_bytes=$(find "$wcxb_work/html" -maxdepth 1 -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s }')
echo
echo "== WCXB development set: $wcxb_count pages, $(awk -v b="$wcxb_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB"
wcxb_ceiling=$(ceiling_speed "$wcxb_work")
echo "libxml2    parse only (htmlReadMemory + xmlFreeDoc), one core: $wcxb_ceiling MB/s"
new_output "$wcxb_work" jobs-1
result=$(extract "$wcxb_work" jobs-1 "$out" --jobs 1)
{ read -r seconds; read -r wrong; } <<<"$result"
echo "jobs-1     $(speed "$wcxb_bytes" "$wcxb_count" "$seconds")  $(share "$seconds" "$wcxb_bytes" "$wcxb_ceiling") of libxml2 parse-only speed  pages decoded wrongly: $wrong"
python3 "$shared/eval/score_wcxb.py" "$out" --truth "$wcxb_corpus/ground-truth.json.gz" --per-type \
    --per-page "$wcxb_work/per-page.tsv"
python3 - "$wcxb_work/per-page.tsv" "$wcxb_corpus/ground-truth.json.gz" "$out" <<'PY'
import csv, gzip, hashlib, json, os, sys
per_page, truth_file, out = sys.argv[1:]
truth = json.load(gzip.open(truth_file, "rt", encoding="utf-8"))
rows = list(csv.DictReader(open(per_page, encoding="utf-8"), delimiter="\t"))

def half(page_id):
    """The split rule: first hex digit of sha256(page id), even = A, odd = B."""
    return "A" if int(hashlib.sha256(page_id.encode()).hexdigest()[0], 16) % 2 == 0 else "B"

def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0

for name in ("A", "B"):
    xs = [float(r["f1"]) for r in rows if half(r["id"]) == name]
    print(f"half {name} (sha256 of the id, {'even' if name == 'A' else 'odd'} first digit): {len(xs)} pages, F1 {mean(xs):.4f}")
with_reference = [float(r["f1"]) for r in rows if truth[r["id"]]["main_content"].strip()]
print(f"pages with a reference text: {len(with_reference)}, F1 {mean(with_reference):.4f} "
      f"(a page whose reference is empty scores 1 only when nothing is written)")
empty = [r["id"] for r in rows
         if not os.path.exists(os.path.join(out, r["id"] + ".txt"))
         or not open(os.path.join(out, r["id"] + ".txt"), encoding="utf-8", errors="replace").read().strip()]
print(f"pages without output: {len(empty)}" + (f" ({', '.join(empty[:20])}{' …' if len(empty) > 20 else ''})" if empty else ""))
PY

# Each WCXB page as a process of its own: the slowest page, process start included.
slowest=$(find "$wcxb_work/html" -maxdepth 1 -name '*.html' | sort | while read -r page; do
    start=$(date +%s%N)
    .build/release/ingest extract "$page" --format text >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo "$(( (end - start) / 1000000 )) $(basename "$page")"
done | sort -n | tail -1)
echo "slowest page as its own process: ${slowest#* } in ${slowest%% *} ms"
