#!/usr/bin/env bash
# Upgrades and rollback of the Spark 3.5.7 production guide. Run from the repository root.
set -euo pipefail

# tag::show-values[]
helm get values spark-35 -n spark-35
# end::show-values[]

# tag::upgrade[]
helm upgrade spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml
# end::upgrade[]

# tag::restart[]
kubectl -n spark-35 rollout restart deployment -l app.kubernetes.io/instance=spark-35
# end::restart[]

# tag::history[]
helm history spark-35 -n spark-35
# end::history[]

# tag::rollback[]
helm rollback spark-35 -n spark-35
# end::rollback[]
