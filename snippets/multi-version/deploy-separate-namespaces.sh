#!/usr/bin/env bash
# Option 2 of the multi-version guide (production): spark-infra in "spark-infra", Spark 3.5.7 in
# "spark-35" and Spark 4.1.0 in "spark-41". Run from the repository root; the infrastructure is
# installed with shared-infra.sh between create-namespaces and copy-secrets.
set -euo pipefail

# tag::create-namespaces[]
kubectl apply -f snippets/multi-version/namespaces-separate.yaml
# end::create-namespaces[]

# tag::copy-secrets[]
PG_USER="$(kubectl -n spark-infra get secret spark-infra-pg -o jsonpath='{.data.username}' | base64 -d)"
PG_PASSWORD="$(kubectl -n spark-infra get secret spark-infra-pg -o jsonpath='{.data.password}' | base64 -d)"
S3_ACCESS_KEY="$(kubectl -n spark-infra get secret spark-infra-s3 -o jsonpath='{.data.access-key}' | base64 -d)"
S3_SECRET_KEY="$(kubectl -n spark-infra get secret spark-infra-s3 -o jsonpath='{.data.secret-key}' | base64 -d)"
for line in 35 41; do
  kubectl -n "spark-$line" create secret generic "spark$line-metastore-db" \
    --from-literal=username="$PG_USER" --from-literal=password="$PG_PASSWORD"
  kubectl -n "spark-$line" create secret generic spark-s3 \
    --from-literal=access-key="$S3_ACCESS_KEY" --from-literal=secret-key="$S3_SECRET_KEY"
done
# end::copy-secrets[]

# tag::install-spark-35[]
helm install spark-35 charts/spark-3.5 -n spark-35 \
  --set spark-standalone.hiveMetastore.enabled=true \
  --set spark-standalone.hiveMetastore.database.name=metastore_spark35 \
  --set spark-standalone.hiveMetastore.database.host=spark-infra-postgresql.spark-infra.svc \
  --set spark-standalone.hiveMetastore.database.existingSecret=spark35-metastore-db \
  --set spark-standalone.historyServer.enabled=true \
  --set spark-standalone.historyServer.logDirectory=s3a://spark-logs/3.5/events \
  --set spark-standalone.s3.endpoint=http://spark-infra-minio.spark-infra.svc:9000 \
  --set spark-standalone.s3.existingSecret=spark-s3
# end::install-spark-35[]

# tag::install-spark-41[]
helm install spark-41 charts/spark-4.1 -n spark-41 \
  --set hiveMetastore.enabled=true \
  --set hiveMetastore.database.name=metastore_spark41 \
  --set hiveMetastore.database.host=spark-infra-postgresql.spark-infra.svc \
  --set hiveMetastore.database.existingSecret=spark41-metastore-db \
  --set historyServer.enabled=true \
  --set historyServer.logDirectory=s3a://spark-logs/4.1/events \
  --set s3.endpoint=http://spark-infra-minio.spark-infra.svc:9000 \
  --set s3.existingSecret=spark-s3
# end::install-spark-41[]

# tag::wait[]
kubectl -n spark-35 wait deployment --all --for=condition=Available --timeout=20m
kubectl -n spark-41 wait deployment --all --for=condition=Available --timeout=20m
# end::wait[]
