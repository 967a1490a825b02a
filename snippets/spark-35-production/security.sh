#!/usr/bin/env bash
# Security of the Spark 3.5.7 production guide. Run from the repository root.
set -euo pipefail

# tag::check-pss[]
# a server-side dry run of the enforcing label: expect no warnings about violating pods
kubectl label --dry-run=server --overwrite namespace spark-35 \
  pod-security.kubernetes.io/enforce=restricted
# end::check-pss[]

# tag::apply-network-policy[]
# the NetworkPolicy above
kubectl apply -f snippets/spark-35-production/networkpolicy.yaml
# end::apply-network-policy[]

# tag::install-openshift[]
helm install spark-infra charts/spark-infra -n spark-infra \
  -f presets/values-infra-production.yaml -f presets/values-openshift.yaml
helm install spark-35 charts/spark-3.5 -n spark-35 \
  -f presets/values-spark35-production.yaml -f presets/values-openshift.yaml
# end::install-openshift[]
