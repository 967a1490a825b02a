#!/usr/bin/env bash
# Quick start: the shared infrastructure and one Spark 4.1 release with Spark Connect, a Hive
# Metastore and a History Server, all in the namespace "spark". Run from the repository root.
set -euo pipefail

# tag::dependencies[]
helm dependency build charts/spark-infra
helm dependency build charts/spark-4.1
# end::dependencies[]

# tag::infra[]
helm install spark-infra charts/spark-infra \
  --namespace spark --create-namespace \
  --wait
# end::infra[]

# tag::spark[]
helm install spark-41 charts/spark-4.1 \
  --namespace spark \
  --set connect.enabled=true \
  --set hiveMetastore.enabled=true \
  --set historyServer.enabled=true \
  --wait
# end::spark[]
