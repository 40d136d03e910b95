#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The HTTP API under load, on loopback, from a fresh server (its own home folder, a free port):
#   1. one client, one request at a time: the API's latency, beside `./riffwire generate` of the same prompts
#      (a process per prompt, what a script would otherwise run);
#   2. CLIENTS concurrent clients sending REQUESTS in all (bench/HttpLoad.java): done, failed, refused, lost;
#   3. SIGTERM with work in flight: the exit code.
# usage: bench/http-load.sh [CLIENTS=24] [REQUESTS=240] [FORMATS=mid,wav]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-24}" requests="${2:-240}" formats="${3:-mid,wav}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
export RIFFWIRE_HOME="$work/home"
./riffwire serve --port 0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 180); do [[ -s "$work/serve.out" ]] && break; sleep 0.5; done
address="$(head -1 "$work/serve.out")"
[[ "$address" == http://* ]] || { echo "serve did not start:"; cat "$work/serve.err"; exit 1; }
url="${address%%/?token=*}" token="${address##*token=}"
echo "server: $url (cores: $(nproc))"

echo
echo "== 1. one request at a time (12 s pieces, $formats): API vs a riffwire process per prompt"
java bench/HttpLoad.java --url "$url" --token "$token" --clients 1 --requests 10 --seconds 12 --formats "$formats" \
  > "$work/single.txt"
head -2 "$work/single.txt"
api_ms="$(awk 'NR==2 {print $8}' "$work/single.txt")"
ext="${formats//,/ }"
cli=()
for i in 1 2 3 4 5; do
  outs=()
  for e in $ext; do outs+=(-o "$work/cli-$i.$e"); done
  t0=$(date +%s%N)
  ./riffwire generate --seed "$i" "${outs[@]}" "a gentle folk tune in D major, 12 seconds" > /dev/null 2>&1
  cli+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
cli_ms="$(printf '%s\n' "${cli[@]}" | sort -n | sed -n 3p)"
printf '%-36s %10s\n' "median latency" "ms"
printf '%-36s %10s\n' "POST + poll to done (warm server)" "$api_ms"
printf '%-36s %10s\n' "./riffwire generate (new process)" "$cli_ms"
awk -v a="$api_ms" -v c="$cli_ms" 'BEGIN { if (a > 0) printf "%-36s %9.1fx\n", "CLI / API", c / a }'

echo
echo "== 2. $clients clients, $requests requests (8 s pieces, $formats), refused ones not sent again"
java bench/HttpLoad.java --url "$url" --token "$token" --clients "$clients" --requests "$requests" --seconds 8 \
  --formats "$formats" --timeout 900
echo
echo "== 2b. the same, each client waiting Retry-After and trying again (up to 50 times)"
java bench/HttpLoad.java --url "$url" --token "$token" --clients "$clients" --requests "$requests" --seconds 8 \
  --formats "$formats" --timeout 900 --retries 50

echo
echo "== 3. SIGTERM with work in flight"
for i in 1 2 3; do
  curl -s -o /dev/null -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    -d "{\"prompt\": \"a long symphony, 300 seconds\", \"seed\": $i, \"formats\": [\"wav\"]}" "$url/api/generations"
done
sleep 1
t0=$(date +%s%N)
kill -TERM "$server"
code=0; wait "$server" || code=$?
echo "exit code $code after $(( ($(date +%s%N) - t0) / 1000000 )) ms"
grep -ho '"status":"[a-z]*"' "$RIFFWIRE_HOME"/http/results/*/generation.json | sort | uniq -c
