#!/usr/bin/env bash
# Phased migration from Spark 3.5.7 to Spark 4.1.0 with the production layout of the
# multi-version guide (option 2: spark-infra, spark-35 and spark-41 in their own namespaces).
set -euo pipefail

# tag::backup-metastore-35[]
kubectl -n spark-infra exec spark-infra-postgresql-0 -- \
  pg_dump -U postgres -d metastore_spark35 > "metastore_spark35-$(date +%Y%m%d).sql"
# end::backup-metastore-35[]

# tag::decommission-35[]
helm uninstall spark-35 -n spark-35
# end::decommission-35[]

# tag::drop-35[]
kubectl -n spark-infra exec spark-infra-postgresql-0 -- dropdb -U postgres metastore_spark35
kubectl delete namespace spark-35
# end::drop-35[]
