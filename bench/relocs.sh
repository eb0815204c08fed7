#!/usr/bin/env bash
# Benchmark: `rvcm relocs` against `readelf -rW` on the real kernels, whole process (JVM start
# included), output to /dev/null, same machine, same run. Prints medians, peak memory and ratios.
# Usage: bench/relocs.sh [RUNS]   (needs ../shared/corpus and binutils-riscv64-linux-gnu)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$here/bench/run-pair.sh"
runs=${1:-5}
readelf=riscv64-linux-gnu-readelf
command -v "$readelf" >/dev/null || { echo "bench: $readelf missing (apt-get install binutils-riscv64-linux-gnu)" >&2; exit 2; }
prepare_medany vmlinux vmlinux.o

echo "== rvcm relocs vs readelf -rW ($(nproc) cores, $(date -u +%F))"
measure "readelf -rW vmlinux" "$runs" "$readelf" -rW "$work/vmlinux"; r1=$median
measure "rvcm relocs vmlinux" "$runs" "$here/rvcm" relocs "$work/vmlinux"; o1=$median
measure "rvcm relocs --format json vmlinux" "$runs" "$here/rvcm" relocs --format json "$work/vmlinux"
measure "rvcm relocs vmlinux.o" "$runs" "$here/rvcm" relocs "$work/vmlinux.o"; o2=$median
measure "readelf -rW vmlinux.o" 1 "$readelf" -rW "$work/vmlinux.o"; r2=$median
awk -v r1="$r1" -v o1="$o1" -v r2="$r2" -v o2="$o2" 'BEGIN {
  printf "vmlinux:   rvcm/readelf time ratio %.2f (below 1 is faster)\n", o1 / r1
  printf "vmlinux.o: readelf/rvcm speed-up %.1fx\n", r2 / o2 }'
