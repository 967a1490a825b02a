#!/usr/bin/env bash
set -euo pipefail

# tag::install[]
helm install spark-41 charts/spark-demo \
  --namespace spark
# end::install[]

# tag::check[]
kubectl get pods --namespace spark
# end::check[]
