#!/usr/bin/env bash
# Checks of the multi-version guide: what each release of spark-35 and spark-41 owns. The
# label-based checks cover both deployment options (all namespaces); the ones that talk to
# PostgreSQL or a History Server come once per option.
set -euo pipefail

# tag::services[]
kubectl get services -A -l 'app.kubernetes.io/instance in (spark-35,spark-41)' \
  -L app.kubernetes.io/instance -L app
# end::services[]

# tag::metastore-databases[]
# both options: the database of each Hive Metastore
kubectl get deployments -A -l app=hive-metastore -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{"\t"}{.spec.template.spec.containers[0].env[?(@.name=="POSTGRES_DB")].value}{"\n"}{end}'
# end::metastore-databases[]

# tag::postgres-databases-same-namespace[]

# option 1: PostgreSQL in the namespace spark
kubectl -n spark exec spark-infra-postgresql-0 -- psql -U metastore -Atc \
  "SELECT datname FROM pg_database WHERE datname LIKE 'metastore_spark%' ORDER BY 1"
for db in metastore_spark35 metastore_spark41; do
  kubectl -n spark exec spark-infra-postgresql-0 -- psql -U metastore -d "$db" -Atc \
    "SELECT current_database() || ': Hive schema ' || \"SCHEMA_VERSION\" FROM \"VERSION\""
done
# end::postgres-databases-same-namespace[]

# tag::postgres-databases-separate-namespaces[]

# option 2: PostgreSQL in the namespace spark-infra
kubectl -n spark-infra exec spark-infra-postgresql-0 -- psql -U postgres -Atc \
  "SELECT datname FROM pg_database WHERE datname LIKE 'metastore_spark%' ORDER BY 1"
for db in metastore_spark35 metastore_spark41; do
  kubectl -n spark-infra exec spark-infra-postgresql-0 -- psql -U postgres -d "$db" -Atc \
    "SELECT current_database() || ': Hive schema ' || \"SCHEMA_VERSION\" FROM \"VERSION\""
done
# end::postgres-databases-separate-namespaces[]

# tag::history-log-dirs[]
# both options: the directory each History Server reads
kubectl get deployments -A -l app=spark-history-server -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name}{"\t"}{.spec.template.spec.containers[0].env[?(@.name=="SPARK_HISTORY_LOG_DIR")].value}{"\n"}{end}'
# end::history-log-dirs[]

# tag::history-applications-same-namespace[]

# option 1: both lines in the namespace spark
kubectl -n spark exec deploy/spark-35-spark-master -- /opt/spark/bin/run-example SparkPi 10
kubectl get --raw /api/v1/namespaces/spark/services/spark-35-spark-history-server:18080/proxy/api/v1/applications
kubectl get --raw /api/v1/namespaces/spark/services/spark-41-spark-history-server:18080/proxy/api/v1/applications
# end::history-applications-same-namespace[]

# tag::history-applications-separate-namespaces[]

# option 2: the namespaces spark-35 and spark-41
kubectl -n spark-35 exec deploy/spark-35-spark-master -- /opt/spark/bin/run-example SparkPi 10
kubectl get --raw /api/v1/namespaces/spark-35/services/spark-35-spark-history-server:18080/proxy/api/v1/applications
kubectl get --raw /api/v1/namespaces/spark-41/services/spark-41-spark-history-server:18080/proxy/api/v1/applications
# end::history-applications-separate-namespaces[]

# tag::service-accounts[]
kubectl get serviceaccounts -A -l 'app.kubernetes.io/instance in (spark-35,spark-41)'
# end::service-accounts[]

# tag::coexistence-test[]
snippets/multi-version/coexistence-test.sh spark-coexist
# end::coexistence-test[]
