#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster: a temp folder, a free loopback port, trust auth.
# Usage: scripts/pg-cluster.sh <command…>   (e.g. scripts/pg-cluster.sh npm test)
# The command sees REPLYDESK_TEST_PG=postgres://postgres@127.0.0.1:PORT/postgres; the cluster is stopped and
# its folder removed when the command ends (or the script is interrupted). The command's exit code is returned
# and its output is not followed by anything (CI reads the last line).
set -euo pipefail

bin="$(compgen -G "/usr/lib/postgresql/*/bin" | sort -V | tail -n 1 || true)"
[ -n "$bin" ] || bin="$(dirname "$(command -v pg_ctl)")"
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL 未安装（需要 pg_ctl / initdb）：apt-get install postgresql" >&2; exit 1; }

dir="$(mktemp -d "${TMPDIR:-/tmp}/replydesk-pg-XXXXXX")"
# PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` system user.
as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as=(runuser -u postgres --)
fi
port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
trap 'exit 130' INT TERM

"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
  { cat "$dir/server.log" >&2; exit 1; }
export REPLYDESK_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL 测试库：$REPLYDESK_TEST_PG"

set +e
"$@"
code=$?
set -e
stop
trap - EXIT
exit "$code"
