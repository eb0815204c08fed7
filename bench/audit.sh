#!/usr/bin/env bash
# Benchmark: a whole-kernel `rvcm audit` in every format, whole process (JVM start included), on the
# medany kernel; the issue's bar is under 2 s each. readelf -rW on the same file is the yardstick.
# Usage: bench/audit.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$here/bench/run-pair.sh"
runs=${1:-3}
prepare_medany vmlinux

echo "== rvcm audit, medany vmlinux ($(nproc) cores, $(date -u +%F))"
measure "readelf -rW vmlinux (yardstick)" "$runs" riscv64-linux-gnu-readelf -rW "$work/vmlinux"
for format in text json markdown html sarif; do
  measure "rvcm audit --format $format" "$runs" "$here/rvcm" audit --format "$format" "$work/vmlinux"
done
measure "rvcm audit --no-relocs" "$runs" "$here/rvcm" audit --no-relocs "$work/vmlinux"
measure "rvcm audit --cross-check" "$runs" "$here/rvcm" audit --cross-check "$work/vmlinux"
measure "rvcm check --policy semi-pic" "$runs" "$here/rvcm" check --policy semi-pic "$work/vmlinux"
