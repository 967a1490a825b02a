#!/usr/bin/env bash
# Sizing variants of the Spark 3.5.7 production guide. Run from the repository root.
set -euo pipefail

# tag::install-staging[]
helm install spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml \
  -f snippets/spark-35-production/values-staging.yaml
# end::install-staging[]

# tag::upgrade-fair-share[]
helm upgrade spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml \
  -f snippets/spark-35-production/values-fair-share.yaml
# end::upgrade-fair-share[]
