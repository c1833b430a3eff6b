#!/usr/bin/env bash
# Usage: bash scripts/with-postgres.sh CMD [ARGS...]
#
# Starts a throwaway PostgreSQL server (trust auth, 127.0.0.1 on a free port, data in a fresh
# temp folder), creates the database `bt_test`, exports
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:<port>/bt_test
# runs CMD, then always stops the server and removes the folder. Exits with CMD's exit code.
# The test code may CREATE DATABASE on that server (the postgres role is a superuser).
#
# Nothing is printed after CMD finishes, so CMD's last line (the test summary) stays the last line.
set -euo pipefail

log() { printf 'with-postgres: %s\n' "$*" >&2; }

if [ "$#" -eq 0 ]; then
  log "usage: bash scripts/with-postgres.sh CMD [ARGS...]"
  exit 2
fi

# --- find the binaries (Debian: /usr/lib/postgresql/<major>/bin); prefer PG_BINDIR if given ----
bindir="${PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  for candidate in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      bindir="$candidate"
      break
    fi
  done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
  log "no PostgreSQL server binaries found (looked for /usr/lib/postgresql/*/bin/initdb)."
  log "install them with:  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql"
  log "(Debian 12 ships PostgreSQL 15), or set PG_BINDIR to a folder with initdb and pg_ctl."
  exit 1
fi

# --- run as the postgres user when we are root (initdb and pg_ctl refuse to run as root) -------
as_root=0
[ "$(id -u)" -eq 0 ] && as_root=1
if [ "$as_root" -eq 1 ] && ! id postgres >/dev/null 2>&1; then
  log "running as root, but there is no 'postgres' user to run the server as"
  log "(installing Debian's postgresql package creates it)."
  exit 1
fi
as_pg() {
  if [ "$as_root" -eq 1 ]; then
    su postgres -s /bin/bash -c "cd / && $(printf '%q ' "$@")" </dev/null
  else
    "$@" </dev/null
  fi
}

# --- a free port: bind port 0 and read back what the kernel chose ------------------------------
free_port() {
  if command -v node >/dev/null 2>&1; then
    node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1]);s.close()"
  else
    log "need node or python3 to find a free port"
    return 1
  fi
}

# --- temp folder: must be reachable by the postgres user, and short enough for a socket path ---
tmp_base="${TMPDIR:-/tmp}"
if [ "${#tmp_base}" -gt 60 ] || { [ "$as_root" -eq 1 ] && ! su postgres -s /bin/bash -c "test -w $(printf '%q' "$tmp_base") -a -x $(printf '%q' "$tmp_base")" </dev/null; }; then
  tmp_base=/tmp
fi
workdir="$(mktemp -d "$tmp_base/bt-pg.XXXXXX")"
started=0

# shellcheck disable=SC2317 # invoked by the trap
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  if [ "$started" -eq 1 ]; then
    as_pg "$bindir/pg_ctl" -D "$workdir/data" -m fast -w stop >>"$workdir/stop.log" 2>&1 \
      || { log "pg_ctl stop failed:"; cat "$workdir/stop.log" >&2; }
  fi
  rm -rf "$workdir"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$workdir/data" "$workdir/sock"
if [ "$as_root" -eq 1 ]; then
  chown -R postgres:postgres "$workdir"
fi
chmod 700 "$workdir/data"

port="$(free_port)"

if ! as_pg "$bindir/initdb" -D "$workdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
  >"$workdir/initdb.log" 2>&1; then
  log "initdb failed:"
  cat "$workdir/initdb.log" >&2
  exit 1
fi

# Durability is pointless for a throwaway server; turning it off makes the tests faster.
pg_opts="-p $port -k $workdir/sock -c listen_addresses=127.0.0.1 -c max_connections=200"
pg_opts="$pg_opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
# setsid: a Ctrl-C in the terminal must reach CMD, not the server (we stop it ourselves).
if ! as_pg setsid -w "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -o "$pg_opts" -w -t 60 start \
  >"$workdir/start.log" 2>&1; then
  log "PostgreSQL did not start:"
  cat "$workdir/start.log" "$workdir/server.log" >&2 2>/dev/null || true
  exit 1
fi
started=1

if ! "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c 'CREATE DATABASE bt_test' >"$workdir/createdb.log" 2>&1; then
  log "could not create database bt_test:"
  cat "$workdir/createdb.log" >&2
  exit 1
fi

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/bt_test"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $workdir)"
log "TEST_DATABASE_URL=$TEST_DATABASE_URL"

set +e
"$@"
status=$?
set -e
exit "$status"
