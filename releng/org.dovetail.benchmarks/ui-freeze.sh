#!/usr/bin/env bash
# The workbench's UI freeze benchmark in one command: the longest event-loop delay per phase (open, validate, edit,
# undo, search, overview, mappings, close) on a model of 100 K elements, under Xvfb, with the UI thread's stack
# sampled while it is late (UiFreezeBenchmark in bundles/org.dovetail.workbench.tests). Writes the model once to
# $DOVETAIL_FREEZE_MODEL (default /tmp/dovetail-100k.dovetail), then prints the table with the load average.
# Columns: the worst wall-clock delay of the probe's marks (asyncExec runnables: they also wait for every GTK event
# before them), the UI thread's CPU in it, the most CPU in any one delay, the longest turn's CPU (measured in the UI
# thread; the figure a busy machine distorts least) and the longest an input event waited (a GTK timer's lateness).
# Where that wait went (GC pauses, the X server's CPU, the UI thread waiting for a core), GC pauses per phase and
# where the UI thread was while late: target/freeze-samples.txt of org.dovetail.workbench.tests.
#
# --sync measures the same model shared, saved, committed and updated (100 incoming changes) against a real server
# instead (SyncFreezeBenchmark in bundles/org.dovetail.sync.ui.tests; the script builds the server module first).
#
#   releng/org.dovetail.benchmarks/ui-freeze.sh
#   releng/org.dovetail.benchmarks/ui-freeze.sh --sync
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
MODEL="${DOVETAIL_FREEZE_MODEL:-/tmp/dovetail-100k.dovetail}"
die() { echo "ui-freeze: $*" >&2; exit 1; }
benchmark=UiFreezeBenchmark module=bundles/org.dovetail.workbench.tests report_name=freeze
case "${1:-}" in
    "") ;;
    --sync) benchmark=SyncFreezeBenchmark module=bundles/org.dovetail.sync.ui.tests report_name=sync-freeze ;;
    *) die "unknown option $1 (known: --sync)" ;;
esac

. "$(dirname "$0")/jdk.sh"
command -v xvfb-run >/dev/null || die "xvfb-run is missing (apt-get install xvfb)"
cd "$ROOT"
export JAVA_HOME="$JDK" MAVEN_OPTS="${MAVEN_OPTS:--Xmx1500m}"

if [ ! -s "$MODEL" ]; then
    echo "ui-freeze: writing the 100 K-element model to $MODEL…" >&2
    ./mvnw -B -q package -DskipTests -pl releng/org.dovetail.benchmarks -am >/dev/null || die "the build of the benchmarks failed"
    dir="$ROOT/releng/org.dovetail.benchmarks/target"
    "$JDK/bin/java" -cp "$dir/classes:$(cat "$dir/runtime-classpath.txt")" org.dovetail.benchmarks.WriteFreezeModel "$MODEL"
fi

if [ "$benchmark" = SyncFreezeBenchmark ]; then # the server the benchmark starts runs on the server module's classes
    ./mvnw -B -q package -DskipTests -pl server -am >/dev/null || die "the build of the server failed"
fi
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
DOVETAIL_FREEZE_MODEL="$MODEL" xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B verify -Dtest="$benchmark" \
    -Dsurefire.failIfNoSpecifiedTests=false \
    -pl "$module,features/org.dovetail.feature,features/org.dovetail.platform.feature" -am >"$log" 2>&1 \
    || { tail -n 40 "$log" >&2; die "the benchmark run failed (output above)"; }
report="$ROOT/$module/target/$report_name-report.txt"
[ -s "$report" ] || die "no report written; see the output above"
grep -E "^$benchmark: |samples while late|handling: " "$log" >&2 || true
echo "where the UI thread was while late, per phase: ${report%/*}/$report_name-samples.txt" >&2
echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$report"
