# Sourced by ./dovetail (workbench) and releng/org.dovetail.benchmarks/start-time.sh: the JVM options the workbench
# starts with, and its class cache. Defines two functions:
#
#   workbench_jvm_options <java> <product dir> <launcher jar>   sets the array WORKBENCH_JVM_OPTS
#   workbench_jvm_finish [--wait]   after the JVM has exited: writes the cache from what this run recorded, in the
#                                   background (at low priority) unless --wait is given
#
# The class cache (measured with start-time.sh, see docs/start-time.md): Equinox defines the bundles' classes in its own
# class loaders, and JDK 25's AOT cache (JEP 483/514) stores such classes too (as "unregistered" classes, matched by the
# class file's size and CRC when a bundle loader defines them again). The first start records which classes the
# workbench loads (-XX:AOTMode=record), the cache is written from that record after the workbench closes
# (-XX:AOTMode=create, a JVM of its own: under a minute on a busy machine, so ./dovetail runs it in the background);
# later starts map the classes already parsed, verified and laid out instead of loading them from the jars. JDK 21-24 get a dynamic CDS archive the same way
# (-XX:+AutoCreateSharedArchive). The cache lives in the product's configuration area, under a name made of the JDK,
# the JVM options and the product's jars: another JDK or a rebuilt product starts without it and records a new one;
# a cache that the JVM still finds unusable is ignored by the JVM itself (AOTMode auto). DOVETAIL_CLASS_CACHE=off
# starts without any.

# The collector and heap: G1 (the default), heap up to 1 GB. ZGC was measured (session 8, docs/start-time.md): its
# pauses are shorter, but on two cores its concurrent threads take the UI thread's core and the freeze benchmark's
# edit, search and page turns got slower on a quiet machine. The workbench and sync UI tests run with these options too
# (workbench.jvm.options of the root pom: change both together; WorkbenchJvmOptionsTest checks). C2 compiles a method after
# four times the usual invocations and loop iterations: at start-up C2 spent more CPU than the main thread (4.9 s
# against 4.2 s to the example model, JFR and /proc per thread, load 6) compiling code that runs a few thousand times;
# hot loops on large models still reach C2 within their first second (docs/start-time.md: start and freeze figures).
# G1 aims at 50 ms pauses, not its default 200: a sync job copying a 100 K-element model made young collections of
# ~200 ms, each a freeze of the UI thread (sync freeze benchmark, session 12: share, commit and update 185-215 ms of
# input wait, all GC → 85-140 ms).
# The JIT compiler threads run at nice 10 (ThreadPriorityPolicy=1 lets the JVM set thread priorities; every Java
# priority maps to nice 0 as before, so the UI thread, the jobs and the collector keep theirs, root or not): on two
# cores the UI thread waited for a core held by C1/C2 for 30-55 ms of a 100-150 ms freeze (closing an editor, opening
# a dialog the first time; /proc per thread), and after this 10-20 ms (sync freeze benchmark, session 15). A user
# who is not root gets a JVM warning that priorities may need permission: lowering them does not, and ./dovetail
# filters the line out (WORKBENCH_JVM_WARNING).
WORKBENCH_BASE_JVM_OPTS=(-Xmx1g -XX:Tier4InvocationThreshold=20000 -XX:Tier4MinInvocationThreshold=2400
    -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000 -XX:MaxGCPauseMillis=50
    -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=10 -XX:JavaPriority6_To_OSPriority=0
    -XX:JavaPriority7_To_OSPriority=0 -XX:JavaPriority8_To_OSPriority=0 -XX:JavaPriority9_To_OSPriority=0
    -XX:JavaPriority10_To_OSPriority=0)
# The JVM's warning about ThreadPriorityPolicy=1 for users who are not root (harmless here: see above).
WORKBENCH_JVM_WARNING='ThreadPriorityPolicy=1 may require system level permission'


workbench_jvm_options() {
    local java="$1" product="$2"
    WORKBENCH_JAVA="$java"
    WORKBENCH_LAUNCHER="$3"
    WORKBENCH_JVM_OPTS=("${WORKBENCH_BASE_JVM_OPTS[@]}")
    WORKBENCH_CACHE_PENDING=""
    WORKBENCH_CACHE_FINAL=""
    [ "${DOVETAIL_CLASS_CACHE:-on}" != off ] || return 0
    local version feature
    version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.vm\.version = //p')"
    case "$version" in
        2[5-9]* | [3-9][0-9]*) feature=aot ;;
        2[1-4]*) feature=cds ;;
        *) return 0 ;; # no class cache for this JDK; the workbench starts as before
    esac
    local dir="$product/configuration/org.dovetail.classcache" key
    key="$( {
        echo "$java $version ${WORKBENCH_BASE_JVM_OPTS[*]}"
        ls -l --time-style=+%s "$product/plugins" "$product/configuration/org.eclipse.equinox.simpleconfigurator"
    } | cksum | cut -d' ' -f1)"
    mkdir -p "$dir" 2>/dev/null || return 0
    local cache="$dir/workbench-$feature-$key.jsa"
    if [ "$feature" = cds ]; then
        # The JVM checks the archive, writes it at exit when it is missing or stale, and uses it after.
        WORKBENCH_JVM_OPTS+=(-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$cache")
        return 0
    fi
    if [ -f "$cache" ]; then
        WORKBENCH_JVM_OPTS+=(-XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off) # an unusable cache: the JVM starts without it
        return 0
    fi
    # No cache for this JDK and product yet: this run records one. Written under a name of its own and moved into
    # place when complete, so that a workbench started meanwhile never reads half a file; older files go.
    find "$dir" \( -name 'workbench-*' -o -name 'recording-*' \) -mmin +60 -delete 2>/dev/null || true
    WORKBENCH_CACHE_PENDING="$dir/recording-$$"
    WORKBENCH_CACHE_FINAL="$cache"
    # -DisplayVMOutput: the recording JVM prints "AOTConfiguration recorded: <file>" as it exits (not a log line that
    # -Xlog turns off); nothing the user needs to read (the JVM's own output, in this recording start only).
    WORKBENCH_JVM_OPTS+=(-XX:AOTMode=record -XX:AOTConfiguration="$WORKBENCH_CACHE_PENDING.aotconf" -Xlog:aot=off -Xlog:cds=off
        -XX:+UnlockDiagnosticVMOptions -XX:-DisplayVMOutput)
}

workbench_jvm_finish() {
    local pending="${WORKBENCH_CACHE_PENDING:-}" final="${WORKBENCH_CACHE_FINAL:-}"
    WORKBENCH_CACHE_PENDING=""
    [ -n "$pending" ] || return 0
    if [ ! -s "$pending.aotconf" ]; then
        rm -f "$pending.aotconf"
        return 0
    fi
    local create=("$WORKBENCH_JAVA" "${WORKBENCH_BASE_JVM_OPTS[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$pending.aotconf"
        -XX:AOTCache="$pending.jsa" -Xlog:aot=off -Xlog:cds=off -cp "$WORKBENCH_LAUNCHER")
    # sh -c: $0 the pending name, $1 the cache's final name, then the command.
    local script='p="$0" f="$1"; shift; "$@" >/dev/null 2>&1 && [ -s "$p.jsa" ] && mv -f "$p.jsa" "$f"; rm -f "$p.aotconf" "$p.jsa"'
    if [ "${1:-}" = --wait ]; then
        sh -c "$script" "$pending" "$final" "${create[@]}" || true
    else
        nohup nice sh -c "$script" "$pending" "$final" "${create[@]}" >/dev/null 2>&1 &
    fi
}
