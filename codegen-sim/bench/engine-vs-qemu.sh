#!/usr/bin/env bash
# Guest instructions per second of rvcm's engine (all counters on) beside qemu-riscv64's whole-process
# wall time, on the compute-bound corpus benchmarks at their default size (medany variant).
#
#   codegen-sim/bench/engine-vs-qemu.sh [PROGRAM...]     (default: nbody hashbench crcsort matmul)
#
# Needs: JAVA_HOME (Java 25), `mvn -o -pl codegen-sim -am install -Dmaven.test.skip=true` and
# `mvn -o -pl codegen-sim test-compile` done, corpus/build present, qemu-riscv64.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
java="${JAVA_HOME:?set JAVA_HOME to a Java 25 JDK}/bin/java"
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
(cd "$repo" && mvn -q -o -pl codegen-sim dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null)
cp="$repo/codegen-sim/target/test-classes:$repo/codegen-sim/target/classes:$(cat "$cpfile")"
programs=("$@")
[[ ${#programs[@]} -gt 0 ]] || programs=(nbody hashbench crcsort matmul)
cd "$repo/corpus/src/c"
for p in "${programs[@]}"; do
    exe="$repo/corpus/build/medany/$p/$p"
    t0=$(date +%s.%N)
    "$java" -cp "$cp" dev.rvcm.sim.RunProgram "$exe" >/tmp/rvcm-bench-engine.out 2>/tmp/rvcm-bench-engine.err
    t1=$(date +%s.%N)
    qemu-riscv64 "$exe" >/tmp/rvcm-bench-qemu.out
    t2=$(date +%s.%N)
    same=$(cmp -s /tmp/rvcm-bench-engine.out /tmp/rvcm-bench-qemu.out && echo same-output || echo OUTPUT-DIFFERS)
    rate=$(grep '^rvcm-engine:' /tmp/rvcm-bench-engine.err | sed 's/^rvcm-engine: //')
    printf '%-10s engine process %6.2f s | qemu-riscv64 %5.2f s | ratio %4.1fx | %s | %s\n' "$p" \
        "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$(echo "($t1 - $t0) / ($t2 - $t1)" | bc -l)" "$same" "$rate"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
