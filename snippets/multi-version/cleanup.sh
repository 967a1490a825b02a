#!/usr/bin/env bash
# Removes what the multi-version guide installed. Deleting a namespace also deletes the
# PersistentVolumeClaims that helm uninstall leaves behind (PostgreSQL's and MinIO's data).
set -euo pipefail

# tag::uninstall-same-namespace[]
# option 1
helm uninstall spark-41 spark-35 spark-infra -n spark
kubectl delete namespace spark
# end::uninstall-same-namespace[]

# tag::uninstall-separate-namespaces[]

# option 2
helm uninstall spark-41 -n spark-41
helm uninstall spark-35 -n spark-35
helm uninstall spark-infra -n spark-infra
kubectl delete namespace spark-41 spark-35 spark-infra
# end::uninstall-separate-namespaces[]

# tag::after-decommission[]
helm uninstall spark-41 -n spark-41
helm uninstall spark-infra -n spark-infra
kubectl delete namespace spark-41 spark-infra
# end::after-decommission[]

# The regions below clean up after the scenarios of the production guides (not shown in a guide).

# tag::uninstall-35-production[]
helm uninstall spark-35 -n spark-35
helm uninstall spark-infra -n spark-infra
kubectl delete namespace spark-35 spark-infra
# end::uninstall-35-production[]

# tag::uninstall-41-production[]
helm uninstall spark-41 -n spark-41
helm uninstall spark-infra -n spark-infra
kubectl delete namespace spark-41 spark-infra
# end::uninstall-41-production[]

# tag::uninstall-jupyter-sandbox[]
helm uninstall spark-41 spark-infra -n spark
kubectl delete namespace spark
# end::uninstall-jupyter-sandbox[]
