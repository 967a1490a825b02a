#!/usr/bin/env bash
# Upgrades and rollback of the Spark 4.1.0 production guide. Run from the repository root.
set -euo pipefail

# tag::show-values[]
helm get values spark-41 -n spark-41
# end::show-values[]

# tag::upgrade[]
helm upgrade spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml
# end::upgrade[]

# tag::restart[]
kubectl -n spark-41 rollout restart deployment -l app.kubernetes.io/instance=spark-41
# end::restart[]

# tag::history[]
helm history spark-41 -n spark-41
# end::history[]

# tag::rollback[]
helm rollback spark-41 -n spark-41
# end::rollback[]
