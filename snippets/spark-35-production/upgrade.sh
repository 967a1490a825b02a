#!/usr/bin/env bash
# Upgrades and rollback of the Spark 3.5.7 production guide. Run from the repository root.
set -euo pipefail

# tag::show-values[]
# what the release was installed with
helm get values spark-35 -n spark-35
# end::show-values[]

# tag::upgrade[]
# the same values files as the install, plus your change
helm upgrade spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml
# end::upgrade[]

# tag::restart[]
# after a Secret changed: pods read Secrets only at start
kubectl -n spark-35 rollout restart deployment -l app.kubernetes.io/instance=spark-35
# end::restart[]

# tag::history[]
# if an upgrade misbehaves: back to the previous revision
helm history spark-35 -n spark-35
# end::history[]

# tag::rollback[]
helm rollback spark-35 -n spark-35
# end::rollback[]
