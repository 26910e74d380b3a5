#!/usr/bin/env bash
# Runs every libFuzzer target for a while, seeded from the bundled courses and the test fixtures.
#   tests/fuzz/run-fuzz.sh [SECONDS-PER-TARGET]     (default 60: the CI smoke run)
# A longer run: tests/fuzz/run-fuzz.sh 3600. Crashes are written to build/fuzz/crashes/<target>/;
# copy each one to tests/fuzz/regressions/<target>/ with the fix so ctest replays it forever.
set -euo pipefail
seconds=${1:-60}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$top"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)" >/dev/null

work="$top/build/fuzz/work"
rm -rf "$work"
mkdir -p "$work"

seed() { # seed TARGET FILES...: copy seeds into the target's fresh corpus folder
  local target=$1; shift
  mkdir -p "$work/$target"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$work/$target/$(echo "$f" | tr '/' '_')"; done
  return 0
}
# The loader target reads its first byte as "course or lesson": prefix seeds with both choices.
mkdir -p "$work/loader"
for f in courses/*/course.xml courses/*/lessons/*.xml tests/data/loader/*/*.xml tests/data/loader/*.xml; do
  [ -f "$f" ] || continue
  name=$(echo "$f" | tr '/' '_')
  if [[ $f == */course.xml ]]; then printf '\x01' >"$work/loader/$name"; else printf '\x00' >"$work/loader/$name"; fi
  cat "$f" >>"$work/loader/$name"
done
seed grading tests/fuzz/corpus/grading/*
seed audio courses/*/media/*.ogg courses/*/media/*.wav courses/*/media/*.flac
seed package tests/fuzz/corpus/package/*
seed course_graph tests/fuzz/corpus/course_graph/*

status=0
summary=()
for target in loader grading audio package store course_graph; do
  bin="$top/build/fuzz/tests/fuzz/fuzz_$target"
  [ -x "$bin" ] || { echo "run-fuzz: fuzz_$target not built (its core part is missing)"; continue; }
  mkdir -p "$top/build/fuzz/crashes/$target" "$work/$target" # a target without seeds starts empty
  for f in tests/fuzz/regressions/$target/*; do [ -f "$f" ] && cp "$f" "$work/$target/"; done
  log="$work/$target.log"
  if ! ALSOFT_DRIVERS=null LSAN_OPTIONS="suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0" "$bin" -max_total_time="$seconds" -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$top/build/fuzz/crashes/$target/" "$work/$target" >"$log" 2>&1; then
    status=1
    echo "run-fuzz: fuzz_$target found a crash:"; tail -n 40 "$log"
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [ -n "$execs" ] || execs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  crashes=$(find "$top/build/fuzz/crashes/$target" -type f | wc -l)
  summary+=("$(printf '%-8s %10s executions in %ss, %s crash files' "$target" "${execs:-?}" "$seconds" "$crashes")")
done
printf '%s\n' "${summary[@]}"
exit $status
