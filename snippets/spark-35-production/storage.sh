#!/usr/bin/env bash
# Storage variants of the Spark 3.5.7 production guide. Run from the repository root.
set -euo pipefail

# tag::build-image[]
docker build -t registry.example.com/spark/spark:3.5.7-s3a snippets/spark-35-production
docker push registry.example.com/spark/spark:3.5.7-s3a
# end::build-image[]

# tag::upgrade-custom-image[]
helm upgrade spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml \
  -f snippets/spark-35-production/values-custom-image.yaml
# end::upgrade-custom-image[]

# tag::upgrade-maven-mirror[]
helm upgrade spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml \
  -f snippets/spark-35-production/values-maven-mirror.yaml
# end::upgrade-maven-mirror[]

# tag::upgrade-external-s3[]
helm upgrade spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml \
  -f snippets/spark-35-production/values-external-s3.yaml
# end::upgrade-external-s3[]
