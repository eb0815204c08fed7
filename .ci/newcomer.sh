#!/usr/bin/env bash
# The README's first command as a newcomer meets it: a fresh clone of COMMIT (default HEAD) and a
# local Maven repository without any rvcm artifact (a hard-linked copy of ~/.m2/repository minus
# dev/rvcm), then `./rvcm relocs corpus/fixtures/reloc-zoo.o` before anything else built the jar, with
# no JAVA_HOME and the system's PATH (whose java may be older: the launcher must find Java 25 itself).
# It must list the relocations, exit 0, and say no more on stderr than the one line of its build; then
# the second command, `./rvcm demo --out DIR`, must write DIR/index.html with a chart naming semi-pic.
# usage: .ci/newcomer.sh [COMMIT]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
commit=$(git -C "$root" rev-parse "${1:-HEAD}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --no-checkout "$root" "$work/rvcm"
git -C "$work/rvcm" checkout -q "$commit"

m2="$HOME/.m2/repository"
mkdir -p "$m2"
cp -al "$m2" "$work/m2" 2>/dev/null || { rm -rf "$work/m2"; cp -a "$m2" "$work/m2"; }
rm -rf "$work/m2/dev/rvcm"

start=$(date +%s)
set +e
(cd "$work/rvcm" && env -u JAVA_HOME PATH=/usr/local/bin:/usr/bin:/bin \
  MAVEN_OPTS="${MAVEN_OPTS:-} -Dmaven.repo.local=$work/m2" \
  ./rvcm relocs corpus/fixtures/reloc-zoo.o >"$work/out" 2>"$work/err")
code=$?
set -e
seconds=$(( $(date +%s) - start ))

# What the newcomer's build downloaded serves the rest of CI too.
rm -rf "$work/m2/dev/rvcm"
cp -aln "$work/m2/." "$m2/" 2>/dev/null || true

problems=()
[ "$code" -eq 0 ] || problems+=("exit code $code")
grep -q '^corpus/fixtures/reloc-zoo.o: [0-9]* relocation sections, [0-9]* relocations$' "$work/out" \
  || problems+=("no relocation listing on stdout")
[ "$(grep -c . "$work/err")" -eq 1 ] && grep -q '^rvcm: building .* with Maven' "$work/err" \
  || problems+=("stderr is not the one build line")
if [ ${#problems[@]} -gt 0 ]; then
  echo "ci: newcomer's first ./rvcm on ${commit:0:12} FAILED ($(IFS=,; echo "${problems[*]}")); it printed:" >&2
  head -n 5 "$work/out" >&2
  tail -n 20 "$work/err" >&2
  exit 1
fi
echo "ci: newcomer's first ./rvcm relocs on a fresh clone of ${commit:0:12}: ok in $seconds s, the build included"

# the README's second command, on the jar the first one built
start=$(date +%s)
if ! (cd "$work/rvcm" && env -u JAVA_HOME PATH=/usr/local/bin:/usr/bin:/bin ./rvcm demo --out "$work/demo" >"$work/out" 2>"$work/err") \
    || ! grep -q '<svg' "$work/demo/index.html" || ! grep -q 'semi-pic' "$work/demo/index.html"; then
  echo "ci: newcomer's ./rvcm demo on ${commit:0:12} FAILED (no index.html with a chart naming semi-pic); it printed:" >&2
  tail -n 20 "$work/out" "$work/err" >&2
  exit 1
fi
echo "ci: newcomer's ./rvcm demo --out DIR: index.html with its chart in $(( $(date +%s) - start )) s"
