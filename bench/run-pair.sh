#!/usr/bin/env bash
# Shared by the benchmarks: times whole commands (JVM start included) and prints median wall time
# and peak RSS. Usage: source it, then `measure NAME RUNS CMD...`; results land in $median and $rss;
# `prepare_medany FILE...` readies the kernel files in $work first.
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

# Decompresses the named files of the medany kernel (vmlinux, vmlinux.o) into $work once, and builds
# the rvcm jar and its AOT cache so that no measured run pays for them.
prepare_medany() {
  local corpus=${RVCM_SHARED:-$here/../shared}/corpus/linux-6.1-riscv64/medany f
  work=${TMPDIR:-/tmp}/rvcm-bench
  mkdir -p "$work"
  for f in "$@"; do
    [ -f "$work/$f" ] || xz -dc "$corpus/$f.xz" > "$work/$f"
  done
  "$here/rvcm" --version >/dev/null
}
