#!/usr/bin/env bash
# Hive Metastore of the Spark 4.1.0 production guide. Run from the repository root.
set -euo pipefail

# tag::schema-version[]
kubectl -n spark-infra exec spark-infra-postgresql-0 -- \
  psql -U postgres -d metastore_spark41 -Atc 'SELECT "SCHEMA_VERSION" FROM "VERSION"'
# end::schema-version[]

# tag::backup[]
kubectl -n spark-infra exec spark-infra-postgresql-0 -- \
  pg_dump -U postgres -d metastore_spark41 > "metastore_spark41-$(date +%Y%m%d-%H%M).sql"
# end::backup[]
