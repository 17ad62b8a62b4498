#!/usr/bin/env bash
# Start to a usable window of the built workbench product, measured under Xvfb: the product's StartupTiming writes
# "window-wall-ms window-cpu-ms model-wall-ms model-cpu-ms" (JVM start to the first turn of the event loop with the
# window open; then to the turn after the example model's editor opened) and closes the workbench. One cold run fills
# the workspace and the OSGi cache and records the class cache, as a user's first start does (reported apart); then
# RUNS warm runs, of which the median is reported, with the load average (CPU time, all threads, is the figure a busy
# machine distorts least). The JVM options and the class cache are the ones ./dovetail workbench uses
# (releng/org.dovetail.product/workbench-jvm.sh); JVM_OPTS replaces the base options, CLASS_CACHE=off starts without
# the cache.
#
#   releng/org.dovetail.benchmarks/start-time.sh                      # the product as ./dovetail workbench starts it
#   CLASS_CACHE=off releng/org.dovetail.benchmarks/start-time.sh      # without the class cache (as before session 6)
#   JVM_OPTS="-Xmx1g -XX:TieredStopAtLevel=1" RUNS=5 releng/org.dovetail.benchmarks/start-time.sh
#   APP_ARGS="-cssTheme none" releng/org.dovetail.benchmarks/start-time.sh   # without the e4 CSS theme
#
# Build the product first: ./mvnw verify -DskipTests -pl releng/org.dovetail.product -am
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PRODUCT="${PRODUCT:-$ROOT/releng/org.dovetail.product/target/products/org.dovetail.workbench.product/linux/gtk/x86_64}"
RUNS="${RUNS:-5}"
JVM_OPTS="${JVM_OPTS:-}"
APP_ARGS="${APP_ARGS:-}"

die() { echo "start-time: $*" >&2; exit 1; }

. "$(dirname "$0")/jdk.sh"
. "$ROOT/releng/org.dovetail.product/workbench-jvm.sh"
# shellcheck disable=SC2206 # JVM_OPTS is a list of options
[ -z "$JVM_OPTS" ] || WORKBENCH_BASE_JVM_OPTS=($JVM_OPTS)
export DOVETAIL_CLASS_CACHE="${CLASS_CACHE:-on}"
launcher="$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1 || true)" # checked below
[ -n "$launcher" ] || die "no product in $PRODUCT; build it with ./mvnw verify -DskipTests -pl releng/org.dovetail.product -am"
command -v xvfb-run >/dev/null || die "xvfb-run is missing (apt-get install xvfb)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A copy of the product: its configuration area (OSGi cache) and any CDS archive stay out of the build's tree.
cp -r "$PRODUCT" "$work/product"

run_once() {
    workbench_jvm_options "$JDK/bin/java" "$work/product" "$work/product/plugins/$(basename "$launcher")"
    # shellcheck disable=SC2086 # APP_ARGS is a list of options
    xvfb-run -a -s "-screen 0 1600x1000x24" "$JDK/bin/java" "${WORKBENCH_JVM_OPTS[@]}" -Ddovetail.startup.report="$work/times" \
        -Ddovetail.startup.exit=true -jar "$work/product/plugins/$(basename "$launcher")" -install "$work/product" \
        -data "$work/workspace" $APP_ARGS >>"$work/output.log" 2>&1 || die "the workbench failed to start; see $work/output.log"
    workbench_jvm_finish --wait
}

run_once
read -r cold_wall cold_cpu cold_model_wall cold_model_cpu _ <"$work/times"
: >"$work/times"
loads=""
for _ in $(seq "$RUNS"); do
    run_once
    loads="$loads $(cut -d' ' -f1 /proc/loadavg)"
done
[ "$(wc -l <"$work/times")" -eq "$RUNS" ] || die "not every run reported its start time; see $work/output.log"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
field() { cut -d' ' -f"$1" "$work/times"; }
echo "JVM options: ${WORKBENCH_JVM_OPTS[*]}${APP_ARGS:+; application arguments: $APP_ARGS}"
echo "cold start (first run, empty workspace and OSGi cache$([ "$DOVETAIL_CLASS_CACHE" = off ] || echo ", recording the class cache")): window wall $cold_wall ms, cpu $cold_cpu ms; model open wall $cold_model_wall ms, cpu $cold_model_cpu ms"
echo "warm starts ($RUNS): window wall ms $(field 1 | tr '\n' ' ')(1-minute load:$loads)"
echo "| median of $RUNS | wall ms | cpu ms |"
echo "|---|---|---|"
# The phases StartupTiming marks on the way ("name=wall/cpu" after the four figures), median of each.
phase() { grep -o " $1=[0-9]*/[0-9]*" "$work/times" | cut -d= -f2 | cut -d/ -f"$2"; }
for name in application display workbench window; do
    [ -z "$(phase "$name" 1)" ] || echo "| $name (phase reached) | $(phase "$name" 1 | median) | $(phase "$name" 2 | median) |"
done
echo "| usable window | $(field 1 | median) | $(field 2 | median) |"
echo "| example model open | $(field 3 | median) | $(field 4 | median) |"
