#!/usr/bin/env bash
set -euo pipefail

# tag::infra[]
helm install infra charts/infra --namespace demo --create-namespace
# end::infra[]

# tag::app[]
helm install app charts/app \
  --namespace demo \
  --set 'greeting=a|b <c>'
# end::app[]
