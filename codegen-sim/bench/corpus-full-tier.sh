#!/usr/bin/env bash
# The "full" tier of corpus/src/c/runs.txt (the benchmarks at their default size) in all four variants:
# rvcm's engine against corpus/expected/<id>.out and qemu-riscv64 (stdout byte-identical, same exit code).
# Too slow for the unit tests (~2 min); run by hand:
#
#   codegen-sim/bench/corpus-full-tier.sh
#
# Needs JAVA_HOME (Java 25), codegen-sim built with test classes (mvn -o -pl codegen-sim test-compile),
# corpus/build, qemu-riscv64. The engine's classes are copied first, so a concurrent rebuild cannot
# disturb the runs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
java="${JAVA_HOME:?set JAVA_HOME to a Java 25 JDK}/bin/java"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$repo" && mvn -q -o -pl codegen-sim dependency:build-classpath -Dmdep.outputFile="$tmp/cp" >/dev/null)
cp -r "$repo/codegen-sim/target/classes" "$tmp/classes"
cp -r "$repo/codegen-sim/target/test-classes" "$tmp/test-classes"
cp="$tmp/test-classes:$tmp/classes:$(cat "$tmp/cp")"
cd "$repo/corpus/src/c"
pass=0
fail=0
while read -r id tier code prog args; do
    [[ "$id" =~ ^# || -z "$id" || "$tier" != full ]] && continue
    for v in medlow medany pie pic; do
        exe="$repo/corpus/build/$v/$prog/$prog"
        rc=0; "$java" -cp "$cp" dev.rvcm.sim.RunProgram "$exe" $args >"$tmp/out" 2>"$tmp/err" || rc=$?
        qrc=0; qemu-riscv64 "$exe" $args >"$tmp/qemu" || qrc=$?
        if [[ $rc == "$code" && $qrc == "$code" ]] && cmp -s "$tmp/out" "$repo/corpus/expected/$id.out" \
                && cmp -s "$tmp/out" "$tmp/qemu"; then
            pass=$((pass + 1))
            echo "ok   $id $v: $(grep '^rvcm-engine' "$tmp/err" | cut -d, -f1,3,4)"
        else
            fail=$((fail + 1))
            echo "FAIL $id $v: exit $rc (qemu $qrc, expected $code)"
            head -5 "$tmp/err"
        fi
    done
done < runs.txt
echo "full tier: $pass passed, $fail failed"
[[ $fail == 0 ]]
