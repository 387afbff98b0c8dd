#!/usr/bin/env bash
# Runs the whole test suite at the clock times where date logic breaks, and/or several times in
# a row on PostgreSQL and Redis, and prints one result line per run.
#
#   npm run test:clock                      # TZ=UTC at 00:30, 15:59, 16:00 and 23:59 UTC today
#   npm run test:clock -- --at 16:00        # one clock time
#   npm run test:clock -- --repeat 5        # five runs in a row at the real time
#   npm run test:clock -- --at 23:59 tests/app   # extra arguments go to vitest
#
# 16:00 UTC is midnight in the county (Asia/Shanghai), 00:30 and 23:59 straddle midnight UTC, and
# a full run takes minutes, so runs started at 15:59 and 23:59 cross a date line while they run.
# The clock is moved with libfaketime (Debian package `faketime`) as an offset from the real
# time: it keeps running, and every process the tests start (the bot, the CLI) shares it.
# PostgreSQL and Redis are used too: TEST_DATABASE_URL and TEST_REDIS_URL default to the ones
# .ci/run uses; set them to empty strings to run on SQLite only.
set -uo pipefail
cd "$(dirname "$0")/.."

export TEST_DATABASE_URL="${TEST_DATABASE_URL-postgres://postgres@127.0.0.1:5432/test}"
export TEST_REDIS_URL="${TEST_REDIS_URL-redis://127.0.0.1:6379}"
[ -n "$TEST_DATABASE_URL" ] || unset TEST_DATABASE_URL
[ -n "$TEST_REDIS_URL" ] || unset TEST_REDIS_URL

times=()
repeat=0
while [ $# -gt 0 ]; do
  case "$1" in
    --at) times+=("$2"); shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ ${#times[@]} -gt 0 ] || [ "$repeat" -gt 0 ] || times=(00:30 15:59 16:00 23:59)

if [ ${#times[@]} -gt 0 ] && ! command -v faketime >/dev/null; then
  echo "faketime is not installed: run 'apt-get install -y faketime' (Debian/Ubuntu) and retry." >&2
  exit 2
fi

results=()
failed=0
run_suite() { # label, then the command prefix (may be empty)
  local label="$1"; shift
  local log
  log="$(mktemp)"
  echo "=== $label: started at real time $(date -u +%H:%M:%S) ==="
  TZ=UTC NO_COLOR=1 "$@" npx vitest run "${vitest_args[@]}" 2>&1 | tee "$log" | grep -E '^ FAIL |^tests: ' || true
  local code=${PIPESTATUS[0]}
  local summary
  summary="$(grep -E '^tests: ' "$log" | tail -n1)"
  [ -n "$summary" ] || summary="no summary line (vitest exit code $code); log: $log"
  [ "$code" -eq 0 ] || failed=1
  [ "$code" -ne 0 ] || rm -f "$log"
  [ "$code" -eq 0 ] || summary="$summary; full log: $log"
  results+=("$label: $summary")
}

vitest_args=("$@")
for at in "${times[@]}"; do
  target="$(date -u -d "today $at" +%s)" || { echo "not a time: $at" >&2; exit 2; }
  offset=$((target - $(date -u +%s)))
  run_suite "clock $at UTC" faketime --exclude-monotonic -f "$(printf '%+d' "$offset")"
done
for i in $(seq 1 "$repeat"); do
  run_suite "run $i of $repeat" env
done

echo
echo "test:clock (TZ=UTC; PostgreSQL: ${TEST_DATABASE_URL:-not set}; Redis: ${TEST_REDIS_URL:-not set})"
printf '  %s\n' "${results[@]}"
exit "$failed"
