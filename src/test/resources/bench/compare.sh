#!/usr/bin/env bash
# The whole update pipeline beside PostgreSQL's own commit rate, with load generators outside the JVM (Debian's wrk
# and pgbench), on one machine: the bot is started by ./otinish (its default JVM sizing) on a new data folder, its
# 256 chats choose Russian, and after a warm-up (the JIT needs a minute under load on two cores) it gets, for
# SECONDS each: FAQ questions (chat.lua), "/menu" (the same pipeline without the search), FAQ questions and "/menu" from
# one chat at a time, and then pgbench runs the same transaction shape (shape.sql) on the bot's own embedded server, from 32 connections
# and from one. Prints updates/s, p50, p99 and the ratios, the CPU each update or transaction cost the bot, PostgreSQL and
# the rest of the machine (the load generator, mostly), and the bot's peak RSS. Usage, from the project root: src/test/resources/bench/compare.sh [SECONDS] [WARMUP_SECONDS]
set -euo pipefail
seconds=${1:-15}
warmup=${2:-60}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
data="$(mktemp -d /tmp/otinish-bench.XXXXXX)"
port=18080
token=chat-token-for-test-1234
for tool in wrk pgbench psql curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk postgresql-client curl)" >&2; exit 1; }
done

cd "$root"
# No ahead-of-time cache recording during the measurement (the first service run after a build would record one).
OTINISH_AOT=off OTINISH_DATA_DIR="$data" HTTP_HOST=127.0.0.1 HTTP_PORT=$port HTTP_CHAT_TOKEN=$token ./otinish run > "$data/bot.log" 2>&1 &
launcher=$!
# The bot's exit status after SIGTERM is 143: under set -e a bare wait would end the trap before the clean-up.
trap 'kill $launcher 2>/dev/null; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do
  kill -0 $launcher 2>/dev/null || { cat "$data/bot.log" >&2; exit 1; }
  sleep 0.2
done
bot=$(pgrep -f "otinish.jar run" -n)
pg_port=$(grep -o "ready on port [0-9]*" "$data/bot.log" | grep -o "[0-9]*$")
postmaster=$(head -1 "$data/postgres/postmaster.pid")
# CPU in clock ticks: the bot; PostgreSQL (the postmaster, the backends it has reaped, and those alive); the machine
ticks() { awk '{ print $14 + $15 + ($16 + $17) * with_children }' with_children="${2:-0}" "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local sum; sum=$(ticks "$postmaster" 1); for c in $(pgrep -P "$postmaster"); do sum=$((sum + $(ticks "$c"))); done; echo "$sum"; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
snapshot() { echo "$(ticks "$bot") $(pg_ticks) $(machine_ticks)"; }
# "bot PostgreSQL rest" in microseconds per update, from two snapshots and the number of updates
per_update() { echo "$1 $2" | awk -v n="$3" -v hz="$(getconf CLK_TCK)" '{ f = 1e6 / hz / n; printf "%.0f %.0f %.0f", ($4 - $1) * f, ($5 - $2) * f, (($6 - $3) - ($4 - $1) - ($5 - $2)) * f }'; }
for i in $(seq 0 255); do
  curl -s -o /dev/null -X POST "http://127.0.0.1:$port/chat" -H "Authorization: Bearer $token" \
    -H "Content-Type: application/json" -d "{\"chatId\":\"v$i\",\"text\":\"/start ru\"}"
done

( while kill -0 "$bot" 2>/dev/null; do ps -o rss= -p "$bot"; sleep 0.5; done ) > "$data/rss.txt" &
sampler=$!
wrk -t2 -c32 -d"${warmup}s" -s "$here/chat.lua" "http://127.0.0.1:$port/" > /dev/null

# wrk's "--latency" lines: "50%  12.3ms"; in milliseconds
ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else { sub(/s$/, "", v); v *= 1000 }; printf "%.1f", v }'; }
run() {
  local out before after; before=$(snapshot)
  out=$(wrk -t"${threads:-2}" -c"${connections:-32}" -d"${seconds}s" --latency -s "$here/chat.lua" "http://127.0.0.1:$port/" -- "$@")
  after=$(snapshot)
  echo "$(echo "$out" | awk '/Requests\/sec/ { printf "%.0f", $2 }') $(echo "$out" | ms 50%) $(echo "$out" | ms 99%) $(per_update "$before" "$after" "$(echo "$out" | awk '/requests in/ { print $1 }')")"
}
read -r faq_rate faq_p50 faq_p99 faq_cpu < <(run questions)
read -r menu_rate menu_p50 menu_p99 menu_cpu < <(run menu)
kill $sampler
# One chat at a time: each message waits for the last one's answer, as a single person's do.
read -r one_rate one_p50 one_p99 one_cpu < <(threads=1 connections=1 run questions)
read -r onem_rate onem_p50 onem_p99 onem_cpu < <(threads=1 connections=1 run menu)

psql -q -h 127.0.0.1 -p "$pg_port" -U postgres postgres \
  -c "create table if not exists bench_reference (id bigserial primary key, chat text, at timestamptz default now())"
before=$(snapshot)
( cd "$data" && pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -n -c 32 -j 2 -T "$seconds" -l -f "$here/shape.sql" postgres > pgbench.txt 2>&1 )
pg_cpu=$(per_update "$before" "$(snapshot)" "$(awk '/transactions actually processed/ { print $NF }' "$data/pgbench.txt")")
pg_rate=$(awk '/^tps/ { printf "%.0f", $3 }' "$data/pgbench.txt")
# pgbench's per-transaction log: the third field is the latency in microseconds
percentiles() { cat "$data"/pgbench_log.* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int(NR * 0.5)] / 1000, v[int(NR * 0.99)] / 1000 }'; }
read -r pg_p50 pg_p99 < <(percentiles)
rm -f "$data"/pgbench_log.*
before=$(snapshot)
( cd "$data" && pgbench -h 127.0.0.1 -p "$pg_port" -U postgres -n -c 1 -j 1 -T "$seconds" -l -f "$here/shape.sql" postgres > pgbench1.txt 2>&1 )
pg1_cpu=$(per_update "$before" "$(snapshot)" "$(awk '/transactions actually processed/ { print $NF }' "$data/pgbench1.txt")")
pg1_rate=$(awk '/^tps/ { printf "%.0f", $3 }' "$data/pgbench1.txt")
read -r pg1_p50 pg1_p99 < <(percentiles)

# CPU per update as "bot / PostgreSQL / rest", in microseconds
cpu() { echo "$1" | awk '{ printf "%s / %s / %s", $1, $2, $3 }'; }
printf '%-26s %9s %9s %9s %12s   %s\n' "" "per s" "p50 ms" "p99 ms" "of pgbench" "CPU µs per update: bot / PostgreSQL / rest"
printf '%-26s %9s %9s %9s %11.0f%%   %s\n' "bot, FAQ questions" "$faq_rate" "$faq_p50" "$faq_p99" "$(echo "100 * $faq_rate / $pg_rate" | bc -l)" "$(cpu "$faq_cpu")"
printf '%-26s %9s %9s %9s %11.0f%%   %s\n' "bot, /menu" "$menu_rate" "$menu_p50" "$menu_p99" "$(echo "100 * $menu_rate / $pg_rate" | bc -l)" "$(cpu "$menu_cpu")"
printf '%-26s %9s %9s %9s %12s   %s\n' "pgbench, the same shape" "$pg_rate" "$pg_p50" "$pg_p99" "" "$(cpu "$pg_cpu")"
printf '%-26s %9s %9s %9s %11.0f%%   %s\n' "bot, FAQ, 1 chat" "$one_rate" "$one_p50" "$one_p99" "$(echo "100 * $one_rate / $pg1_rate" | bc -l)" "$(cpu "$one_cpu")"
printf '%-26s %9s %9s %9s %11.0f%%   %s\n' "bot, /menu, 1 chat" "$onem_rate" "$onem_p50" "$onem_p99" "$(echo "100 * $onem_rate / $pg1_rate" | bc -l)" "$(cpu "$onem_cpu")"
printf '%-26s %9s %9s %9s %12s   %s\n' "pgbench, 1 connection" "$pg1_rate" "$pg1_p50" "$pg1_p99" "" "$(cpu "$pg1_cpu")"
echo "1 chat's p50 against one commit's: FAQ $(echo "$one_p50 / $pg1_p50" | bc -l | xargs printf '%.1f')x, /menu $(echo "$onem_p50 / $pg1_p50" | bc -l | xargs printf '%.1f')x"
echo "p99 against pgbench's: FAQ $(echo "$faq_p99 / $pg_p99" | bc -l | xargs printf '%.1f')x, /menu $(echo "$menu_p99 / $pg_p99" | bc -l | xargs printf '%.1f')x"
peak=$(sort -n "$data/rss.txt" | tail -1)
echo "bot RSS peak under load: $peak KiB ($(echo "$peak / 1024" | bc -l | xargs printf "%.1f") MiB)"
