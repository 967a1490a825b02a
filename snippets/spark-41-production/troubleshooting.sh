#!/usr/bin/env bash
# Diagnosis commands of the Spark 4.1.0 production guide.
set -euo pipefail

# tag::overview[]
# first: the pods and the latest events
kubectl -n spark-41 get pods -o wide
kubectl -n spark-41 get events --sort-by=.lastTimestamp
# end::overview[]

# tag::connect-logs[]
# no executors (Forbidden), lost executors: the driver log
kubectl -n spark-41 logs deploy/spark-41-spark-connect --tail=200
# end::connect-logs[]

# tag::init-logs[]
# Init: the init containers
kubectl -n spark-41 logs deploy/spark-41-spark-connect -c fetch-jars
kubectl -n spark-41 logs deploy/spark-41-hive-metastore -c prepare-database
kubectl -n spark-41 logs deploy/spark-41-spark-history-server -c create-event-log-dir
# end::init-logs[]

# tag::describe-executors[]
# executors Pending: their scheduling events
kubectl -n spark-41 describe pods -l app=spark-executor,app.kubernetes.io/instance=spark-41
# end::describe-executors[]

# tag::last-termination[]
# OOMKilled: restarts and the last termination reason
kubectl -n spark-41 get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.containerStatuses[0].restartCount}{"\t"}{.status.containerStatuses[0].lastState.terminated.reason}{"\n"}{end}'
# end::last-termination[]
