# Sourced by the benchmark scripts: sets JDK to a JDK 21 or newer (JAVA_HOME if it is one, else one under
# /usr/lib/jvm), or stops with a message naming what to set. Needs die() defined by the caller.
JDK="${JAVA_HOME:-}"
if [ -z "$JDK" ] || ! "$JDK/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    JDK="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -n 1 || true)" # no match is not an error here
fi
[ -x "$JDK/bin/java" ] || die "no JDK 21 or newer found (set JAVA_HOME)"
