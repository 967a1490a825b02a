#!/usr/bin/env bash
# The History Server UI of the Spark 4.1.0 production guide; runs until Ctrl-C.
set -euo pipefail

# tag::history-ui[]
kubectl -n spark-41 port-forward svc/spark-41-spark-history-server 18080:18080
# end::history-ui[]
