#!/usr/bin/env bash
# Checks the two distributions as a user meets them: unpacked somewhere else, run from another
# folder, with nothing but a Java 25 (JAVA_HOME or PATH) or, for linux-x64, nothing at all.
# usage: check-distribution.sh rvcm-VERSION.tar.gz rvcm-VERSION-linux-x64.tar.gz
set -euo pipefail
plain=$(readlink -f "$1") with_runtime=$(readlink -f "$2")
java25=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
failures=0
fail() { echo "check-distribution: FAILED: $*" >&2; failures=$((failures + 1)); }
# A clean environment: no JAVA_HOME, a PATH without any java, a HOME of its own.
clean() { env -i HOME="$work/home" PATH=/usr/bin:/bin "$@"; }

mkdir -p "$work/a" "$work/b" "$work/elsewhere" "$work/home"
tar xzf "$plain" -C "$work/a"
tar xzf "$with_runtime" -C "$work/b"
a=$(echo "$work"/a/rvcm-*) b=$(echo "$work"/b/rvcm-*)
for f in bin/rvcm lib/rvcm.jar lib/launch.sh README.md man/man1/rvcm.1 man/man1/rvcm-relocs.1 \
    share/bash-completion/completions/rvcm share/rvcm/examples/reloc-zoo.o; do
  [ -e "$a/$f" ] || fail "$plain lacks $f"
done
[ -x "$b/runtime/bin/java" ] || fail "$with_runtime lacks runtime/bin/java"
cd "$work/elsewhere"
example="$a/share/rvcm/examples/reloc-zoo.o"

# The main job from another folder, Java 25 given by JAVA_HOME, then only by the PATH.
out=$(clean JAVA_HOME="$java25" "$a/bin/rvcm" relocs "$example") || fail "bin/rvcm relocs with JAVA_HOME exited $?"
grep -q "^$example: [0-9]* relocation sections, [0-9]* relocations$" <<<"$out" || fail "bin/rvcm relocs printed: $(head -n 2 <<<"$out")"
[ -f "$a/lib/rvcm.aot" ] || fail "no ahead-of-time cache beside the jar after the first run"
version=$(env -i HOME="$work/home" PATH="$java25/bin:/usr/bin:/bin" "$a/bin/rvcm" --version) || fail "bin/rvcm --version with java on the PATH exited $?"
grep -q '^rvcm [0-9][^ ]* (commit [0-9a-f]\{12\})$' <<<"$version" || fail "rvcm --version printed: $version"

# Read-only installation: the cache goes under ~/.cache/rvcm (root writes anywhere: only that it runs).
chmod -R a-w "$a"
clean JAVA_HOME="$java25" "$a/bin/rvcm" relocs "$example" >/dev/null || fail "read-only bin/rvcm exited $?"
if [ "$(id -u)" -ne 0 ]; then
  ls "$work/home/.cache/rvcm/"*.aot >/dev/null 2>&1 || fail "read-only installation: no cache under ~/.cache/rvcm"
fi

# A Java that is not 25: one line, exit code 2.
mkdir -p "$work/java17/bin"
printf '#!/bin/sh\necho "openjdk version \\"17.0.15\\" 2025-04-15" >&2\n' > "$work/java17/bin/java"
chmod +x "$work/java17/bin/java"
set +e
err=$(clean JAVA_HOME="$work/java17" "$a/bin/rvcm" relocs "$example" 2>&1 >/dev/null)
code=$?
set -e
[ "$code" -eq 2 ] || fail "JAVA_HOME at Java 17: exit code $code, not 2"
[ "$(grep -c . <<<"$err")" -eq 1 ] && grep -q '^rvcm: needs Java 25' <<<"$err" || fail "JAVA_HOME at Java 17 printed: $err"

# The manual pages render without a troff warning; the completion script loads.
for page in "$a"/man/man1/*.1; do
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff failed on $page"
  [ -z "$warnings" ] || fail "groff warns on $(basename "$page"): $warnings"
done
bash -c "source '$a/share/bash-completion/completions/rvcm' && complete -p rvcm" >/dev/null || fail "the completion script does not load"

# linux-x64 needs no Java at all, and ignores a wrong JAVA_HOME; every command runs on its runtime.
policy="$work/policy.yaml"
printf 'name: door\nrules:\n  - forbid-kind: ABSOLUTE\n' > "$policy"
for args in "relocs --format json $example" "disasm $example" "audit --format html $example" \
    "check --policy $policy --format sarif $example" "run --stats json $b/share/rvcm/examples/tiny-medany"; do
  set +e
  clean JAVA_HOME="$work/java17" "$b/bin/rvcm" $args >/dev/null 2>"$work/err"
  code=$?
  set -e
  case "$args:$code" in
    check*:1 | *:0) ;;
    *) fail "linux-x64 bin/rvcm $args exited $code: $(head -n 3 "$work/err")" ;;
  esac
done

echo "check-distribution: $(basename "$plain") $(du -k "$plain" | cut -f1) KiB," \
  "$(basename "$with_runtime") $(du -k "$with_runtime" | cut -f1) KiB (runtime unpacked $(du -sk "$b/runtime" | cut -f1) KiB);" \
  "$failures failures"
[ "$failures" -eq 0 ]
