#!/usr/bin/env bash
# Reaching the Spark Connect server and the web UIs of release spark-41 from a workstation.
set -euo pipefail

# tag::port-forward[]
# Spark Connect on localhost:15002; runs until Ctrl-C, so use another terminal for the rest
kubectl -n spark-41 port-forward svc/spark-41-spark-connect 15002:15002
# end::port-forward[]

# tag::install-client[]
# a PySpark client of the server's minor version
python3 -m pip install "pyspark-client~=4.1.0"
# end::install-client[]

# tag::driver-ui[]
# driver UI with the queries of all sessions: http://localhost:4040 (until Ctrl-C)
kubectl -n spark-41 port-forward svc/spark-41-spark-connect 4040:4040
# end::driver-ui[]

# tag::history-ui[]
# History Server: http://localhost:18080 (until Ctrl-C)
kubectl -n spark-41 port-forward svc/spark-41-spark-history-server 18080:18080
# end::history-ui[]
