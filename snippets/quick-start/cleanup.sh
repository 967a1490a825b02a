#!/usr/bin/env bash
# Quick start: remove everything it installed.
set -euo pipefail

# tag::uninstall[]
helm uninstall spark-41 spark-infra --namespace spark
kubectl delete namespace spark
# end::uninstall[]
