# rvcm's launcher functions, sourced by the distribution's bin/rvcm and by a source checkout's ./rvcm.

# Prints the java command of a Java 25 or newer runtime: the distribution's own runtime/ if it has
# one, else $JAVA_HOME when set, else the java on the PATH, else /usr/lib/jvm/temurin-25-jdk-amd64.
# Otherwise one line on stderr naming what was found, and status 2.
rvcm_java() {
  local home=$1 candidates=() java feature found=""
  if [ -x "$home/runtime/bin/java" ]; then
    candidates=("$home/runtime/bin/java")
  elif [ -n "${JAVA_HOME:-}" ]; then
    candidates=("$JAVA_HOME/bin/java")
  else
    candidates=("$(command -v java || true)" /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
  fi
  for java in "${candidates[@]}"; do
    [ -n "$java" ] && [ -x "$java" ] || continue
    feature=$(rvcm_java_feature "$java")
    if [ "$feature" -ge 25 ]; then
      echo "$java"
      return 0
    fi
    found="${found:-; found} Java $feature at $java"
  done
  echo "rvcm: needs Java 25 or newer${found:-; found none${JAVA_HOME:+ at JAVA_HOME=$JAVA_HOME}}:" \
    "set JAVA_HOME to a Java 25 JDK (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)" >&2
  return 2
}

# Prints the feature release (17, 25, …) of a java command, from its release file or its -version.
rvcm_java_feature() {
  local release home feature=""
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  if [ -f "$home/release" ]; then
    feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  fi
  if [ -z "$feature" ]; then
    release=$("$1" -version 2>&1 | head -n 1)
    feature=$(printf '%s\n' "$release" | sed -n 's/.*version "\([0-9]*\).*/\1/p')
  fi
  echo "${feature:-0}"
}

# Runs JAR on JAVA with the remaining arguments. An ahead-of-time cache (JDK 25, JEP 514) made by a
# training run (rvcm relocs --format json TRAINING_INPUT) cuts start-up time; it lives beside the jar,
# or under ~/.cache/rvcm when that folder is not writable, and is made again whenever the jar is newer
# (the JVM refuses a stale cache, which only costs time).
rvcm_exec() {
  local java=$1 jar=$2 training_input=$3 aot
  shift 3
  if [ -w "$(dirname "$jar")" ]; then
    aot="${jar%.jar}.aot"
  else
    aot="${XDG_CACHE_HOME:-$HOME/.cache}/rvcm/$(basename "${jar%.jar}")-$(cksum < "$jar" | cut -d' ' -f1).aot"
    mkdir -p "$(dirname "$aot")" 2>/dev/null || aot=""
  fi
  if [ -n "$aot" ] && [ ! "$aot" -nt "$jar" ]; then
    rm -f "$aot"
    "$java" -XX:AOTCacheOutput="$aot" -Xlog:disable -Xlog:all=off -jar "$jar" relocs --format json \
      "$training_input" >/dev/null 2>&1 || rm -f "$aot"
  fi
  local opts=(-XX:+UseSerialGC)
  [ -n "$aot" ] && [ -f "$aot" ] && opts+=(-XX:AOTCache="$aot" -Xlog:aot=off -Xlog:cds=off)
  exec "$java" "${opts[@]}" -jar "$jar" "$@"
}
