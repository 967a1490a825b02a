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

# tag::jar-download-logs[]
kubectl -n spark get pods -l app.kubernetes.io/instance=spark-41
kubectl -n spark logs deploy/spark-41-spark-connect -c fetch-jars
# end::jar-download-logs[]

# tag::openshift-events[]
kubectl -n spark get events --field-selector reason=FailedCreate
# end::openshift-events[]

# tag::openshift-upgrade[]
helm upgrade spark-infra charts/spark-infra -n spark -f presets/values-openshift.yaml
helm upgrade spark-35 charts/spark-3.5 -n spark \
  -f presets/values-multi-version.yaml -f presets/values-openshift.yaml
helm upgrade spark-41 charts/spark-4.1 -n spark \
  -f presets/values-multi-version.yaml -f presets/values-openshift.yaml
# end::openshift-upgrade[]
