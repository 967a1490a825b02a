#!/usr/bin/env bash
# Diagnosis and fixes for the common pitfalls of the multi-version guide, for option 1 (namespace
# "spark"). Run from the repository root.
set -euo pipefail

# tag::find-release-owner[]
helm list -n spark
kubectl -n spark get services -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.metadata.annotations.meta\.helm\.sh/release-name}{"\n"}{end}'
# end::find-release-owner[]

# tag::fix-isolation[]
helm upgrade spark-35 charts/spark-3.5 -n spark \
  --set spark-standalone.hiveMetastore.enabled=true \
  --set spark-standalone.hiveMetastore.database.name=metastore_spark35 \
  --set spark-standalone.historyServer.enabled=true \
  --set spark-standalone.historyServer.logDirectory=s3a://spark-logs/3.5/events
helm upgrade spark-41 charts/spark-4.1 -n spark \
  --set hiveMetastore.enabled=true \
  --set hiveMetastore.database.name=metastore_spark41 \
  --set historyServer.enabled=true \
  --set historyServer.logDirectory=s3a://spark-logs/4.1/events
# end::fix-isolation[]
