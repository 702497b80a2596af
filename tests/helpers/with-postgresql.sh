#!/usr/bin/env bash
# Runs a command against a PostgreSQL server of its own: a throw-away cluster in a temporary folder,
# listening on loopback only, password authentication (scram-sha-256) with the password in a
# PGPASSFILE, as a shared server is set up for real. Exports
#   NIANBAO_TEST_POSTGRESQL=postgresql://nianbao@127.0.0.1:PORT/postgres   PGPASSFILE=...
# and stops and removes the cluster afterwards, whatever the command's outcome.
#   with-postgresql.sh COMMAND [ARGS...]
# NIANBAO_TEST_POSTGRESQL_OPTIONS adds server options after the tests' own (a benchmark turns fsync back on).
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  echo "with-postgresql.sh: PostgreSQL is not installed (Debian package postgresql; .ci/install-deps installs it)" >&2
  exit 1
fi

work=$(mktemp -d /tmp/nianbao-pg.XXXXXX)
# initdb refuses to run as root: the cluster then belongs to the postgres system user.
as=()
if [ "$(id -u)" -eq 0 ]; then
  as=(runuser -u postgres --)
  chown postgres "$work"
fi
cleanup() {
  "${as[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

password="nianbao-test-$RANDOM$RANDOM"
echo "$password" > "$work/pw"
chmod 644 "$work/pw"
"${as[@]}" "$bindir/initdb" -D "$work/data" -U nianbao --auth=scram-sha-256 --pwfile="$work/pw" -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
rm -f "$work/pw"

# A free port on loopback.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${as[@]}" "$bindir/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off -c max_connections=200 ${NIANBAO_TEST_POSTGRESQL_OPTIONS:-}" start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }

echo "127.0.0.1:$port:*:nianbao:$password" > "$work/pgpass"
chmod 600 "$work/pgpass"
export PGPASSFILE="$work/pgpass"
export NIANBAO_TEST_POSTGRESQL="postgresql://nianbao@127.0.0.1:$port/postgres"
set +e
"$@"
status=$?
set -e
exit $status
