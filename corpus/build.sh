#!/usr/bin/env bash
# Builds the rvcm corpus with Debian's riscv64 cross toolchain.
#
#   corpus/build.sh [OUTDIR]        (default: corpus/build)
#
# For every program in src/c/programs.txt and every code-model variant (medlow, medany, pie, pic):
#   OUTDIR/<variant>/<program>/<source>.o   the relocatable objects, kept for rvcm
#   OUTDIR/<variant>/<program>/<program>    the static executable (beside its objects)
# For every ISA test src/isa/<name>.S:
#   OUTDIR/isa/<name>.elf                   bare-metal HTIF test (machine mode, code at 0x80000000)
#   OUTDIR/isa-user/<name>                  the same test bodies as a Linux user-mode program
#                                           (exit code 0 = pass, n = test n failed; no trap tests)
# Up-to-date outputs are skipped. Prints one summary line, or the compiler's complaint and exits 1.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/build}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

die() { printf 'corpus/build.sh: %s\n' "$*" >&2; exit 1; }

need_tool() { # tool debian-package
    command -v "$1" >/dev/null 2>&1 || die "$1 not found: install the Debian package '$2' (apt-get install $2)"
}
need_tool riscv64-linux-gnu-gcc gcc-riscv64-linux-gnu
need_tool riscv64-linux-gnu-as binutils-riscv64-linux-gnu
need_tool riscv64-linux-gnu-ld binutils-riscv64-linux-gnu
libc_a="$(riscv64-linux-gnu-gcc -print-file-name=libc.a)"
[[ -f "$libc_a" ]] || die "static riscv64 glibc (libc.a) not found: install the Debian package 'libc6-dev-riscv64-cross'"

CC=riscv64-linux-gnu-gcc
COMMON=(-std=c11 -O2 -Wall -Wextra -march=rv64gc -mabi=lp64d)
variant_cflags() {
    case "$1" in
    medlow) echo "-mcmodel=medlow -fno-pie" ;;
    medany) echo "-mcmodel=medany -fno-pie" ;;
    pie) echo "-fPIE" ;;
    pic) echo "-fPIC" ;;
    esac
}
# pie and pic are linked -static-pie when the C library supports it (it needs rcrt1.o and a
# self-relocating start-up). Debian 12's riscv64 glibc 2.36 has neither, so there they are linked
# -static -no-pie: the code keeps its PIE/PIC shape (GOT loads included), at a fixed address.
rcrt1="$(riscv64-linux-gnu-gcc -print-file-name=rcrt1.o)"
if [[ "$rcrt1" == /* && -f "$rcrt1" ]]; then PIE_LINK="-static-pie"; else PIE_LINK="-static -no-pie"; fi
variant_ldflags() {
    case "$1" in
    medlow | medany) echo "-static -no-pie" ;;
    pie | pic) echo "$PIE_LINK" ;;
    esac
}
VARIANTS=(medlow medany pie pic)

built=0
uptodate=0

# stale OUT INPUT... : true when OUT is missing or older than any INPUT.
stale() {
    local target="$1"
    shift
    [[ -e "$target" ]] || return 0
    local f
    for f in "$@"; do
        [[ "$f" -nt "$target" ]] && return 0
    done
    return 1
}

# Everything that changes how objects come out: this script and the shared headers.
mapfile -t headers < <(find "$here/src/c" -maxdepth 1 -name '*.h' | sort)
script="$here/build.sh"

while read -r prog sources; do
    [[ -z "$prog" || "$prog" == \#* ]] && continue
    read -r -a srcs <<<"$sources"
    for v in "${VARIANTS[@]}"; do
        dir="$out/$v/$prog"
        mkdir -p "$dir"
        objs=()
        read -r -a cflags <<<"$(variant_cflags "$v")"
        read -r -a ldflags <<<"$(variant_ldflags "$v")"
        for s in "${srcs[@]}"; do
            src="$here/src/c/$s"
            [[ -f "$src" ]] || die "src/c/programs.txt names $s, which does not exist"
            obj="$dir/${s%.c}.o"
            objs+=("$obj")
            if stale "$obj" "$src" "$script" "${headers[@]}"; then
                # Compiled from inside src/c with a relative name, so objects do not depend on the checkout path.
                (cd "$here/src/c" && "$CC" "${COMMON[@]}" "${cflags[@]}" -c "$s" -o "$obj.tmp") && mv "$obj.tmp" "$obj" ||
                    { rm -f "$obj.tmp"; die "compiling $s ($v) failed"; }
                built=$((built + 1))
            else
                uptodate=$((uptodate + 1))
            fi
        done
        exe="$dir/../$prog.tmp"
        target="$out/$v/$prog/$prog"
        if stale "$target" "${objs[@]}"; then
            "$CC" "${ldflags[@]}" "${objs[@]}" -lm -o "$exe" && mv "$exe" "$target" ||
                { rm -f "$exe"; die "linking $prog ($v) failed"; }
            built=$((built + 1))
        else
            uptodate=$((uptodate + 1))
        fi
    done
done <"$here/src/c/programs.txt"

# ISA tests: bare-metal HTIF ELF and the Linux user-mode twin of the same bodies.
ISA_MARCH=(-march=rv64gc_zba_zbb_zbs -mabi=lp64d)
mkdir -p "$out/isa" "$out/isa-user"
isa_deps=("$script" "$here/src/isa/link.ld" "$here/src/isa/rvtest.h")
for src in "$here"/src/isa/*.S; do
    [[ -e "$src" ]] || break
    name="$(basename "$src" .S)"
    elf="$out/isa/$name.elf"
    if stale "$elf" "$src" "${isa_deps[@]}"; then
        "$CC" "${ISA_MARCH[@]}" -nostdlib -nostartfiles -static -no-pie -T "$here/src/isa/link.ld" \
            -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
            -I "$here/src/isa" "$src" -o "$elf.tmp" && mv "$elf.tmp" "$elf" ||
            { rm -f "$elf.tmp"; die "assembling ISA test $name failed"; }
        built=$((built + 1))
    else
        uptodate=$((uptodate + 1))
    fi
    user="$out/isa-user/$name"
    if grep -q '^#define RVTEST_MACHINE_ONLY' "$src"; then
        rm -f "$user"
        continue
    fi
    if stale "$user" "$src" "${isa_deps[@]}"; then
        "$CC" "${ISA_MARCH[@]}" -nostdlib -nostartfiles -static -no-pie -DRVTEST_USER \
            -I "$here/src/isa" "$src" -o "$user.tmp" && mv "$user.tmp" "$user" ||
            { rm -f "$user.tmp"; die "assembling ISA test $name (user mode) failed"; }
        built=$((built + 1))
    else
        uptodate=$((uptodate + 1))
    fi
done

echo "$PIE_LINK" >"$out/pie-link-mode.tmp" && mv "$out/pie-link-mode.tmp" "$out/pie-link-mode"
echo "corpus: $built built, $uptodate up to date in $out (pie/pic linked $PIE_LINK)"
