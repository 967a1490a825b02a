#!/usr/bin/env bash
set -euo pipefail
# tag::install[]
helm install demo ./chart --namespace demo --create-namespace
# end::install[]
# tag::check[]
kubectl --namespace demo get pods
# end::check[]
