#!/usr/bin/env bash
# Web UIs of the Spark 3.5.7 production guide; each command runs until Ctrl-C.
set -euo pipefail

# tag::master-ui[]
# master UI: http://localhost:8080
kubectl -n spark-35 port-forward svc/spark-35-spark-master 8080:8080
# end::master-ui[]

# tag::history-ui[]
# History Server: http://localhost:18080
kubectl -n spark-35 port-forward svc/spark-35-spark-history-server 18080:18080
# end::history-ui[]
