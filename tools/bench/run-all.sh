#!/usr/bin/env bash
# Runs every benchmark program in turn; prints their tables and collects their figures as JSON.
set -uo pipefail
out=$1; shift
: > "$out.lines"
export KOMPIS_BENCH_JSON="$out.lines"
export ALSOFT_DRIVERS=null
export KOMPIS_PLAY_SILENT=1 # time playback on the silent device (no speakers here)
status=0
for program in "$@"; do
  echo "== $(basename "$program")"
  "$program" || { echo "   (failed with exit $?)"; status=1; }
  echo
done
{ echo "["; sed '$!s/$/,/' "$out.lines"; echo "]"; } > "$out"
rm -f "$out.lines"
echo "Figures as JSON: $out"
exit $status
