#!/usr/bin/env bash
# Sizing variants of the Spark 4.1.0 production guide. Run from the repository root.
set -euo pipefail

# tag::install-staging[]
helm install spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml \
  -f snippets/spark-41-production/values-staging.yaml
# end::install-staging[]
