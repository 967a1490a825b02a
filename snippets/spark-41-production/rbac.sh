#!/usr/bin/env bash
# Executors as pods: what the Connect server may do and which pods it created.
set -euo pipefail

# tag::permissions[]
kubectl -n spark-41 auth can-i --list --as=system:serviceaccount:spark-41:spark-41-spark
# end::permissions[]

# tag::executors[]
kubectl -n spark-41 get pods -l app=spark-executor,app.kubernetes.io/instance=spark-41 -o wide
# end::executors[]
