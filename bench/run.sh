#!/usr/bin/env bash
# The benchmark of issue #4 (bench/README.md says what each number means):
#   bench/run.sh [all|throughput|lag|ingest]
# Starts everything on 127.0.0.1 under a temporary directory — an origin nginx serving
# BENCH_URLS static 10 KiB objects, a caching nginx in front of it, Prewarm on Payara Micro with
# an H2 database — runs the chosen parts, prints a results table and rewrites the matching block
# of bench/README.md. Run it under the shared lock so no build disturbs the numbers:
#   flock /tmp/prewarm-mvn.lock bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib.sh

mode=${1:-all}
case "$mode" in all | throughput | lag | ingest) ;; *)
  echo "usage: bench/run.sh [all|throughput|lag|ingest]" >&2
  exit 2
  ;;
esac
N=${BENCH_URLS:-20000}
C=${BENCH_CONCURRENCY:-16}
LAG_PLANS=${BENCH_LAG_PLANS:-1000}
LAG_SECONDS=${BENCH_LAG_SECONDS:-60}
# The lag plans run this long before the measured seconds. Prewarm is a service that runs for days;
# on a fresh boot the JIT is still compiling Payara's, EclipseLink's and H2's paths for a minute and
# a half (jstat: ~19,000 methods at 35 s of uptime, 24,400 at 85 s, then a few a second), and while
# it did, a second in three started 0.3-1.3 s late. The part reports what the JIT compiled in the
# warm-up and in the measured seconds, and the lag of the warm-up too.
LAG_WARMUP=${BENCH_LAG_WARMUP:-60}
WARMUP_PLANS=${BENCH_WARMUP:-3} # plans over the throughput list before any tool runs (see throughput)
INGEST_URLS=${BENCH_INGEST_URLS:-1000000}
# The ingestion part runs on an instance of its own whose whole heap is this: about the used heap
# at rest (80-90 MiB) plus the 256 MiB the target allows, so the call succeeding proves the bound.
INGEST_HEAP=${BENCH_INGEST_HEAP:-352m}
# h2 (the default: scripts/run.sh's embedded database) or postgres (a PostgreSQL server of the
# bench's own, started from Debian's postgresql under the temporary directory, settings as shipped).
DB=${BENCH_DB:-h2}
case "$DB" in h2 | postgres) ;; *) echo "bench: BENCH_DB must be h2 or postgres, got $DB" >&2 && exit 2 ;; esac
DOMAIN=www.bench.example
ADMIN_PASSWORD=bench-admin-password

log() { echo "[bench $(date -u +%T)] $*" >&2; }
die() {
  echo "bench: $*" >&2
  exit 1
}

# --- what the bench needs -------------------------------------------------------------------
ensure_tools() {
  local missing=() tool
  for tool in nginx siege wrk curl; do
    command -v "$tool" > /dev/null || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || die "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root"
    log "installing ${missing[*]}"
    apt-get install -y -q "${missing[@]}" > /dev/null || die "apt-get install ${missing[*]} failed"
  fi
  if [ "$DB" = postgres ] && ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" > /dev/null; then
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL is missing: install it (apt-get install postgresql) or run as root"
    log "installing postgresql"
    apt-get install -y -q postgresql > /dev/null || die "apt-get install postgresql failed"
  fi
  command -v node > /dev/null || die "Node.js is missing: install nodejs and npm (apt-get install nodejs npm)"
  if [ ! -d it/src/test/node/node_modules/@alicloud/esa20240910 ]; then
    log "installing the ESA SDK (npm ci --prefix it/src/test/node)"
    npm ci --prefix it/src/test/node --no-audit --no-fund > /dev/null
  fi
  select_jdk
  if [ ! -f web/target/prewarm.war ] || [ ! -f web/target/runtime/payara-micro.jar ]; then
    log "building the WAR"
    ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package -pl web -am
  fi
  h2_version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
  H2_JAR=$HOME/.m2/repository/com/h2database/h2/$h2_version/h2-$h2_version.jar
  if [ ! -f "$H2_JAR" ]; then
    ./mvnw -B -q dependency:get -Dartifact="com.h2database:h2:$h2_version" > /dev/null
  fi
}

# --- processes, all stopped on exit ---------------------------------------------------------
work=$(mktemp -d /tmp/prewarm-bench.XXXXXX)
# The cache's files live in memory (tmpfs): writing and deleting 20,000 files per run on this
# machine's disk made every run slower than the one before it, whatever the client (the
# first run was fastest in either order), so the disk, not the client, was being measured.
cache_store=$(mktemp -d /dev/shm/prewarm-bench-cache.XXXXXX 2> /dev/null || mktemp -d /tmp/prewarm-bench-cache.XXXXXX)
payara_pid=""
cleanup() {
  set +e
  [ -z "$payara_pid" ] || stop_prewarm
  [ -z "${PG_BIN:-}" ] || as_postgres "$PG_BIN/pg_ctl" -D "$work/pg/data" -m immediate stop > /dev/null 2>&1
  for name in cache origin; do nginx_stop "$name"; done
  # BENCH_KEEP_DB=DIR keeps a copy of Prewarm's database there, to query the batch records later.
  [ -z "${BENCH_KEEP_DB:-}" ] || { mkdir -p "$BENCH_KEEP_DB" && cp "$work"/data/prewarm* "$BENCH_KEEP_DB"/; }
  rm -rf "$work" "$cache_store"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

wait_for() { # wait_for DESCRIPTION SECONDS COMMAND...: polls COMMAND every 0.1 s
  local what=$1 seconds=$2 i
  shift 2
  for ((i = 0; i < seconds * 10; i++)); do
    "$@" > /dev/null 2>&1 && return 0
    sleep 0.1
  done
  die "timed out after ${seconds}s waiting for $what"
}

# Two nginx servers under $work/NAME: 'origin' serves files from $work/origin, 'cache' is a
# proxy_cache in front of it. The cache key is the URI alone, so the tools (which connect to
# 127.0.0.1) and Prewarm (which sends the URL's Host header) fill the same entries.
nginx_conf() {
  local name=$1 port=$2 dir=$work/$1
  cat <<CONF
user root;
worker_processes 1;
worker_rlimit_nofile 65536;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  keepalive_requests 1000000;
  default_type application/octet-stream;
CONF
  if [ "$name" = origin ]; then
    cat <<CONF
  access_log off;
  sendfile on;
  server {
    listen 127.0.0.1:$port;
    root $work/origin;
  }
}
CONF
  else
    cat <<CONF
  log_format bench '\$msec \$request_time \$upstream_cache_status \$status \$request_uri';
  access_log $dir/access.log bench;
  proxy_cache_path $cache_store/cache levels=1:2 keys_zone=bench:64m max_size=4g inactive=1d use_temp_path=off;
  upstream origin { server 127.0.0.1:$ORIGIN_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$port;
    location = /idle { access_log off; return 204; }
    location / {
      proxy_pass http://origin;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_cache bench;
      proxy_cache_key \$request_uri;
      proxy_cache_valid 200 1d;
      add_header X-Cache-Status \$upstream_cache_status always;
    }
  }
}
CONF
  fi
}

nginx_start() { # nginx_start NAME PORT
  local dir=$work/$1
  mkdir -p "$dir/tmp"
  nginx_conf "$1" "$2" > "$dir/nginx.conf"
  nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" || die "nginx $1 did not start: $(cat "$dir/error.log")"
  wait_for "nginx $1 on port $2" 10 curl -s -m 1 -o /dev/null "http://127.0.0.1:$2/"
}

nginx_stop() {
  local dir=$work/$1 pid
  [ -f "$dir/nginx.pid" ] || return 0
  pid=$(cat "$dir/nginx.pid")
  kill "$pid" 2> /dev/null || return 0
  while kill -0 "$pid" 2> /dev/null; do sleep 0.05; done
}

# Purge: stop the cache, empty its cache directory and log, start it again, and check that a
# URL it had cached is a MISS now (the probe is not in the URL list; the log is then emptied).
purge_cache() {
  nginx_stop cache
  rm -rf "$cache_store/cache" "$work/cache/access.log"
  nginx_start cache "$CACHE_PORT"
  local status
  status=$(curl -s -m 5 -o /dev/null -D - "http://127.0.0.1:$CACHE_PORT/o/probe" | tr -d '\r' | sed -n 's/^X-Cache-Status: //p')
  [ "$status" = MISS ] || die "the purged cache answered $status for a cached URL, not MISS"
  : > "$work/cache/access.log"
}

# What the cache's log says about the last run: requests, MISSes (distinct URIs), HITs, and the
# span from the start of the first request to the end of the last one ($msec - $request_time).
cache_log_summary() {
  awk '$5 ~ /^\/o\// {
         lines++; if ($3 == "MISS" && $4 == 200 && !seen[$5]++) miss++; if ($3 == "HIT") hit++
         start = $1 - $2; if (first == "" || start < first) first = start; if ($1 > last) last = $1
       }
       END { printf "%d %d %d %.3f\n", lines, miss, hit, last - first }' "$work/cache/access.log"
}

# --- PostgreSQL (BENCH_DB=postgres) ----------------------------------------------------------
as_postgres() { # initdb and the server refuse to run as root
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_PORT=$(free_port)
  mkdir -p "$work/pg"
  [ "$(id -u)" -ne 0 ] || chown postgres "$work/pg"
  chmod o+x "$work" # the server's user walks into $work/pg
  as_postgres "$PG_BIN/initdb" -D "$work/pg/data" -U postgres -A trust -E UTF8 > "$work/pg/initdb.log"
  as_postgres "$PG_BIN/pg_ctl" -D "$work/pg/data" -w -t 60 -l "$work/pg/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $work/pg -c timezone=UTC" start > /dev/null ||
    die "PostgreSQL did not start: $(tail -5 "$work/pg/server.log")"
  as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres prewarm
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on port $PG_PORT"
}

# --- Prewarm --------------------------------------------------------------------------------
start_prewarm() { # [heap]: -Xmx of this start (PREWARM_HEAP, 1g by default)
  local runtime=$work/payara heap=${1:-${PREWARM_HEAP:-1g}}
  PREWARM_PORT=$(free_port)
  # A fresh runtime directory each start: a kept one would deploy the WAR twice.
  rm -rf "$runtime/root"
  mkdir -p "$runtime" "$work/data"
  { echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1"
    cat web/src/main/payara/preboot.asadmin; } > "$runtime/preboot.asadmin"
  # The options and the driver of scripts/run.sh's default H2 setup; BENCH_DB_OPTIONS="" measures
  # without the options, BENCH_DB_CLASS=org.h2.jdbcx.JdbcDataSource with H2's XA datasource.
  local url=jdbc:h2:file:$work/data/prewarm${BENCH_DB_OPTIONS-;WRITE_DELAY=0;QUERY_CACHE_SIZE=64} user=prewarm
  local class=${BENCH_DB_CLASS:-org.h2.Driver}
  if [ "$DB" = postgres ]; then
    url=jdbc:postgresql://127.0.0.1:$PG_PORT/prewarm user=postgres class=org.postgresql.ds.PGSimpleDataSource
  fi
  PREWARM_DATA_DIR=$work/data PREWARM_DB_URL=$url \
    PREWARM_DB_USER=$user PREWARM_DB_PASSWORD=prewarm PREWARM_DB_DATASOURCE_CLASS=$class \
    PREWARM_ADMIN_PASSWORD=$ADMIN_PASSWORD PREWARM_OUTBOUND_ALLOWED_CIDRS=127.0.0.1/32 PREWARM_INSTANCE_NAME=bench \
    "$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS -Xmx"$heap" ${PREWARM_JAVA_OPTS:-} \
    -jar web/target/runtime/payara-micro.jar --deploy web/target/prewarm.war --contextroot / \
    --port "$PREWARM_PORT" --nohazelcast --disablephonehome \
    --prebootcommandfile "$runtime/preboot.asadmin" --rootdir "$runtime/root" > "$work/payara.log" 2>&1 &
  payara_pid=$!
  log "starting Prewarm (pid $payara_pid, port $PREWARM_PORT)"
  local deadline=$((SECONDS + 120))
  # -m 2: a health check that hangs must not hang the bench (and the lock it holds).
  until [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PREWARM_PORT/health/ready")" = 200 ]; do
    kill -0 "$payara_pid" 2> /dev/null || { tail -50 "$work/payara.log" >&2; die "Payara Micro exited"; }
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -50 "$work/payara.log" >&2
      # A boot that hangs has been a Payara/HK2 deadlock so far (see scripts/run.sh): keep its stacks.
      local dump=/tmp/prewarm-bench-hang-$(date +%s).txt
      "$JAVA_HOME/bin/jcmd" "$payara_pid" Thread.print > "$dump" 2>&1 || true
      die "Prewarm was not ready in 120 s (its threads: $dump)"
    fi
    sleep 0.1
  done
  export ESA_ENDPOINT=127.0.0.1:$PREWARM_PORT
  # One account, one AccessKey, one site warmed through the cache at concurrency C, and quotas
  # wide enough for the lag part's 1,000 plans and its API calls.
  # Once per run: a restart keeps the database, and with it what was provisioned.
  [ -n "${BENCH_AK:-}" ] || eval "$(node bench/bench.cjs provision)"
}

stop_prewarm() { # stops Payara so its H2 file can be read
  kill "$payara_pid" 2> /dev/null || true
  # A JVM stuck in a deadlock may never finish its shutdown: it must not hold the run (and the
  # lock it runs under) for ever.
  local deadline=$((SECONDS + 30))
  while kill -0 "$payara_pid" 2> /dev/null && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.2; done
  kill -9 "$payara_pid" 2> /dev/null || true # gone already, as it should be
  wait "$payara_pid" 2> /dev/null || true
  payara_pid=""
}

peak_rss_mib() { awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$payara_pid/status"; }

sql() { # sql QUERY: runs QUERY on the stopped instance's database, prints rows separated by '|'
  if [ "$DB" = postgres ]; then
    as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d prewarm -AtX -c "$1"
  else
    "$JAVA_HOME/bin/java" -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$work/data/prewarm" \
      -user prewarm -password prewarm -sql "$1" | sed '1d;$d' | tr -d ' '
  fi
}

millis_between() { # millis_between A B: SQL for B - A in milliseconds, in the database's dialect
  if [ "$DB" = postgres ]; then echo "(extract(epoch from $2 - $1) * 1000)::bigint"; else echo "datediff('MILLISECOND', $1, $2)"; fi
}

# --- the parts ------------------------------------------------------------------------------
declare -A result

run_tool() { # run_tool NAME COMMAND...: from a purged cache; checks that the cache fetched all N
  local name=$1 started ended lines miss hit span
  shift
  purge_cache
  log "$name: $N URLs at concurrency $C"
  started=$(date +%s.%N)
  "$@"
  ended=$(date +%s.%N)
  read -r lines miss hit span < <(cache_log_summary)
  if [ "$miss" -ne "$N" ]; then # reported in the table rather than thrown away with the run
    log "$name: the cache fetched only $miss of $N URLs from the origin; its log by cache status, HTTP status:"
    awk '$5 ~ /^\/o\// { print "  " $3, $4 }' "$work/cache/access.log" | sort | uniq -c >&2
  fi
  result[$name.miss]=$miss
  result[$name.span]=$span
  result[$name.wall]=$(echo "$ended - $started" | bc -l)
  result[$name.lines]=$lines
  result[$name.rate]=$(echo "$miss / $span" | bc -l)
  log "$name: $lines requests, $miss MISS, $hit HIT, ${span}s in the cache's log"
}

prewarm_plan() {
  jit_reading > "$work/jit-before.txt"
  node bench/bench.cjs throughput "$work/prewarm-urls.txt" > "$work/throughput.json"
  jit_reading > "$work/jit-after.txt"
}
jit_reading() { # methods the JIT compiled so far, and its compile time in seconds
  "$JAVA_HOME/bin/jstat" -compiler "$payara_pid" | awk 'NR == 2 { print $1, $4 }'
}
# One curl process per URL costs ~35 ms of CPU to start here (44 URLs/s at -P 16 on 300 URLs):
# each of the C curls takes N/C URLs instead, one after the other on one keep-alive connection.
xargs_curl() { xargs -P "$C" -n "$CURL_BATCH" curl -s < "$work/local-urls.txt" > /dev/null; }
siege_run() {
  # siege -c C makes every user walk the whole file (C x N requests): C sieges of one user
  # each walk their own C-th of the list once instead.
  local part pids=()
  for part in "$work"/siege-part.*; do
    siege -R "$work/siegerc" -c 1 -r once -f "$part" > "$part.out" 2>&1 &
    pids+=($!)
  done
  wait "${pids[@]}"
}
wrk_run() {
  # wrk sleeps its full -d even when every thread has stopped: end it (SIGINT) once the cache
  # has fetched all N; its time is the cache log's span like everyone else's.
  wrk -c "$C" -t 2 -d 600s -s bench/walk.lua "http://127.0.0.1:$CACHE_PORT" -- "$work/local-urls.txt" 2 > "$work/wrk.out" 2>&1 &
  local wrk_pid=$! i
  for ((i = 0; i < 6000; i++)); do
    [ "$(grep -c ' MISS ' "$work/cache/access.log")" -ge "$N" ] && break
    kill -0 "$wrk_pid" 2> /dev/null || die "wrk exited early: $(cat "$work/wrk.out")"
    sleep 0.2
  done
  kill -INT "$wrk_pid"
  wait "$wrk_pid" || true
}

throughput() {
  local tool round
  # Prewarm is a service that runs for days: its measured plan must not be the JIT's first passes
  # over the fetch path. After one warm-up plan, C2 was still compiling the fetch path (BatchRun,
  # HttpClient's message parser and writer) during the measured plan: a quarter of the machine's
  # CPU in its fetching seconds by a perf profile (session 10). BENCH_WARMUP plans (3) over the
  # same list first, each reported apart by its batch record; every tool still starts from a
  # purged cache. What the JIT still compiled during the measured plan is reported with it.
  if [[ " ${BENCH_ORDER:-prewarm} " == *" prewarm "* ]]; then
    for ((round = 1; round <= WARMUP_PLANS; round++)); do
      purge_cache # each from a purged cache too: the same work as the measured plan
      log "prewarm: warm-up plan $round of $WARMUP_PLANS over the list (reported apart)"
      node bench/bench.cjs throughput "$work/prewarm-urls.txt" > "$work/warmup-$round.json"
    done
  fi
  for tool in ${BENCH_ORDER:-wrk siege xargs prewarm}; do # Prewarm last: no head start
    case $tool in
      prewarm) run_tool prewarm prewarm_plan && result[prewarm.rss]=$(peak_rss_mib) ;;
      xargs) run_tool xargs xargs_curl ;;
      siege) run_tool siege siege_run ;;
      wrk) run_tool wrk wrk_run ;;
      *) die "BENCH_ORDER: unknown tool $tool" ;;
    esac
  done
}

lag() {
  log "lag: $LAG_PLANS plans of Interval 1 s for ${LAG_WARMUP}s + ${LAG_SECONDS}s measured"
  # Methods the JIT has compiled, once a second with the wall clock: one jstat reading the JVM's
  # shared counters, not one attach per sample.
  "$JAVA_HOME/bin/jstat" -compiler "$payara_pid" 1000 | while read -r compiled _; do
    [[ $compiled =~ ^[0-9]+$ ]] && echo "$(date +%s.%N) $compiled"
  done > "$work/compiled.txt" &
  local sampler=$!
  node bench/bench.cjs lag "$LAG_PLANS" "$LAG_SECONDS" "$work/lag-urls.txt" "$LAG_WARMUP" > "$work/lag.json"
  kill "$sampler" 2> /dev/null || true
  pkill -P "$sampler" 2> /dev/null || true
  lag_baseline
}

# The lag part's baseline, in the same run: the same bursts (LAG_PLANS requests at each whole
# second, the same mix of new URLs, C connections) sent by wrk, with no scheduler and no database,
# from a purged cache while Prewarm idles. Its lag is each request's start in the cache's log
# ($msec - $request_time) minus its second: what this machine's cache and cores allow a burst.
lag_baseline() {
  purge_cache
  local first=$(($(date +%s) + 2))
  log "lag baseline: wrk bursts of $LAG_PLANS requests at each second for ${LAG_SECONDS}s"
  wrk -c "$C" -t 2 -d "$((first - $(date +%s) + LAG_SECONDS + 3))s" -s bench/burst.lua "http://127.0.0.1:$CACHE_PORT" \
    -- "$work/lag-urls.txt" 2 "$first" "$LAG_SECONDS" "$LAG_PLANS" > "$work/burst.out" 2>&1 || die "wrk: $(cat "$work/burst.out")"
  # Request start minus its burst's second, in ms; burst k asked for URLs 10k .. 10k+9 (/o/xNNNNNN).
  awk -v first="$first" '$5 ~ /^\/o\/x/ { k = int(substr($5, 5) / 10); printf "%.0f\n", ($1 - $2 - first - k) * 1000 }' \
    "$work/cache/access.log" | sort -n > "$work/burst-lag.txt"
}

# percentile P FILE: of the sorted numbers in FILE, interpolated like H2's PERCENTILE_CONT
percentile() {
  awk -v p="$1" '{ v[NR - 1] = $1 } END { if (NR == 0) { print "nan"; exit }
    pos = p * (NR - 1); i = int(pos); printf "%.1f\n", (i + 1 < NR) ? v[i] + (pos - i) * (v[i + 1] - v[i]) : v[i] }' "$2"
}

compiled_at() { # compiled_at EPOCH-SECONDS: methods compiled by then (the last sample before it)
  awk -v at="$1" '$1 <= at { n = $2 } END { print n + 0 }' "$work/compiled.txt"
}

ingest() {
  log "ingest: one OssUrl list of $INGEST_URLS URLs"
  local jstat=$JAVA_HOME/bin/jstat jcmd=$JAVA_HOME/bin/jcmd sampler
  "$jcmd" "$payara_pid" GC.run > /dev/null
  sleep 1
  "$jstat" -gc "$payara_pid" > "$work/heap-baseline.txt"
  "$jstat" -gc "$payara_pid" 100 > "$work/heap-samples.txt" &
  sampler=$!
  node bench/bench.cjs ingest "http://127.0.0.1:$ORIGIN_PORT/lists/ingest.txt" "$INGEST_URLS" > "$work/ingest.json"
  sleep 0.3
  kill "$sampler"
  wait "$sampler" 2> /dev/null || true
  "$jcmd" "$payara_pid" GC.run > /dev/null
  sleep 1
  "$jstat" -gc "$payara_pid" > "$work/heap-after.txt"
  used() { # used heap in KiB of each sample: survivors + eden + old
    awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
         $1 ~ /^[0-9.]+$/ { printf "%d\n", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"] }' "$1"
  }
  local base peak after
  base=$(used "$work/heap-baseline.txt")
  peak=$(used "$work/heap-samples.txt" | sort -n | tail -1)
  after=$(used "$work/heap-after.txt")
  result[ingest.heap_base]=$((base / 1024))
  result[ingest.heap_peak_growth]=$(((peak - base) / 1024))
  result[ingest.heap_retained]=$(((after - base) / 1024))
  result[ingest.samples]=$(($(wc -l < "$work/heap-samples.txt") - 1))
}

# --- main -----------------------------------------------------------------------------------
ensure_tools
command -v bc > /dev/null || die "bc is missing: apt-get install bc"

log "generating $N objects of 10 KiB under $work/origin"
lag_urls=$(((LAG_WARMUP + LAG_SECONDS + 5) * 10)) # 10 plans per job (bench.cjs), one URL each per second
objects=$((N > lag_urls ? N : lag_urls))
mkdir -p "$work/origin/o" "$work/origin/lists"
(cd "$work/origin/o" && head -c $((objects * 10240)) /dev/urandom | split -b 10240 -a 6 -d - && head -c 10240 /dev/urandom > probe)
seq -f '%06g' 0 $((N - 1)) | awk -v d="$DOMAIN" '{ print "http://" d "/o/x" $1 }' > "$work/prewarm-urls.txt"
seq -f '%06g' 0 $((lag_urls - 1)) | awk -v d="$DOMAIN" '{ print "http://" d "/o/x" $1 }' > "$work/lag-urls.txt"
ORIGIN_PORT=$(free_port)
CACHE_PORT=$(free_port)
sed "s|http://$DOMAIN|http://127.0.0.1:$CACHE_PORT|" "$work/prewarm-urls.txt" > "$work/local-urls.txt"
(cd "$work" && split -n "r/$C" -a 3 -d local-urls.txt siege-part.)
CURL_BATCH=$(((N + C - 1) / C))
nginx_start origin "$ORIGIN_PORT"
nginx_start cache "$CACHE_PORT"
export CACHE_PORT DOMAIN ADMIN_PASSWORD BENCH_CONCURRENCY=$C
printf 'connection = keep-alive\nparser = false\nlogging = false\nbenchmark = true\nprotocol = HTTP/1.1\nquiet = true\nshow-logfile = false\n' > "$work/siegerc"

[ "$DB" = h2 ] || start_postgres
if [ "$mode" != ingest ]; then
  start_prewarm
  [ "$mode" = all ] || [ "$mode" = throughput ] && throughput
  [ "$mode" = all ] || [ "$mode" = lag ] && lag
  result[prewarm.rss_final]=$(peak_rss_mib)
  stop_prewarm
fi
if [ "$mode" = all ] || [ "$mode" = ingest ]; then
  seq -f '%07g' 0 $((INGEST_URLS - 1)) | awk -v d="$DOMAIN" '{ print "https://" d "/i/" $1 }' > "$work/origin/lists/ingest.txt"
  start_prewarm "$INGEST_HEAP" # same database: the lag part's records stay readable
  ingest
  stop_prewarm
fi

# --- results --------------------------------------------------------------------------------
json() { node -e 'const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]]; console.log(Array.isArray(v) ? v.join(" ") : v)' "$1" "$2"; }
num() { printf "%.${2:-0}f" "$1"; }
met() { [ "$(echo "$1" | bc -l)" -eq 1 ] && echo met || echo "not met"; }

jdk=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
db_label="H2 $h2_version (file${BENCH_DB_OPTIONS-;WRITE_DELAY=0;QUERY_CACHE_SIZE=64})"
[ "$DB" = h2 ] || db_label="PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') (default settings: fsync and synchronous_commit on)"
stamp="$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), \
$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM, Linux $(uname -r), $jdk, \
$(nginx -v 2>&1 | sed 's|nginx version: ||'), $db_label, $(siege --version 2>&1 | sed -n 's/^SIEGE /siege /p' | head -1), wrk $({ wrk -v 2>&1 || true; } | awk 'NR == 1 { print $2 }')" # wrk -v exits 1

declare -A block
if [ -n "${result[prewarm.span]:-}" ]; then
  IFS='|' read -r "result[prewarm.batch_ms]" "result[prewarm.succeeded]" "result[prewarm.failed]" < <(sql "select
    $(millis_between started_at finished_at), succeeded, failed from batch where job_id = '$(json "$work/throughput.json" jobId)'")
  result[prewarm.plan_ms]=$(json "$work/throughput.json" wallMs)
  warmup_note="" warmup_rates=""
  for ((round = 1; round <= WARMUP_PLANS; round++)); do
    warmup_ms=$(sql "select $(millis_between started_at finished_at) from batch where job_id = '$(json "$work/warmup-$round.json" jobId)'")
    warmup_rates+="${warmup_rates:+, }$(num "$(echo "$N * 1000 / $warmup_ms" | bc -l)")"
  done
  if [ "$WARMUP_PLANS" -gt 0 ]; then
    warmup_note=" Before the tools ran, $WARMUP_PLANS warm-up plans over the same
list (not in the table; \`BENCH_WARMUP=N\` sets how many) fetched $warmup_rates URLs/s by their batch records."
  fi
  read -r jit_methods_before jit_seconds_before < "$work/jit-before.txt"
  read -r jit_methods_after jit_seconds_after < "$work/jit-after.txt"
  warmup_note+=" During the measured plan (job created → finished) the JIT compiled
$((jit_methods_after - jit_methods_before)) methods in $(num "$(echo "$jit_seconds_after - $jit_seconds_before" | bc -l)" 2) s of compile time (\`jstat -compiler\`)."
  # Prewarm's rate is taken over its batch record (its first fetch to its last; the results are
  # saved after), the tools' over their span in the cache's log.
  result[prewarm.rate_log]=${result[prewarm.rate]}
  result[prewarm.rate]=$(echo "${result[prewarm.miss]} * 1000 / ${result[prewarm.batch_ms]}" | bc -l)
  # BENCH_ORDER may leave tools out: their rows and targets are left out too.
  target_row() { # target_row TOOL LABEL MINIMUM
    [ -n "${result[$1.rate]:-}" ] || return 0
    local r
    r=$(echo "${result[prewarm.rate]} / ${result[$1.rate]}" | bc -l)
    echo "| $2 | $(num "$r" 2)× | $(met "$r >= $3") |"
  }
  targets="$(target_row siege "Prewarm ≥ siege" 1)
$(target_row xargs "Prewarm ≥ xargs-curl" 1)
$(target_row wrk "Prewarm ≥ 0.5 × wrk" 0.5)"
  rows=""
  for tool in prewarm xargs siege wrk; do
    [ -n "${result[$tool.rate]:-}" ] || continue
    case $tool in
      prewarm) label="Prewarm: one plan, SliceLen $N (plan created → finished: $(num "$(echo "${result[prewarm.plan_ms]} / 1000" | bc -l)" 2) s; batch record: $(num "$(echo "${result[prewarm.batch_ms]} / 1000" | bc -l)" 2) s)" ;;
      xargs) label="\`xargs -P $C -n $CURL_BATCH curl\` ($CURL_BATCH URLs per curl process)" ;;
      siege) label="$C × \`siege -c 1 -r once\`, each on its $C-th of the list (keep-alive)" ;;
      wrk) label="\`wrk -c $C -t 2\` walking the list once (the ceiling)" ;;
    esac
    rows+="| $label | $(num "${result[$tool.rate]}") | $(num "${result[$tool.span]}" 2) | $(num "${result[$tool.wall]}" 2) | ${result[$tool.miss]} | ${result[$tool.lines]} |"$'\n'
  done
  block[throughput]="Measured $stamp.
$N distinct objects of 10 KiB, concurrency $C for every tool, each run from a purged cache.
URLs/s = distinct URLs the cache fetched from the origin (MISS, 200) / seconds.

| Client | URLs/s | seconds (cache log) | seconds (command) | URLs fetched (MISS) | requests logged |
|---|---:|---:|---:|---:|---:|
${rows}
| Target | Measured | |
|---|---|---|
$(grep . <<< "$targets" || true)

Prewarm's URLs/s is over its batch record (started → finished, $(num "${result[prewarm.batch_ms]}") ms); over its span in the
cache's log, like the others, it is $(num "${result[prewarm.rate_log]}") URLs/s. Prewarm's peak RSS (VmHWM of the Payara
Micro process, boot included) after its run: ${result[prewarm.rss]} MiB. Its batch record counts
${result[prewarm.succeeded]} URLs warmed and ${result[prewarm.failed]} failed.$warmup_note"
fi

if [ -f "$work/ingest.json" ]; then
  seconds=$(json "$work/ingest.json" seconds)
  block[ingest]="Measured $stamp.

| $INGEST_URLS-URL OssUrl file ($(($(stat -c %s "$work/origin/lists/ingest.txt") / 1048576)) MiB, served by the origin nginx) | Measured | Target | |
|---|---:|---:|---|
| CreateScheduledPreloadJob call | $(num "$seconds" 1) s | ≤ 30 s | $(met "$seconds <= 30") |
| peak heap growth (used heap sampled every 100 ms during the call − used after a full GC before it) | ${result[ingest.heap_peak_growth]} MiB | ≤ 256 MiB | $(met "${result[ingest.heap_peak_growth]} <= 256") |
| retained after a full GC once the call returned | ${result[ingest.heap_retained]} MiB | | |
| the instance's whole heap (\`-Xmx\`) during the call | $INGEST_HEAP | | |

Baseline used heap ${result[ingest.heap_base]} MiB, ${result[ingest.samples]} samples. The part runs on a Prewarm
instance of its own, started with \`-Xmx$INGEST_HEAP\` (about the baseline plus the 256 MiB allowed): the call
cannot have needed more heap than that, whatever G1 chose to leave uncollected."
fi

if [ -f "$work/lag.json" ]; then
  ids=$(json "$work/lag.json" jobIds | sed "s/\([^ ]*\)/'\1'/g; s/ /,/g")
  lag_ms=$(millis_between b.due_at b.started_at)
  measured_from=$(date -u -d "$(json "$work/lag.json" measuredFrom)" '+%F %T') # due_at is UTC
  IFS='|' read -r batches p50 p99 lag_max < <(sql "select count(*), percentile_cont(0.5) within group (order by $lag_ms),
    percentile_cont(0.99) within group (order by $lag_ms), max($lag_ms) from batch b join plan p on p.id = b.plan_id
    where b.job_id in ($ids) and b.due_at >= p.created_at and b.due_at >= timestamp '$measured_from'")
  IFS='|' read -r warm_p50 warm_p99 < <(sql "select percentile_cont(0.5) within group (order by $lag_ms),
    percentile_cont(0.99) within group (order by $lag_ms) from batch b join plan p on p.id = b.plan_id
    where b.job_id in ($ids) and b.due_at >= p.created_at and b.due_at < timestamp '$measured_from'")
  t0=$(date -u -d "$(json "$work/lag.json" t0)" +%s)
  compiled_t0=$(compiled_at "$t0")
  compiled_from=$(compiled_at $((t0 + LAG_WARMUP)))
  compiled_end=$(compiled_at $((t0 + LAG_WARMUP + LAG_SECONDS)))
  early=$(sql "select count(*) from batch b join plan p on p.id = b.plan_id where b.job_id in ($ids) and b.due_at < p.created_at")
  missed=$(sql "select sum(missed_slots) from plan where job_id in ($ids)")
  unfinished=$(sql "select count(*) from plan where job_id in ($ids) and status <> 'finished'")
  slots=$((LAG_PLANS * (LAG_SECONDS + 1))) # measured: due at T0 + WARMUP + k s, k = 0..SECONDS
  block[lag]="Measured $stamp.
$LAG_PLANS plans (10 per job) of Interval 1 s and SliceLen 1, all starting at the same whole second
($(json "$work/lag.json" t0)) and ending $((LAG_WARMUP + LAG_SECONDS)) s later, on one instance (engine tick
${PREWARM_ENGINE_TICK_MILLIS:-250} ms, at most ${PREWARM_ENGINE_MAX_BATCHES:-16} batches at once). Measured: the
batches due in the last ${LAG_SECONDS} s and at its end, from $(json "$work/lag.json" measuredFrom); the first ${LAG_WARMUP} s warm the JIT.

| Batch start lag (started − due, batch records) | Measured | Target | |
|---|---:|---:|---|
| p50 | $(num "$p50") ms | | |
| p99 | $(num "$p99") ms | ≤ 100 ms | $(met "$p99 <= 100") |
| max | $lag_max ms | | |
| warm-up (the first ${LAG_WARMUP} s): p50, p99 | $(num "$warm_p50") ms, $(num "$warm_p99") ms | | |
| baseline, wrk sending the same bursts: p50, p99, max | $(num "$(percentile 0.5 "$work/burst-lag.txt")") ms, $(num "$(percentile 0.99 "$work/burst-lag.txt")") ms, $(tail -1 "$work/burst-lag.txt") ms | | |

Slots due: $slots; batches run: $batches ($(num "$(echo "100 * $batches / $slots" | bc -l)")%); slots missed as counted by
the plans over the whole run, warm-up included: ${missed:-0} (plans not finished when the database was read: $unfinished); batches due
before their plan was created (left out): $early. Methods the JIT compiled: $((compiled_from - compiled_t0)) during the
warm-up, $((compiled_end - compiled_from)) during the measured ${LAG_SECONDS} s ($compiled_t0 before the first batch).
The baseline is wrk (\`bench/burst.lua\`, $C connections, 2 threads) sending the same bursts after the plans ended — $LAG_PLANS
requests at each whole second for ${LAG_SECONDS} s, the plans' mix of new URLs, from a purged cache — with no scheduler
and no database; its lag is each request's start in the cache's log minus its second ($(wc -l < "$work/burst-lag.txt")
requests logged of $((LAG_PLANS * LAG_SECONDS))): the floor this machine's cache and cores set for such a burst."
fi

readme_block() { # replaces the text between <!-- NAME:start --> and <!-- NAME:end --> in bench/README.md
  local file=bench/README.md
  NAME=$1 TEXT=$2 awk '
    $0 == "<!-- " ENVIRON["NAME"] ":start -->" { print; print ENVIRON["TEXT"]; skip = 1; next }
    $0 == "<!-- " ENVIRON["NAME"] ":end -->" { skip = 0 }
    !skip' "$file" > "$file.new" && mv "$file.new" "$file"
}
for part in throughput lag ingest; do
  [ -n "${block[$part]:-}" ] || continue
  printf '\n## %s\n\n%s\n' "$part" "${block[$part]}"
  readme_block "$part" "${block[$part]}"
done
echo
[ -z "${result[prewarm.rss_final]:-}" ] || echo "Prewarm's peak RSS over the throughput and lag parts: ${result[prewarm.rss_final]} MiB."
echo "bench/README.md updated."
