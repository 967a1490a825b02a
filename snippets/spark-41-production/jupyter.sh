#!/usr/bin/env bash
# Jupyter for data scientists on Spark 4.1.0. Run from the repository root.
set -euo pipefail

# tag::install-sandbox[]
helm install spark-41 charts/spark-4.1 -n spark -f presets/values-spark41-jupyter.yaml
# end::install-sandbox[]

# tag::enable-production[]
# a token Secret, then Jupyter on the production release
kubectl -n spark-41 create secret generic spark-41-jupyter-token \
  --from-literal=token="$(openssl rand -hex 24)"
helm upgrade spark-41 charts/spark-4.1 -n spark-41 \
  -f presets/values-spark41-production.yaml \
  -f snippets/spark-41-production/values-jupyter.yaml
# end::enable-production[]

# tag::token[]
# the login token
kubectl -n spark-41 get secret spark-41-jupyter-token -o jsonpath='{.data.token}' | base64 -d
# end::token[]

# tag::open[]
# JupyterLab on http://localhost:8888 (until Ctrl-C)
kubectl -n spark-41 port-forward svc/spark-41-jupyter 8888:8888
# end::open[]
