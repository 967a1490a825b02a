#!/usr/bin/env bash
set -euo pipefail

# tag::status[]
kubectl get pods -n demo
# end::status[]
