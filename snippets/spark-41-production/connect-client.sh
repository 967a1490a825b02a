#!/usr/bin/env bash
# Reaching the Spark Connect server of release spark-41 from a workstation.
set -euo pipefail

# tag::port-forward[]
kubectl -n spark-41 port-forward svc/spark-41-spark-connect 15002:15002
# end::port-forward[]

# tag::install-client[]
python3 -m pip install "pyspark-client~=4.1.0"
# end::install-client[]

# tag::driver-ui[]
kubectl -n spark-41 port-forward svc/spark-41-spark-connect 4040:4040
# end::driver-ui[]
