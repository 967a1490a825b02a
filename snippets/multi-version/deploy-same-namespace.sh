#!/usr/bin/env bash
# Option 1 of the multi-version guide (development and test): spark-infra, Spark 3.5.7 and
# Spark 4.1.0 in the namespace "spark". Run from the repository root after
# prerequisites.sh#build-dependencies.
set -euo pipefail

# tag::create-namespace[]
kubectl apply -f snippets/multi-version/namespace-spark.yaml
# end::create-namespace[]

# tag::install-infra[]
helm install spark-infra charts/spark-infra -n spark
# end::install-infra[]

# tag::install-spark-35[]
helm install spark-35 charts/spark-3.5 -n spark \
  --set spark-standalone.hiveMetastore.enabled=true \
  --set spark-standalone.hiveMetastore.database.name=metastore_spark35 \
  --set spark-standalone.historyServer.enabled=true \
  --set spark-standalone.historyServer.logDirectory=s3a://spark-logs/3.5/events
# end::install-spark-35[]

# tag::install-spark-41[]
helm install spark-41 charts/spark-4.1 -n spark \
  --set hiveMetastore.enabled=true \
  --set hiveMetastore.database.name=metastore_spark41 \
  --set historyServer.enabled=true \
  --set historyServer.logDirectory=s3a://spark-logs/4.1/events
# end::install-spark-41[]

# tag::wait[]
kubectl -n spark rollout status statefulset/spark-infra-postgresql --timeout=10m
kubectl -n spark rollout status statefulset/spark-infra-minio --timeout=10m
kubectl -n spark wait deployment --all --for=condition=Available --timeout=20m
# end::wait[]
