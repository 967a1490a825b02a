#!/usr/bin/env bash
# Spark 3.5.7 standalone in production: namespaces, a dedicated metastore role, Secrets and the
# release with presets/values-spark35-production.yaml. spark-infra is installed in between with
# snippets/multi-version/shared-infra.sh. Run from the repository root.
set -euo pipefail

# tag::create-namespaces[]
kubectl apply -f snippets/spark-35-production/namespaces.yaml
# end::create-namespaces[]

# tag::create-metastore-role[]
HIVE_PASSWORD="$(openssl rand -hex 16)"
kubectl -n spark-infra exec -i spark-infra-postgresql-0 -- \
  psql -U postgres -d postgres -v ON_ERROR_STOP=1 -v password="$HIVE_PASSWORD" <<'SQL'
CREATE ROLE hive35 LOGIN PASSWORD :'password';
CREATE DATABASE metastore_spark35 OWNER hive35;
SQL
kubectl -n spark-35 create secret generic spark35-metastore-db \
  --from-literal=username=hive35 --from-literal=password="$HIVE_PASSWORD"
# end::create-metastore-role[]

# tag::copy-s3-secret[]
kubectl -n spark-35 create secret generic spark-s3 \
  --from-literal=access-key="$(kubectl -n spark-infra get secret spark-infra-s3 -o jsonpath='{.data.access-key}' | base64 -d)" \
  --from-literal=secret-key="$(kubectl -n spark-infra get secret spark-infra-s3 -o jsonpath='{.data.secret-key}' | base64 -d)"
# end::copy-s3-secret[]

# tag::install-spark-35[]
helm install spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml
# end::install-spark-35[]

# tag::wait[]
kubectl -n spark-35 wait deployment --all --for=condition=Available --timeout=20m
# end::wait[]

# tag::smoke-test[]
kubectl -n spark-35 exec deploy/spark-35-spark-master -- /opt/spark/bin/spark-submit \
  --deploy-mode cluster \
  --conf spark.standalone.submit.waitAppCompletion=true \
  --class org.apache.spark.examples.SparkPi \
  file:///opt/spark/examples/jars/spark-examples_2.12-3.5.7.jar 100
# end::smoke-test[]
