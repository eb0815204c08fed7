#!/usr/bin/env bash
# Makes corpus/demo/benchmarks.tar.xz (committed): what `rvcm demo` compares when the cross toolchain is
# absent. From the corpus benchmarks built by build.sh, per benchmark:
#   <bench>/medany/*.o, <bench>/medlow/*.o, <bench>/pic/*.o    the objects (medany, medlow, gcc -fPIC)
#   <bench>/linked/original          the medany objects                    } each linked with the demo's link:
#   <bench>/linked/semi-pic, pic     the medany objects, `rvcm rewrite`    } riscv64-linux-gnu-gcc -static
#   <bench>/linked/medlow            the medlow objects                    }   OBJECTS -lm
#   <bench>/linked/medlow-semi-pic, medlow-pic   the medlow objects, rewritten
#   <bench>/linked/gcc-pic           the -fPIC objects
# and benchmarks.txt (each benchmark with the arguments the demo runs it with). rvcm demo rewrites and
# links the same objects the same way when the toolchain is present: the same programs, byte for byte.
# The rewriting is rvcm's own (./rvcm rewrite, which builds the jar first if it must).
#
#   corpus/make-demo.sh            rewrite demo/benchmarks.tar.xz and demo/SHA256SUMS
#   corpus/make-demo.sh --check    rebuild in a temporary directory and compare with demo/SHA256SUMS
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
check=0
[[ "${1:-}" == --check ]] && check=1
command -v riscv64-linux-gnu-gcc >/dev/null 2>&1 ||
    { echo "corpus/make-demo.sh: riscv64-linux-gnu-gcc not found: install gcc-riscv64-linux-gnu" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$here/build.sh" "$tmp/build" >/dev/null
out="$tmp/demo"
mkdir -p "$out"
# The demo's sizes: about 30-60 million instructions a run, a few seconds for every variant on two cores.
cat >"$out/benchmarks.txt" <<'LIST'
# benchmark  arguments (rvcm demo runs every variant of the benchmark with them)
nbody        50000
hashbench    20000
crcsort      30000
matmul       120
LIST
while read -r bench _; do
    [[ -z "$bench" || "$bench" == \#* ]] && continue
    for v in medany medlow pic; do
        mkdir -p "$out/$bench/$v"
        cp "$tmp/build/$v/$bench"/*.o "$out/$bench/$v/"
    done
    mkdir -p "$out/$bench/linked"
    for pair in original:medany medlow:medlow gcc-pic:pic; do
        (cd "$out/$bench" && riscv64-linux-gnu-gcc -static "${pair#*:}"/*.o -lm -o "linked/${pair%%:*}")
    done
    for build in medany medlow; do
        for model in semi-pic pic; do
            variant=$model
            [[ $build == medlow ]] && variant=medlow-$model
            mkdir -p "$tmp/rewritten/$bench/$variant"
            objects=()
            for o in "$out/$bench/$build"/*.o; do
                "$here/../rvcm" rewrite "$o" -o "$tmp/rewritten/$bench/$variant/$(basename "$o")" --model "$model" >/dev/null
                objects+=("$tmp/rewritten/$bench/$variant/$(basename "$o")")
            done
            riscv64-linux-gnu-gcc -static "${objects[@]}" -lm -o "$out/$bench/linked/$variant"
        done
    done
done <"$out/benchmarks.txt"

(cd "$out" && find . -type f | LC_ALL=C sort | sed 's|^\./||' | xargs sha256sum) >"$tmp/SHA256SUMS"
if [[ $check -eq 1 ]]; then
    if diff "$here/demo/SHA256SUMS" "$tmp/SHA256SUMS" >/dev/null; then
        echo "demo: up to date"
    else
        echo "demo: differs from a fresh build:" >&2
        diff "$here/demo/SHA256SUMS" "$tmp/SHA256SUMS" >&2 || true
        exit 1
    fi
    exit 0
fi
mkdir -p "$here/demo"
(cd "$out" && find . -type f | LC_ALL=C sort | sed 's|^\./||' |
    tar --owner=0 --group=0 --numeric-owner --mtime=@0 --mode=u+rw,go+r -cf - -T -) | xz -9e -T1 >"$here/demo/benchmarks.tar.xz"
cp "$tmp/SHA256SUMS" "$here/demo/SHA256SUMS"
echo "demo: $(wc -c <"$here/demo/benchmarks.tar.xz") bytes in corpus/demo/benchmarks.tar.xz"
