#!/usr/bin/env bash
# A throw-away PostgreSQL for the server's tests: Debian's postgresql package, a cluster in a temporary folder,
# listening on a free loopback port, torn down afterwards. Used by `./dovetail test` and by the JUnit extension
# org.dovetail.server.testing.PostgresExtension.
#
#   pg-harness.sh install          install Debian's postgresql with apt-get when missing (needs root)
#   pg-harness.sh start DIR [PORT] initdb in DIR (fresh), start on PORT (default: a free one); prints the JDBC URL
#   pg-harness.sh stop DIR         stop the cluster in DIR and delete DIR
#
# PostgreSQL refuses to run as root: as root, the cluster runs as the system user 'postgres' (created by the
# package) or, without it, as a system user 'dovetail-pg' created here. Any failure exits non-zero with the reason.
set -euo pipefail

die() {
    echo "pg-harness: $*" >&2
    exit 1
}

bin_dir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
    elif command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v initdb)"
    fi
}

install_postgres() {
    [ -n "$(bin_dir)" ] && return 0
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed and this is not root: install it with 'apt-get install -y postgresql'"
    command -v apt-get >/dev/null 2>&1 || die "PostgreSQL is not installed and there is no apt-get to install it"
    echo "pg-harness: installing PostgreSQL (apt-get)…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q </dev/null >&2
    # The package's own cluster is not used: the tests start theirs.
    apt-get install -y -q --no-install-recommends postgresql </dev/null >&2
    [ -n "$(bin_dir)" ] || die "apt-get installed postgresql, but no initdb was found under /usr/lib/postgresql"
}

# The user the cluster runs as: the current one, or a system user when root.
cluster_user() {
    if [ "$(id -u)" -ne 0 ]; then
        id -un
    elif id postgres >/dev/null 2>&1; then
        echo postgres
    else
        id dovetail-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin dovetail-pg
        echo dovetail-pg
    fi
}

as_user() {
    local user="$1"
    shift
    if [ "$(id -un)" = "$user" ]; then
        "$@"
    else
        runuser -u "$user" -- "$@"
    fi
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    die "no free loopback port found"
}

start() {
    local dir="$1" port="${2:-}"
    local bin user
    bin="$(bin_dir)"
    [ -n "$bin" ] || die "PostgreSQL is not installed (no initdb under /usr/lib/postgresql); run: $0 install (as root)"
    [ -n "$port" ] || port="$(free_port)"
    user="$(cluster_user)"
    mkdir -p "$dir"
    [ -z "$(ls -A "$dir")" ] || die "$dir is not empty"
    chown "$user" "$dir"
    chmod 700 "$dir"
    as_user "$user" "$bin/initdb" -D "$dir/data" -U dovetail --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed in $dir"; }
    # A test cluster: durability against the machine crashing is not needed (the server process is what gets
    # killed in the tests), speed is.
    as_user "$user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        >/dev/null 2>&1 || { cat "$dir/postgres.log" >&2 2>/dev/null; die "PostgreSQL did not start in $dir on port $port"; }
    echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=dovetail"
}

stop() {
    local dir="$1" bin user
    bin="$(bin_dir)"
    user="$(cluster_user)"
    if [ -f "$dir/data/postmaster.pid" ] && [ -n "$bin" ]; then
        as_user "$user" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    install) install_postgres ;;
    start) [ $# -ge 2 ] || die "usage: $0 start DIR [PORT]"; start "$2" "${3:-}" ;;
    stop) [ $# -ge 2 ] || die "usage: $0 stop DIR"; stop "$2" ;;
    *) die "usage: $0 install | start DIR [PORT] | stop DIR" ;;
esac
