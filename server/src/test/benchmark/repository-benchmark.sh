#!/usr/bin/env bash
# The repository benchmark in one command: builds the server and its test classes (offline), then runs
# org.dovetail.server.benchmark.RepositoryBenchmark with the given arguments and prints its table.
#
#   server/src/test/benchmark/repository-benchmark.sh 10k 100k --db=both        # ~10 min on a quiet 2-core machine
#   server/src/test/benchmark/repository-benchmark.sh 1m --db=postgres          # 1 M elements, one database per run
#
# DOVETAIL_BENCH_HEAP sets the heap (default 4g; 10g for a size of 1 M or more). --db=postgres needs Debian's
# PostgreSQL (server/src/test/postgres/pg-harness.sh install). Other options: see RepositoryBenchmark's javadoc.
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
if [ -z "$heap" ]; then
    heap=4g
    for arg in "$@"; do
        case "$arg" in *m | *M) [[ "$arg" =~ ^[0-9]+[mM]$ ]] && heap=10g ;; esac
    done
fi

MAVEN_OPTS="${MAVEN_OPTS:--Xmx1500m}" ./mvnw -B -o -q install -pl server -am -DskipTests || die "the build failed"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -o -q dependency:build-classpath -pl server -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" \
    || die "the class path could not be listed"
cd server
"$JDK/bin/java" "-Xmx$heap" -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
    org.dovetail.server.benchmark.RepositoryBenchmark "$@"
