#!/usr/bin/env bash
# Shared by the benchmarks: times whole commands (JVM start included) and prints median wall time
# and peak RSS. Usage: source it, then `measure NAME RUNS CMD...`; results land in $median and $rss.
set -euo pipefail
measure() {
  local name=$1 runs=$2
  shift 2
  local times=() peak=0 t m stats
  stats=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$stats" -f "%e %M" "$@" >/dev/null 2>&1
    read -r t m < "$stats"
    times+=("$t")
    (( m > peak )) && peak=$m
  done
  rm -f "$stats"
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  rss=$peak
  printf '%-44s %8.2f s   %7d MB peak   (%d runs: %s)\n' "$name" "$median" $((peak / 1024)) "$runs" "${times[*]}"
}
