#!/usr/bin/env bash
# CI on a busy machine: the same test run as .ci/run (`npm test` with a throwaway PostgreSQL cluster) while
# two processes spin on the CPUs the whole time. Proves the suite waits for conditions, not for time.
# Usage: scripts/busy-ci.sh [npm test arguments, e.g. `unit`]   (HOGS=3 for three busy processes)
# The busy processes are stopped when the run ends or is interrupted; the last line stays `N passed, N failed`.
set -euo pipefail
cd "$(dirname "$0")/.."

hogs=()
stop_hogs() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop_hogs EXIT
trap 'exit 130' INT TERM
for _ in $(seq "${HOGS:-2}"); do
  node -e 'for (;;) {}' &
  hogs+=("$!")
done
echo "忙碌模式：${#hogs[@]} 个占满 CPU 的进程（${hogs[*]}）与测试同时运行"

export CI=true
set +e
scripts/pg-cluster.sh npm test -- "$@"
code=$?
set -e
stop_hogs
trap - EXIT
exit "$code"
