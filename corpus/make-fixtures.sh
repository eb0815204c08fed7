#!/usr/bin/env bash
# Regenerates corpus/fixtures/ (committed) from the sources, with Debian's riscv64 cross toolchain.
#
#   corpus/make-fixtures.sh            rewrite fixtures/
#   corpus/make-fixtures.sh --check    rebuild in a temporary directory and compare with fixtures/
#
# fixtures/<prog>/<variant>/*.o      objects of linkage and tls, exactly as build.sh makes them
# fixtures/reloc-zoo.o               src/asm/reloc-zoo.S assembled (-march=rv64gc -mabi=lp64d)
# fixtures/tiny-medany               src/asm/tiny-start.S + src/c/tiny.c, -nostdlib static medany executable
# fixtures/*.readelf.txt, *.objdump.txt   GNU binutils' view of reloc-zoo.o and tiny-medany, as references
# fixtures/SHA256SUMS                checksums of all of the above
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
check=0
[[ "${1:-}" == --check ]] && check=1
for t in riscv64-linux-gnu-gcc riscv64-linux-gnu-readelf riscv64-linux-gnu-objdump; do
    command -v "$t" >/dev/null 2>&1 || {
        case "$t" in *gcc) p=gcc-riscv64-linux-gnu ;; *) p=binutils-riscv64-linux-gnu ;; esac
        echo "corpus/make-fixtures.sh: $t not found: install the Debian package '$p'" >&2
        exit 1
    }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
out="$tmp/fixtures"
mkdir -p "$out"

"$here/build.sh" "$tmp/build" >/dev/null
for prog in linkage tls; do
    for v in medlow medany pie pic; do
        mkdir -p "$out/$prog/$v"
        cp "$tmp/build/$v/$prog"/*.o "$out/$prog/$v/"
    done
done

ARCH=(-march=rv64gc -mabi=lp64d)
cd "$here/src/asm"
riscv64-linux-gnu-gcc "${ARCH[@]}" -c reloc-zoo.S -o "$out/reloc-zoo.o"
riscv64-linux-gnu-gcc "${ARCH[@]}" -c tiny-start.S -o "$tmp/tiny-start.o"
cd "$here/src/c"
riscv64-linux-gnu-gcc -std=c11 -O2 -Wall -Wextra "${ARCH[@]}" -mcmodel=medany -fno-pie -ffreestanding -fno-builtin \
    -c tiny.c -o "$tmp/tiny.o"
riscv64-linux-gnu-gcc "${ARCH[@]}" -nostdlib -nostartfiles -static -no-pie -Wl,--build-id=none \
    "$tmp/tiny-start.o" "$tmp/tiny.o" -o "$out/tiny-medany"

cd "$out"
riscv64-linux-gnu-readelf -hSrsgW reloc-zoo.o >reloc-zoo.o.readelf.txt
riscv64-linux-gnu-objdump -dr reloc-zoo.o >reloc-zoo.o.objdump.txt
riscv64-linux-gnu-readelf -hlSrsW tiny-medany >tiny-medany.readelf.txt
riscv64-linux-gnu-objdump -d tiny-medany >tiny-medany.objdump.txt
find . -type f ! -name SHA256SUMS | LC_ALL=C sort | xargs sha256sum >SHA256SUMS

if [[ $check -eq 1 ]]; then
    if diff -r "$here/fixtures" "$out" >/dev/null; then
        echo "fixtures: up to date"
    else
        echo "fixtures: differ from a fresh build:" >&2
        diff -rq "$here/fixtures" "$out" >&2 || true
        exit 1
    fi
else
    rm -rf "$here/fixtures"
    cp -r "$out" "$here/fixtures"
    echo "fixtures: $(find "$here/fixtures" -type f | wc -l) files, $(du -sk "$here/fixtures" | cut -f1) KB"
fi
