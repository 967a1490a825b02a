#!/usr/bin/env bash
# Diagnosis commands of the Spark 3.5.7 production guide.
set -euo pipefail

# tag::overview[]
# first: the pods and the latest events
kubectl -n spark-35 get pods -o wide
kubectl -n spark-35 get events --sort-by=.lastTimestamp
# end::overview[]

# tag::describe-workers[]
# Pending: scheduling events of the workers
kubectl -n spark-35 describe pods -l app=spark-worker
# end::describe-workers[]

# tag::init-logs[]
# Init or Init:Error: the init containers
kubectl -n spark-35 logs deploy/spark-35-spark-master -c fetch-jars
kubectl -n spark-35 logs deploy/spark-35-hive-metastore -c prepare-database
kubectl -n spark-35 logs deploy/spark-35-spark-history-server -c create-event-log-dir
# end::init-logs[]

# tag::workers-registered[]
# jobs get no resources: workers the master registered
kubectl -n spark-35 logs deploy/spark-35-spark-master | grep 'Registering worker'
# end::workers-registered[]

# tag::metastore-logs[]
# CrashLoopBackOff of the Hive Metastore
kubectl -n spark-35 logs deploy/spark-35-hive-metastore --tail=100
# end::metastore-logs[]

# tag::last-termination[]
# OOMKilled: restarts and the last termination reason
kubectl -n spark-35 get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.containerStatuses[0].restartCount}{"\t"}{.status.containerStatuses[0].lastState.terminated.reason}{"\n"}{end}'
# end::last-termination[]
