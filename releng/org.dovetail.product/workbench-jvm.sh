# Sourced by ./dovetail (workbench) and releng/org.dovetail.benchmarks/start-time.sh: the JVM options the workbench
# starts with, and its class cache. Defines two functions:
#
#   workbench_jvm_options <java> <product dir>   sets the array WORKBENCH_JVM_OPTS
#   workbench_jvm_finish                         after the JVM has exited: keeps a cache written by this run
#
# The class cache (measured with start-time.sh, see docs/start-time.md): Equinox defines the bundles' classes in its own
# class loaders, and JDK 25's AOT cache (JEP 483/514) stores such classes too (as "unregistered" classes, matched by the
# class file's size and CRC when a bundle loader defines them again). The first start records which classes the
# workbench loads and writes the cache when the workbench closes; later starts map the classes already parsed, verified
# and laid out instead of loading them from the jars. JDK 21-24 get a dynamic CDS archive the same way
# (-XX:+AutoCreateSharedArchive). The cache lives in the product's configuration area, under a name made of the JDK,
# the JVM options and the product's jars: another JDK or a rebuilt product starts without it and records a new one;
# a cache that the JVM still finds unusable is ignored by the JVM itself (AOTMode auto). DOVETAIL_CLASS_CACHE=off
# starts without any.

# The collector and heap: G1 (short pauses on large models all session), heap up to 1 GB.
WORKBENCH_BASE_JVM_OPTS=(-Xmx1g)

workbench_jvm_options() {
    local java="$1" product="$2"
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
    # place after the JVM exits, so that a workbench started meanwhile never reads half a file; older caches go.
    find "$dir" \( -name 'workbench-*' -o -name 'recording-*' \) -mmin +60 -delete 2>/dev/null || true
    WORKBENCH_CACHE_PENDING="$dir/recording-$$.jsa"
    WORKBENCH_CACHE_FINAL="$cache"
    WORKBENCH_JVM_OPTS+=(-XX:AOTCacheOutput="$WORKBENCH_CACHE_PENDING" -Xlog:aot=off -Xlog:cds=off)
}

workbench_jvm_finish() {
    if [ -n "${WORKBENCH_CACHE_PENDING:-}" ] && [ -s "$WORKBENCH_CACHE_PENDING" ]; then
        mv -f "$WORKBENCH_CACHE_PENDING" "$WORKBENCH_CACHE_FINAL" 2>/dev/null || true
    fi
    rm -f "${WORKBENCH_CACHE_PENDING:-}" "${WORKBENCH_CACHE_PENDING:-}.config" 2>/dev/null || true
    WORKBENCH_CACHE_PENDING=""
}
