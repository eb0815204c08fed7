#!/usr/bin/env bash
# Runs the built corpus under qemu-riscv64 and compares with the committed expected outputs.
#
#   corpus/check-qemu.sh [--full] [--update] [BUILDDIR]     (default BUILDDIR: corpus/build)
#
# Every run in src/c/runs.txt, in every variant (medlow, medany, pie, pic): the exit code must match
# and stdout must equal expected/<id>.out. --full adds the default-size benchmark runs. --update
# rewrites expected/*.out from the medany variant (review the diff before committing!).
# Then every user-mode ISA test in BUILDDIR/isa-user must exit 0, or with the code in src/isa/expect.txt,
# and so must every bare-metal test in BUILDDIR/isa when qemu-system-riscv64 is installed.
# Prints one line per problem and a summary "check-qemu: N passed, N failed" (one count per run);
# exits 0 when everything matched, 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
full=0
update=0
build="$here/build"
for arg in "$@"; do
    case "$arg" in
    --full) full=1 ;;
    --update) update=1 ;;
    -*) echo "usage: corpus/check-qemu.sh [--full] [--update] [BUILDDIR]" >&2; exit 2 ;;
    *) build="$arg" ;;
    esac
done
command -v qemu-riscv64 >/dev/null 2>&1 ||
    { echo "corpus/check-qemu.sh: qemu-riscv64 not found: install the Debian package 'qemu-user' (apt-get install qemu-user)" >&2; exit 1; }
[[ -d "$build/medany" ]] || { echo "corpus/check-qemu.sh: $build has no build; run corpus/build.sh first" >&2; exit 1; }
build="$(cd "$build" && pwd)"

VARIANTS=(medlow medany pie pic)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
bad=0

# A run may report several problems; it counts once.
fail() {
    echo "FAIL $*"
    bad=1
}
done_run() {
    if [[ $bad -eq 0 ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    bad=0
}

cd "$here/src/c"
while read -r id tier code prog args; do
    [[ -z "$id" || "$id" == \#* ]] && continue
    [[ "$tier" == full && $full -eq 0 ]] && continue
    read -r -a argv <<<"${args:-}"
    variants=("${VARIANTS[@]}")
    [[ $update -eq 1 ]] && variants=(medany)
    for v in "${variants[@]}"; do
        exe="$build/$v/$prog/$prog"
        [[ -x "$exe" ]] || { fail "$v/$id: $exe not built"; done_run; continue; }
        rc=0
        qemu-riscv64 "$exe" "${argv[@]}" </dev/null >"$tmp/out" 2>"$tmp/err" || rc=$?
        [[ "$rc" == "$code" ]] || fail "$v/$id: exit code $rc, expected $code"
        if [[ $update -eq 1 ]]; then
            cp "$tmp/out" "$here/expected/$id.out"
        elif ! cmp -s "$tmp/out" "$here/expected/$id.out"; then
            fail "$v/$id: stdout differs from expected/$id.out"
            { diff "$here/expected/$id.out" "$tmp/out" || true; } | head -5 | sed 's/^/    /'
        fi
        done_run
    done
done <"$here/src/c/runs.txt"

for t in "$build"/isa-user/*; do
    [[ -e "$t" ]] || break
    name="$(basename "$t")"
    want="$(awk -v n="$name" '$1 == n { print $2 }' "$here/src/isa/expect.txt")"
    rc=0
    qemu-riscv64 "$t" </dev/null >/dev/null 2>&1 || rc=$?
    [[ "$rc" == "${want:-0}" ]] || fail "isa-user/$name: exit code $rc, expected ${want:-0}"
    done_run
done

# The committed freestanding executable fixture.
rc=0
qemu-riscv64 "$here/fixtures/tiny-medany" </dev/null >"$tmp/out" 2>/dev/null || rc=$?
[[ "$rc" == 0 && "$(cat "$tmp/out")" == "tiny: ok" ]] || fail "fixtures/tiny-medany: exit code $rc, output $(head -c 80 "$tmp/out")"
done_run

# Bare-metal ISA tests, when QEMU's system emulator is there (Debian package qemu-system-misc): its
# spike machine implements HTIF and exits with tohost >> 1, so the exit codes match user mode.
if command -v qemu-system-riscv64 >/dev/null 2>&1; then
    for t in "$build"/isa/*.elf; do
        [[ -e "$t" ]] || break
        name="$(basename "$t" .elf)"
        want="$(awk -v n="$name" '$1 == n { print $2 }' "$here/src/isa/expect.txt")"
        rc=0
        timeout 20 qemu-system-riscv64 -M spike -bios none -nographic -kernel "$t" </dev/null >/dev/null 2>&1 || rc=$?
        [[ "$rc" == "${want:-0}" ]] || fail "isa/$name.elf (qemu-system-riscv64 -M spike): exit code $rc, expected ${want:-0}"
        done_run
    done
else
    echo "check-qemu: bare-metal ISA tests skipped (qemu-system-riscv64 not found: Debian package 'qemu-system-misc')"
fi

echo "check-qemu: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
