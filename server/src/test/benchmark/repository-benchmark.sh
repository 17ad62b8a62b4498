#!/usr/bin/env bash
# The repository benchmark in one command: builds the server and its test classes (offline), then runs
# org.dovetail.server.benchmark.RepositoryBenchmark with the given arguments and prints its table.
#
#   server/src/test/benchmark/repository-benchmark.sh 10k 100k --db=both        # ~10 min on a quiet 2-core machine
#   server/src/test/benchmark/repository-benchmark.sh 1m --db=postgres          # 1 M elements, one database per run
#
# The JVM runs generational ZGC, as `./dovetail server` does: G1's young pauses with a large model in the old
# generation took 70-140 ms each, once a second at 50 commits/s, which alone broke p99 <= 50 ms.
# DOVETAIL_BENCH_HEAP sets the heap (default 4g; 14g for a size of 1 M or more, which ZGC keeps at 11g when it can:
# the 1 M model and its rule state hold ~6 GB, and with 10g ZGC's concurrent cycles, ~30 s each at that size, did not
# finish before the heap filled, so threads stalled for allocation up to 6 s). ZGC may use both cores when it falls
# behind (-XX:ConcGCThreads=2; its default on 2 cores is 1). DOVETAIL_BENCH_JAVA_OPTS adds JVM flags.
# --db=postgres needs Debian's PostgreSQL (server/src/test/postgres/pg-harness.sh install). Other options: see
# RepositoryBenchmark's javadoc.
set -euo pipefail

die() {
    echo "repository-benchmark: $*" >&2
    exit 1
}

ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$ROOT"
# shellcheck source=../../../../releng/org.dovetail.benchmarks/jdk.sh
. releng/org.dovetail.benchmarks/jdk.sh
export JAVA_HOME="$JDK"

heap="${DOVETAIL_BENCH_HEAP:-}"
soft_max=()
if [ -z "$heap" ]; then
    heap=4g
    for arg in "$@"; do
        case "$arg" in *m | *M) [[ "$arg" =~ ^[0-9]+[mM]$ ]] && heap=14g && soft_max=(-XX:SoftMaxHeapSize=11g) ;; esac
    done
fi

MAVEN_OPTS="${MAVEN_OPTS:--Xmx1500m}" ./mvnw -B -o -q install -pl server -am -DskipTests || die "the build failed"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -o -q dependency:build-classpath -pl server -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" \
    || die "the class path could not be listed"
cd server
# The GC log says whether a slow commit met a GC pause or an allocation stall (its path is printed at the end).
gc_log="${TMPDIR:-/tmp}/repository-benchmark-gc-$$.log"
# shellcheck disable=SC2086 # DOVETAIL_BENCH_JAVA_OPTS: separate words
"$JDK/bin/java" "-Xmx$heap" "${soft_max[@]}" -XX:+UseZGC -XX:ConcGCThreads=2 ${DOVETAIL_BENCH_JAVA_OPTS:-} "-Xlog:gc:file=$gc_log" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
    org.dovetail.server.benchmark.RepositoryBenchmark "$@"
echo "GC log: $gc_log ($(grep -c 'Allocation Stall' "$gc_log" || true) allocation stalls)"
