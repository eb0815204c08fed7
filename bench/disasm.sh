#!/usr/bin/env bash
# Benchmark: `rvcm disasm` against `objdump -d` on the medany kernel's .text (7.7 MB), whole process
# (JVM start included), output to /dev/null, same machine, same run. Prints medians, peak memory and
# the speed-up. Usage: bench/disasm.sh [RUNS]   (needs ../shared/corpus and binutils-riscv64-linux-gnu)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$here/bench/run-pair.sh"
runs=${1:-3}
objdump=riscv64-linux-gnu-objdump
command -v "$objdump" >/dev/null || { echo "bench: $objdump missing (apt-get install binutils-riscv64-linux-gnu)" >&2; exit 2; }
prepare_medany vmlinux

echo "== rvcm disasm vs objdump -d, vmlinux .text ($(nproc) cores, $(date -u +%F))"
measure "objdump -d --section=.text vmlinux" "$runs" "$objdump" -d --section=.text "$work/vmlinux"; r=$median
measure "rvcm disasm --format json --section .text" "$runs" "$here/rvcm" disasm --format json --section .text "$work/vmlinux"; o=$median
measure "rvcm disasm --section .text (text, -dr)" "$runs" "$here/rvcm" disasm --section .text "$work/vmlinux"
awk -v r="$r" -v o="$o" 'BEGIN { printf "objdump/rvcm json speed-up %.1fx\n", r / o }'
