#!/usr/bin/env bash
# Upgrades and rollback of the Spark 4.1.0 production guide. Run from the repository root.
set -euo pipefail

# tag::show-values[]
# what the release was installed with
helm get values spark-41 -n spark-41
# end::show-values[]

# tag::upgrade[]
# the same values files as the install, plus your change
helm upgrade spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml
# end::upgrade[]

# tag::restart[]
# after a Secret changed: pods read Secrets only at start
kubectl -n spark-41 rollout restart deployment -l app.kubernetes.io/instance=spark-41
# end::restart[]

# tag::history[]
# if an upgrade misbehaves: back to the previous revision
helm history spark-41 -n spark-41
# end::history[]

# tag::rollback[]
helm rollback spark-41 -n spark-41
# end::rollback[]
