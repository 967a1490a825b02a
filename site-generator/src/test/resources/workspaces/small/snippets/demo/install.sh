#!/usr/bin/env bash
set -euo pipefail

# tag::infra[]
helm install spark-infra charts/spark-infra \
  --namespace spark --create-namespace
# end::infra[]

# tag::spark[]
helm install spark-41 charts/spark-4.1 \
  --namespace spark \
  --set connect.enabled=true
# end::spark[]
