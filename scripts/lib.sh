# Shared by scripts/run.sh and scripts/test.sh: pick a JDK that Payara Micro 7 accepts.
# shellcheck shell=bash

java_major() { # prints the major version of the java binary in $1/bin/java, or nothing
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

# Uses JAVA_HOME if it is 21 or newer, else the newest JDK >= 21 under /usr/lib/jvm; fails with
# a message that says what to install when there is none.
select_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "Prewarm needs a JDK 21 or newer (Payara Micro 7); none found in JAVA_HOME or /usr/lib/jvm." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME=$best
  echo "Using JDK $best_major at $JAVA_HOME" >&2
}
