#!/usr/bin/env bash
# Quick start: check the release and reach Spark Connect and the History Server from this machine.
set -euo pipefail

# tag::status[]
kubectl get pods --namespace spark -l app.kubernetes.io/instance=spark-41
# end::status[]

# tag::port-forward[]
kubectl port-forward --namespace spark svc/spark-41-spark-connect 15002
# end::port-forward[]

# tag::history[]
kubectl port-forward --namespace spark svc/spark-41-spark-history-server 18080
# end::history[]
