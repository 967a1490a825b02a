#!/usr/bin/env bash
# Security of the Spark 4.1.0 production guide. Run from the repository root.
set -euo pipefail

# tag::check-pss[]
# a server-side dry run of the enforcing label: expect no warnings about violating pods
kubectl label --dry-run=server --overwrite namespace spark-41 \
  pod-security.kubernetes.io/enforce=restricted
# end::check-pss[]

# tag::apply-network-policy[]
# the NetworkPolicy above
kubectl apply -f snippets/spark-41-production/networkpolicy.yaml
# end::apply-network-policy[]

# tag::install-openshift[]
helm install spark-infra charts/spark-infra -n spark-infra \
  -f presets/values-infra-production.yaml -f presets/values-openshift.yaml
helm install spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml -f presets/values-openshift.yaml
# end::install-openshift[]
