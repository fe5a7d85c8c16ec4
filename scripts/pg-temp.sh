#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests (CI runs the suite on Debian PostgreSQL 15).
#
#   scripts/pg-temp.sh start    init (first time) and start the cluster, create database linli_test,
#                               print its URL on stdout (progress goes to stderr). When it is
#                               already running, only prints the URL.
#   scripts/pg-temp.sh url      print the URL of the running cluster (fails when it is not running)
#   scripts/pg-temp.sh status   say whether it runs; exit 0 when running, 3 when not
#   scripts/pg-temp.sh stop     stop the cluster and delete its directory (all its data)
#
# Typical use:
#   export TEST_DATABASE_URL="$(scripts/pg-temp.sh start)"   # postgres://linli:linli@127.0.0.1:54329/linli_test
#   npm run test:unit
#   scripts/pg-temp.sh stop
#
# Environment:
#   LINLI_PG_DIR   cluster directory (default /tmp/linli-pg); every parent must be traversable by
#                  the user that runs postgres (so not under /root when run as root)
#   LINLI_PG_PORT  first port tried (default 54329); the next free port is used when it is taken
#   LINLI_PG_BIN   PostgreSQL bin directory (default: newest /usr/lib/postgresql/*/bin)
#
# The cluster listens on 127.0.0.1 only, trusts every local connection, and runs without fsync
# (test data only). Its superuser role is `linli` (password `linli`), which may CREATE DATABASE,
# so test files can create and drop their own databases. initdb/pg_ctl refuse to run as root:
# as root the server runs as the `postgres` system user (Debian's postgresql package creates it);
# as any other user it runs as that user.
set -euo pipefail

dir="${LINLI_PG_DIR:-/tmp/linli-pg}"
first_port="${LINLI_PG_PORT:-54329}"
role=linli
password=linli
database=linli_test
data="$dir/data"
marker="$dir/.linli-pg-temp"

log() { echo "pg-temp: $*" >&2; }
die() { echo "pg-temp: error: $*" >&2; exit 1; }

find_bin() {
  if [ -n "${LINLI_PG_BIN:-}" ]; then
    [ -x "$LINLI_PG_BIN/pg_ctl" ] || die "LINLI_PG_BIN=$LINLI_PG_BIN has no pg_ctl"
    echo "$LINLI_PG_BIN"; return
  fi
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$found" ] && [ -x "$found/pg_ctl" ] ||
    die "no PostgreSQL server found in /usr/lib/postgresql/*/bin (install Debian package postgresql, or set LINLI_PG_BIN)"
  echo "$found"
}

bin="$(find_bin)"

# Runs a server-side command (initdb, pg_ctl) as the cluster owner.
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  getent passwd "$owner" >/dev/null || die "running as root needs the '$owner' system user (Debian package postgresql creates it)"
  as_owner() { runuser -u "$owner" -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Running = pg_ctl sees a live postmaster and it accepts connections on the recorded port.
is_running() {
  [ -d "$data" ] && [ -f "$dir/port" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1 &&
    port_in_use "$(cat "$dir/port")"
}

url() { echo "postgres://$role:$password@127.0.0.1:$(cat "$dir/port")/$database"; }

psql_admin() { # runs SQL on database postgres as the superuser, via TCP
  PGPASSWORD="$password" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$(cat "$dir/port")" \
    -U "$role" -d postgres "$@"
}

cmd_start() {
  if is_running; then
    log "already running in $dir"
    url; return
  fi
  if [ ! -f "$data/PG_VERSION" ]; then
    if [ -e "$dir" ] && [ ! -f "$marker" ] && [ -n "$(ls -A "$dir")" ]; then
      die "$dir exists, is not empty and was not made by this script; choose another LINLI_PG_DIR"
    fi
    mkdir -p "$dir"
    touch "$marker"
    chmod 755 "$dir"
    [ "$owner" = "$(id -un)" ] || chown "$owner:" "$dir"
    as_owner test -w "$dir" ||
      die "user '$owner' cannot write $dir (is a parent directory private, e.g. /root?); choose another LINLI_PG_DIR"
    log "initdb $data ($("$bin/postgres" --version), runs as $owner)"
    local pwfile="$dir/.pw"
    echo "$password" >"$pwfile"
    [ "$owner" = "$(id -un)" ] || chown "$owner:" "$pwfile"
    if ! as_owner "$bin/initdb" -D "$data" -U "$role" --pwfile="$pwfile" --auth=trust \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
      cat "$dir/initdb.log" >&2
      rm -f "$pwfile"
      die "initdb failed"
    fi
    rm -f "$pwfile"
    cat >>"$data/postgresql.conf" <<EOF

# scripts/pg-temp.sh: throwaway test cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
timezone = 'Asia/Shanghai'
log_min_messages = warning
EOF
  fi
  local port="$first_port"
  while port_in_use "$port"; do
    port=$((port + 1))
    [ "$port" -lt $((first_port + 100)) ] || die "no free port in $first_port..$((first_port + 99))"
  done
  echo "$port" >"$dir/port"
  log "starting on 127.0.0.1:$port (log: $dir/server.log)"
  [ -e "$dir/server.log" ] || { touch "$dir/server.log"; [ "$owner" = "$(id -un)" ] || chown "$owner:" "$dir/server.log"; }
  if ! as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null; then
    tail -n 40 "$dir/server.log" >&2 || true
    die "PostgreSQL did not start"
  fi
  if [ -z "$(psql_admin -tAc "select 1 from pg_database where datname = '$database'")" ]; then
    psql_admin -c "create database $database owner $role"
  fi
  url
}

cmd_stop() {
  if is_running; then
    log "stopping cluster in $dir"
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null || die "pg_ctl stop failed"
  fi
  if [ -f "$marker" ]; then
    rm -rf "$data" "$dir/port" "$dir/server.log" "$dir/initdb.log" "$dir/.pw" "$marker"
    rmdir "$dir" 2>/dev/null || log "left $dir (it holds files this script did not make)"
    log "removed $dir"
  elif [ -e "$dir" ]; then
    log "$dir was not made by this script; left it alone"
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  url) is_running || die "no cluster running in $dir (run: scripts/pg-temp.sh start)"; url ;;
  status)
    if is_running; then echo "running in $dir: $(url)"; else echo "not running ($dir)"; exit 3; fi ;;
  *) echo "usage: scripts/pg-temp.sh start|stop|url|status   (see the header of this file)" >&2; exit 2 ;;
esac
