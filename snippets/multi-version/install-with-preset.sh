#!/usr/bin/env bash
# The two Spark lines installed with the preset overlay presets/values-multi-version.yaml instead
# of --set flags; the shared infrastructure is installed exactly as in options 1 and 2.
set -euo pipefail

# tag::same-namespace[]
# option 1, after spark-infra is installed
helm install spark-35 charts/spark-3.5 -n spark -f presets/values-multi-version.yaml
helm install spark-41 charts/spark-4.1 -n spark -f presets/values-multi-version.yaml
# end::same-namespace[]

# tag::separate-namespaces[]

# option 2, after the Secrets are copied
helm install spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-multi-version.yaml \
  -f snippets/multi-version/values-separate-namespaces.yaml
helm install spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-multi-version.yaml \
  -f snippets/multi-version/values-separate-namespaces.yaml
# end::separate-namespaces[]
