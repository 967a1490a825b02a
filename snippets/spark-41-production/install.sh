#!/usr/bin/env bash
# Spark 4.1.0 in production: namespaces, a dedicated metastore role, Secrets and the release with
# presets/values-spark41-production.yaml. spark-infra is installed in between with
# snippets/multi-version/shared-infra.sh. Run from the repository root.
set -euo pipefail

# tag::create-namespaces[]
kubectl apply -f snippets/spark-41-production/namespaces.yaml
# end::create-namespaces[]

# tag::create-metastore-role[]
HIVE_PASSWORD="$(openssl rand -hex 16)"
kubectl -n spark-infra exec -i spark-infra-postgresql-0 -- \
  psql -U postgres -d postgres -v ON_ERROR_STOP=1 -v password="$HIVE_PASSWORD" <<'SQL'
CREATE ROLE hive41 LOGIN PASSWORD :'password';
CREATE DATABASE metastore_spark41 OWNER hive41;
SQL
kubectl -n spark-41 create secret generic spark41-metastore-db \
  --from-literal=username=hive41 --from-literal=password="$HIVE_PASSWORD"
# end::create-metastore-role[]

# tag::copy-s3-secret[]
kubectl -n spark-41 create secret generic spark-s3 \
  --from-literal=access-key="$(kubectl -n spark-infra get secret spark-infra-s3 -o jsonpath='{.data.access-key}' | base64 -d)" \
  --from-literal=secret-key="$(kubectl -n spark-infra get secret spark-infra-s3 -o jsonpath='{.data.secret-key}' | base64 -d)"
# end::copy-s3-secret[]

# tag::install-spark-41[]
helm install spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml
# end::install-spark-41[]

# tag::wait[]
kubectl -n spark-41 wait deployment --all --for=condition=Available --timeout=20m
# end::wait[]

# tag::smoke-test[]
kubectl -n spark-41 delete job spark-41-smoke-test --ignore-not-found
kubectl apply -f snippets/spark-41-production/smoke-test.yaml
kubectl -n spark-41 wait job/spark-41-smoke-test --for=condition=Complete --timeout=10m
kubectl -n spark-41 logs job/spark-41-smoke-test
# end::smoke-test[]
