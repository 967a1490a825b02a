#!/usr/bin/env bash
# Coexistence test: Spark 3.5.7 and Spark 4.1.0 side by side in one namespace.
#
# Run it from the repository root:
#   snippets/multi-version/coexistence-test.sh NAMESPACE
#
# It installs spark-infra, spark-35 and spark-41 into NAMESPACE with the isolation settings of the
# multi-version guide (option 1), waits until every pod is ready, then checks through the charts'
# contract (labels app.kubernetes.io/instance and app, env POSTGRES_DB and SPARK_HISTORY_LOG_DIR,
# one ServiceAccount per release) that the two lines share no Service, metastore database,
# event-log directory or ServiceAccount. It prints PASS or FAIL per check and always removes what
# it installed, also when a check fails or the run is interrupted. A namespace that existed before
# is left in place; one the script created is deleted.
#
# Environment:
#   COEXIST_TIMEOUT  how long to wait for readiness and for the uninstall (default 15m)
#
# Exit codes: 0 every check passed; 1 a check failed or the releases did not become ready;
# 2 wrong usage or environment (no namespace, not in the repository root, tools missing,
# one of the three releases already installed in NAMESPACE).
set -euo pipefail

# tag::settings[]
usage() {
  echo "usage: $0 NAMESPACE" >&2
  echo "  run from the repository root; installs spark-infra, spark-35 and spark-41 into NAMESPACE," >&2
  echo "  checks that they are isolated and removes them again (COEXIST_TIMEOUT, default 15m)" >&2
}

if [ "$#" -ne 1 ]; then
  usage
  exit 2
fi
NAMESPACE="$1"
TIMEOUT="${COEXIST_TIMEOUT:-15m}"
# end::settings[]

# What the script has to undo; filled in as it goes, read by cleanup.
INSTALLED=""
CREATED_NAMESPACE=false
CHECKS=0
FAILED=0

log() {
  echo "==> $(date +%H:%M:%S) $*"
}

pass() {
  CHECKS=$((CHECKS + 1))
  echo "PASS  $*"
}

fail() {
  CHECKS=$((CHECKS + 1))
  FAILED=$((FAILED + 1))
  echo "FAIL  $*"
}

# tag::cleanup[]
cleanup() {
  local status=$?
  set +e
  trap - EXIT INT TERM
  if [ "$status" -ne 0 ] && [ -n "$INSTALLED" ]; then
    echo
    log "diagnostics for namespace $NAMESPACE"
    kubectl -n "$NAMESPACE" get pods -o wide
    kubectl -n "$NAMESPACE" get events --sort-by=.lastTimestamp | tail -n 30
  fi
  for release in $INSTALLED; do
    log "helm uninstall $release"
    helm uninstall "$release" -n "$NAMESPACE" --wait --timeout "$TIMEOUT" \
      || echo "warning: could not uninstall $release; remove it with: helm uninstall $release -n $NAMESPACE" >&2
  done
  if [ "$CREATED_NAMESPACE" = true ]; then
    log "kubectl delete namespace $NAMESPACE"
    kubectl delete namespace "$NAMESPACE" --timeout="$TIMEOUT" \
      || echo "warning: could not delete namespace $NAMESPACE" >&2
  fi
  exit "$status"
}

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# end::cleanup[]

# --- preconditions: nothing is installed or changed until all of them hold ---

if ! printf '%s' "$NAMESPACE" | grep -Eq '^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$'; then
  echo "error: '$NAMESPACE' is not a valid namespace name" >&2
  usage
  exit 2
fi
for chart in spark-common spark-infra spark-3.5 spark-4.1; do
  if [ ! -f "charts/$chart/Chart.yaml" ]; then
    echo "error: charts/$chart not found: run this script from the repository root" >&2
    exit 2
  fi
done
for tool in helm kubectl; do
  if ! command -v "$tool" >/dev/null; then
    echo "error: $tool is not installed" >&2
    exit 2
  fi
done
if ! kubectl get namespaces >/dev/null; then
  echo "error: kubectl cannot reach a cluster (check your kube context)" >&2
  exit 2
fi
for release in spark-infra spark-35 spark-41; do
  if helm status "$release" -n "$NAMESPACE" >/dev/null 2>&1; then
    echo "error: release $release already exists in namespace $NAMESPACE; use a namespace without it" >&2
    exit 2
  fi
done

# A chart's packed copy of spark-common is rebuilt when it is missing or older than the library.
dependencies_outdated() {
  local tgz
  tgz="$(find "charts/$1/charts" -maxdepth 1 -name 'spark-common-*.tgz' -print -quit 2>/dev/null || true)"
  [ -z "$tgz" ] || [ -n "$(find charts/spark-common -type f -newer "$tgz" -print -quit)" ]
}

for chart in spark-infra spark-3.5 spark-4.1; do
  if dependencies_outdated "$chart"; then
    log "helm dependency build charts/$chart"
    helm dependency build "charts/$chart" >/dev/null
  fi
done

# --- deploy ---

if kubectl get namespace "$NAMESPACE" >/dev/null 2>&1; then
  log "using the existing namespace $NAMESPACE (it will be kept)"
else
  log "creating namespace $NAMESPACE (Pod Security Standard restricted)"
  kubectl create namespace "$NAMESPACE"
  CREATED_NAMESPACE=true
  kubectl label namespace "$NAMESPACE" pod-security.kubernetes.io/enforce=restricted
fi

# tag::install[]
log "installing spark-infra, spark-35 and spark-41 into $NAMESPACE"
INSTALLED="spark-infra $INSTALLED"
helm install spark-infra charts/spark-infra -n "$NAMESPACE"

INSTALLED="spark-35 $INSTALLED"
helm install spark-35 charts/spark-3.5 -n "$NAMESPACE" \
  --set spark-standalone.hiveMetastore.enabled=true \
  --set spark-standalone.hiveMetastore.database.name=metastore_spark35 \
  --set spark-standalone.historyServer.enabled=true \
  --set spark-standalone.historyServer.logDirectory=s3a://spark-logs/3.5/events

INSTALLED="spark-41 $INSTALLED"
helm install spark-41 charts/spark-4.1 -n "$NAMESPACE" \
  --set hiveMetastore.enabled=true \
  --set hiveMetastore.database.name=metastore_spark41 \
  --set historyServer.enabled=true \
  --set historyServer.logDirectory=s3a://spark-logs/4.1/events
# end::install[]

# tag::wait[]
log "waiting up to $TIMEOUT for every pod to become ready"
if ! kubectl -n "$NAMESPACE" rollout status statefulset/spark-infra-postgresql --timeout="$TIMEOUT" \
  || ! kubectl -n "$NAMESPACE" rollout status statefulset/spark-infra-minio --timeout="$TIMEOUT" \
  || ! kubectl -n "$NAMESPACE" wait deployment --for=condition=Available --timeout="$TIMEOUT" \
    -l 'app.kubernetes.io/instance in (spark-35,spark-41)'; then
  fail "readiness: the releases did not become ready within $TIMEOUT (COEXIST_TIMEOUT)"
  exit 1
fi
pass "readiness: PostgreSQL, MinIO and every Deployment of spark-35 and spark-41 are ready"
# end::wait[]

# --- checks, each through labels and env variables, never through guessed object names ---

# One value per line for a jsonpath over a list of objects selected by labels.
objects() {
  kubectl -n "$NAMESPACE" get "$1" -l "$2" -o jsonpath="{range .items[*]}$3{\"\n\"}{end}"
}

# A property of the drivers' spark-defaults.conf (ConfigMap of spark-master or spark-connect).
driver_conf() {
  objects configmap "app=$1,app.kubernetes.io/instance=$2" '{.data.spark-defaults\.conf}' \
    | awk -v key="$3" '$1 == key { print $2 }'
}

psql_infra() {
  kubectl -n "$NAMESPACE" exec spark-infra-postgresql-0 -c postgresql -- psql -U metastore -Atc "$2" -d "$1"
}

# tag::check-services[]
log "check: Services"
for release in spark-35 spark-41; do
  names="$(objects services "app.kubernetes.io/instance=$release" '{.metadata.name}')"
  if [ -z "$names" ]; then
    fail "services: release $release has no Service labelled app.kubernetes.io/instance=$release"
    continue
  fi
  foreign="$(printf '%s\n' "$names" | grep -v "^$release-" || true)"
  if [ -n "$foreign" ]; then
    fail "services: Services of $release without the prefix $release-: $(echo "$foreign" | tr '\n' ' ')"
  else
    pass "services: all $(echo "$names" | wc -l | tr -d ' ') Services of $release are named $release-*"
  fi
  crossing="$(objects services "app.kubernetes.io/instance=$release" \
    '{.metadata.name}{" "}{.spec.selector.app\.kubernetes\.io/instance}' | awk -v r="$release" '$2 != r { print $1 }')"
  if [ -n "$crossing" ]; then
    fail "services: Services of $release that do not select only $release pods: $(echo "$crossing" | tr '\n' ' ')"
  else
    pass "services: every Service of $release selects pods of $release only"
  fi
done
shared="$(comm -12 \
  <(objects services 'app.kubernetes.io/instance=spark-35' '{.metadata.name}' | sort) \
  <(objects services 'app.kubernetes.io/instance=spark-41' '{.metadata.name}' | sort))"
if [ -n "$shared" ]; then
  fail "services: names claimed by both releases: $(echo "$shared" | tr '\n' ' ')"
else
  pass "services: no Service name is shared by spark-35 and spark-41"
fi
# end::check-services[]

# tag::check-metastores[]
log "check: Hive Metastore databases"
db35="$(objects deployments 'app=hive-metastore,app.kubernetes.io/instance=spark-35' \
  '{.spec.template.spec.containers[0].env[?(@.name=="POSTGRES_DB")].value}')"
db41="$(objects deployments 'app=hive-metastore,app.kubernetes.io/instance=spark-41' \
  '{.spec.template.spec.containers[0].env[?(@.name=="POSTGRES_DB")].value}')"
if [ -z "$db35" ] || [ -z "$db41" ]; then
  fail "metastore: a Hive Metastore Deployment or its POSTGRES_DB is missing (spark-35: '$db35', spark-41: '$db41')"
elif [ "$db35" = "$db41" ]; then
  fail "metastore: both Hive Metastores use the database $db35"
else
  pass "metastore: spark-35 uses database $db35, spark-41 uses $db41"
fi
databases="$(psql_infra postgres 'SELECT datname FROM pg_database')"
for db in $db35 $db41; do
  if ! printf '%s\n' "$databases" | grep -qx "$db"; then
    fail "metastore: database $db does not exist in PostgreSQL"
    continue
  fi
  version="$(psql_infra "$db" 'SELECT "SCHEMA_VERSION" FROM "VERSION"' 2>/dev/null || true)"
  if [ -n "$version" ]; then
    pass "metastore: database $db exists and holds Hive schema $version"
  else
    fail "metastore: database $db exists but holds no Hive schema (VERSION table missing)"
  fi
done
for pair in spark-master:spark-35 spark-connect:spark-41; do
  component="${pair%%:*}"
  release="${pair#*:}"
  uri="$(driver_conf "$component" "$release" spark.hadoop.hive.metastore.uris)"
  if [ "$uri" = "thrift://$release-hive-metastore:9083" ]; then
    pass "metastore: drivers of $release use their own metastore ($uri)"
  else
    fail "metastore: drivers of $release use '$uri', not thrift://$release-hive-metastore:9083"
  fi
done
# end::check-metastores[]

# tag::check-history[]
log "check: History Server log directories"
dir35="$(objects deployments 'app=spark-history-server,app.kubernetes.io/instance=spark-35' \
  '{.spec.template.spec.containers[0].env[?(@.name=="SPARK_HISTORY_LOG_DIR")].value}')"
dir41="$(objects deployments 'app=spark-history-server,app.kubernetes.io/instance=spark-41' \
  '{.spec.template.spec.containers[0].env[?(@.name=="SPARK_HISTORY_LOG_DIR")].value}')"
if [ -z "$dir35" ] || [ -z "$dir41" ]; then
  fail "history: a History Server Deployment or its SPARK_HISTORY_LOG_DIR is missing (spark-35: '$dir35', spark-41: '$dir41')"
elif [ "${dir35%/}" = "${dir41%/}" ]; then
  fail "history: both History Servers read $dir35"
else
  case "${dir41%/}/" in "${dir35%/}/"*) nested=true ;; *) nested=false ;; esac
  case "${dir35%/}/" in "${dir41%/}/"*) nested=true ;; esac
  if [ "$nested" = true ]; then
    fail "history: one log directory lies inside the other ($dir35, $dir41)"
  else
    pass "history: spark-35 reads $dir35, spark-41 reads $dir41"
  fi
fi
for pair in spark-master:spark-35:"$dir35" spark-connect:spark-41:"$dir41"; do
  component="${pair%%:*}"
  rest="${pair#*:}"
  release="${rest%%:*}"
  dir="${rest#*:}"
  written="$(driver_conf "$component" "$release" spark.eventLog.dir)"
  if [ -n "$dir" ] && [ "$written" = "$dir" ]; then
    pass "history: drivers of $release write event logs where its History Server reads ($written)"
  else
    fail "history: drivers of $release write to '$written', their History Server reads '$dir'"
  fi
done
# end::check-history[]

# tag::check-service-accounts[]
log "check: ServiceAccounts"
sa35="$(objects serviceaccounts 'app.kubernetes.io/instance=spark-35' '{.metadata.name}')"
sa41="$(objects serviceaccounts 'app.kubernetes.io/instance=spark-41' '{.metadata.name}')"
for pair in "spark-35:$sa35" "spark-41:$sa41"; do
  release="${pair%%:*}"
  accounts="${pair#*:}"
  count="$(printf '%s' "$accounts" | grep -c . || true)"
  if [ "$count" -ne 1 ]; then
    fail "serviceaccounts: release $release has $count ServiceAccounts, expected exactly one"
    continue
  fi
  used="$(objects pods "app.kubernetes.io/instance=$release" '{.spec.serviceAccountName}' | sort -u)"
  if [ "$used" = "$accounts" ]; then
    pass "serviceaccounts: $release has one ServiceAccount, $accounts, and every pod of $release runs as it"
  else
    fail "serviceaccounts: pods of $release run as '$(echo "$used" | tr '\n' ' ')', expected $accounts"
  fi
done
if [ -n "$sa35" ] && [ "$sa35" = "$sa41" ]; then
  fail "serviceaccounts: both releases use $sa35"
elif [ -n "$sa35" ] && [ -n "$sa41" ]; then
  pass "serviceaccounts: spark-35 and spark-41 have different ServiceAccounts"
fi
# end::check-service-accounts[]

echo
if [ "$FAILED" -eq 0 ]; then
  echo "coexistence test: all $CHECKS checks passed"
else
  echo "coexistence test: $FAILED of $CHECKS checks failed"
  exit 1
fi
