#!/usr/bin/env bash
# spark-infra in a namespace of its own ("spark-infra"), shared by Spark releases in other
# namespaces: option 2 of the multi-version guide and both production guides. Credentials are
# generated here and kept only in Secrets; the Spark namespaces get copies (see those guides).
# Run from the repository root after the namespaces exist.
set -euo pipefail

# tag::create-infra-secrets[]
kubectl -n spark-infra create secret generic spark-infra-pg \
  --from-literal=username=postgres \
  --from-literal=password="$(openssl rand -hex 16)"
kubectl -n spark-infra create secret generic spark-infra-s3 \
  --from-literal=access-key=spark-admin \
  --from-literal=secret-key="$(openssl rand -hex 24)"
# end::create-infra-secrets[]

# tag::install-infra[]
helm install spark-infra charts/spark-infra -n spark-infra \
  -f presets/values-infra-production.yaml
# end::install-infra[]

# tag::wait-infra[]
kubectl -n spark-infra rollout status statefulset/spark-infra-postgresql --timeout=10m
kubectl -n spark-infra rollout status statefulset/spark-infra-minio --timeout=10m
kubectl -n spark-infra wait job -l app.kubernetes.io/instance=spark-infra \
  --for=condition=Complete --timeout=10m
# end::wait-infra[]
