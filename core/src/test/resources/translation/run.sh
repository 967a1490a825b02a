#!/usr/bin/env bash
set -euo pipefail
# tag::namespace[]
kubectl create namespace demo
# end::namespace[]
# tag::install[]
helm install demo ./chart -n demo
# end::install[]
# tag::wait[]
kubectl -n demo rollout status deploy/demo
# end::wait[]
# tag::check[]
kubectl -n demo get pods
# end::check[]
# tag::uninstall[]
helm uninstall demo -n demo
# end::uninstall[]
