#!/usr/bin/env bash
# Storage variants of the Spark 4.1.0 production guide. Run from the repository root.
set -euo pipefail

# tag::upgrade-event-log-rolling[]
helm upgrade spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml \
  -f snippets/spark-41-production/values-event-log-rolling.yaml
# end::upgrade-event-log-rolling[]

# tag::upgrade-maven-mirror[]
helm upgrade spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml \
  -f snippets/spark-41-production/values-maven-mirror.yaml
# end::upgrade-maven-mirror[]

# tag::build-image[]
docker build -t registry.example.com/spark/spark:4.1.0-s3a snippets/spark-41-production
docker push registry.example.com/spark/spark:4.1.0-s3a
# end::build-image[]

# tag::upgrade-custom-image[]
helm upgrade spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml \
  -f snippets/spark-41-production/values-custom-image.yaml
# end::upgrade-custom-image[]
