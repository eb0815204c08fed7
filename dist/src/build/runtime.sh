#!/usr/bin/env bash
# Links the Java runtime the linux-x64 distribution carries: only the modules rvcm uses, without
# debug information, man pages or headers.
# usage: runtime.sh JAVA_HOME MODULES OUTDIR
set -euo pipefail
java_home=$1 modules=$2 out=$3
rm -rf "$out"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress zip-9 --output "$out"
