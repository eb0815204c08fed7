#!/usr/bin/env bash
# Whole-process wall time of rvcm's two engines beside qemu-riscv64 on the compute-bound corpus
# benchmarks (medany variant, default size unless given): every counter on, the timing model off and
# with both presets; medians of N runs (default 3), the configurations interleaved in each round so
# that they share the machine's load alike. Checks that every run printed qemu's output.
#
#   codegen-sim/bench/engine-vs-qemu.sh [-n RUNS] [-t] [PROGRAM[:ARG]...]    (default: nbody hashbench crcsort matmul)
#
# PROGRAM:ARG runs the program with that argument (its size: nbody:5000000, matmul:720); -t leaves
# the interpreter out (for sizes it would take minutes on), to see translated code past its warm-up.
#
# Needs: JAVA_HOME (Java 25), the jar and test classes built in this tree
# (`mvn -q -o package -DskipTests -pl cli -am`), corpus/build (corpus/build.sh), qemu-riscv64.
# The JVM gets the launcher's options (-XX:+UseSerialGC). Also prints, per run of the translating
# engine, the time to its first translation, the translations alive at the end and the peak heap.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
java="${JAVA_HOME:?set JAVA_HOME to a Java 25 JDK}/bin/java"
runs=3
configs=("interpret --no-timing" "translate --no-timing" "interpret" "translate")
while [[ "${1:-}" == -* ]]; do
    case $1 in
        -n) runs=$2; shift 2 ;;
        -t) configs=("translate --no-timing" "translate"); shift ;;
        *) echo "usage: $0 [-n RUNS] [-t] [PROGRAM[:ARG]...]" >&2; exit 2 ;;
    esac
done
cp="$repo/cli/target/rvcm.jar:$repo/codegen-sim/target/test-classes"
[[ -f "$repo/cli/target/rvcm.jar" && -f "$repo/codegen-sim/target/test-classes/dev/rvcm/sim/RunProgram.class" ]] \
    || { echo "build first: mvn -q -o package -DskipTests -pl cli -am" >&2; exit 2; }
programs=("$@")
[[ ${#programs[@]} -gt 0 ]] || programs=(nbody hashbench crcsort matmul)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$repo/corpus/src/c"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { local t0=$1 t1=$2; echo "$t1 - $t0" | bc; }
printf '%-10s %-24s %8s %8s %8s   %s\n' program configuration median 'vs-int' 'vs-qemu' 'translate: first translation, alive, peak heap'
for spec in "${programs[@]}"; do
    p=${spec%%:*}
    arg=(); [[ "$spec" == *:* ]] && arg=("${spec#*:}")
    exe="$repo/corpus/build/medany/$p/$p"
    qemu-riscv64 "$exe" "${arg[@]}" >"$out/want"
    for round in $(seq "$runs"); do
        t0=$(date +%s.%N); qemu-riscv64 "$exe" "${arg[@]}" >/dev/null; t1=$(date +%s.%N)
        seconds "$t0" "$t1" >>"$out/qemu"
        for c in "${configs[@]}"; do
            set -- $c
            key="$1${2:+-notiming}"
            t0=$(date +%s.%N)
            "$java" -XX:+UseSerialGC -cp "$cp" dev.rvcm.sim.RunProgram --engine $c "$exe" "${arg[@]}" >"$out/got" 2>"$out/err"
            t1=$(date +%s.%N)
            cmp -s "$out/got" "$out/want" || { echo "$spec $c: OUTPUT DIFFERS from qemu's" >&2; exit 1; }
            seconds "$t0" "$t1" >>"$out/$key"
            if [[ "$1" == translate ]]; then
                grep '^rvcm-engine:' "$out/err" | sed 's/.*first after //; s/; peak heap /, /; s/$//' >>"$out/$key.stats"
                grep '^rvcm-engine:' "$out/err" | sed 's/.*(\([0-9]*\) alive.*/\1/' >>"$out/$key.alive"
            fi
        done
    done
    q=$(median <"$out/qemu")
    printf '%-10s %-24s %8.2f\n' "$spec" qemu-riscv64 "$q"
    for key in interpret-notiming translate-notiming interpret translate; do
        [[ -f "$out/$key" ]] || continue
        m=$(median <"$out/$key")
        vs_int="-"
        [[ -f "$out/${key/translate/interpret}" ]] && vs_int=$(printf '%.2fx' "$(echo "$(median <"$out/${key/translate/interpret}") / $m" | bc -l)")
        extra=""
        [[ -f "$out/$key.stats" ]] && extra="$(paste -sd';' "$out/$key.stats" | sed 's/;/ | /g'), alive $(paste -sd, "$out/$key.alive")"
        label=${key/-notiming/, timing off}; [[ "$key" == *-notiming ]] || label="$label, both presets"
        printf '%-10s %-24s %8.2f %8s %7.2fx   %s\n' "$spec" "$label" "$m" "$vs_int" "$(echo "$q / $m" | bc -l)" "$extra"
    done
    rm -f "$out"/qemu "$out"/interpret* "$out"/translate*
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
