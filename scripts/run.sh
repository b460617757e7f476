#!/usr/bin/env bash
# Runs Prewarm: builds the WAR if needed and starts it on Payara Micro at
# http://${PREWARM_BIND_ADDRESS:-127.0.0.1}:${PREWARM_PORT:-8080}/ with an H2 file database in
# ${PREWARM_DATA_DIR:-./data}. Ctrl-C stops it; the data stays for the next start.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
select_jdk

bind=${PREWARM_BIND_ADDRESS:-127.0.0.1}
port=${PREWARM_PORT:-8080}
data_dir=${PREWARM_DATA_DIR:-./data}
mkdir -p "$data_dir"
data_dir=$(cd "$data_dir" && pwd)

# Builds the WAR and puts the Payara Micro jar beside it (web/target/runtime).
./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl web -am install
runtime=web/target/runtime

# Payara Micro binds every interface unless told otherwise; the rest is shared with the tests.
cat > "$runtime/preboot.asadmin" <<ASADMIN
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$bind
ASADMIN
cat web/src/main/payara/preboot.asadmin >> "$runtime/preboot.asadmin"
cat > "$runtime/logging.properties" <<LOGGING
handlers=java.util.logging.ConsoleHandler
java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
java.util.SimpleFormatter.format=%1\$tFT%1\$tT.%1\$tLZ %4\$s %3\$s: %5\$s%6\$s%n
.level=INFO
LOGGING

# A fresh runtime directory each start: a kept one remembers the last deployment, and Payara
# would deploy the WAR twice.
rm -rf "$data_dir/payara-runtime"

export PREWARM_DATA_DIR=$data_dir
# WRITE_DELAY=0: H2 writes each commit before acknowledging it. By default it writes up to half a
# second later, and a crash then loses work already acknowledged (a job created, a batch recorded).
# QUERY_CACHE_SIZE=64: each connection keeps 64 parsed statements instead of 8; the plan engine's
# batch path alone uses about 20 in turn, so with 8 it parsed every one every time.
export PREWARM_DB_URL=${PREWARM_DB_URL:-"jdbc:h2:file:$data_dir/prewarm;WRITE_DELAY=0;QUERY_CACHE_SIZE=64"}
export PREWARM_DB_USER=${PREWARM_DB_USER:-prewarm}
export PREWARM_DB_PASSWORD=${PREWARM_DB_PASSWORD:-prewarm}
case "$PREWARM_DB_URL" in
  jdbc:postgresql:*) default_ds_class=org.postgresql.ds.PGSimpleDataSource ;;
  # H2's Driver, not its JdbcDataSource: that class is also an XADataSource, so Payara pools it as
  # XA connections and rolls each one back twice after every commit, and with WRITE_DELAY=0 a
  # rollback writes to the file too. The plan engine ran 28 % more batches a second without them.
  *) default_ds_class=org.h2.Driver ;;
esac
export PREWARM_DB_DATASOURCE_CLASS=${PREWARM_DB_DATASOURCE_CLASS:-$default_ds_class}
# USE_NO_THREADS: Payara starts its services on one thread. Started on several (its default), a
# boot now and then hangs for ever in an HK2 deadlock: one service writes its default settings
# into the configuration (NotificationService.getOrCreateNotifierConfiguration) while others look
# services up. Seen in about 1 boot in 15 here, under load; one thread costs no boot time here.
# The tests and bench/run.sh start Payara Micro with it too.
exec "$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS \
  -Xmx${PREWARM_HEAP:-1g} ${PREWARM_JAVA_OPTS:-} \
  -jar "$runtime/payara-micro.jar" \
  --deploy web/target/prewarm.war --contextroot / \
  --port "$port" --nohazelcast --disablephonehome \
  --prebootcommandfile "$runtime/preboot.asadmin" \
  --rootdir "$data_dir/payara-runtime" \
  --logproperties "$runtime/logging.properties"
