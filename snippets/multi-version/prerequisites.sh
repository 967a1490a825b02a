#!/usr/bin/env bash
# What every guide needs before the first install: the tools, this repository and the charts'
# dependencies. Run from the repository root, except "clone", which creates it.
set -euo pipefail

# tag::check-tools[]
helm version --short
kubectl version
kubectl auth can-i create namespaces
# end::check-tools[]

# tag::clone[]
git clone https://github.com/spark-k8s/spark-k8s-docs.git
cd spark-k8s-docs
# end::clone[]

# tag::build-dependencies[]
helm dependency build charts/spark-infra
helm dependency build charts/spark-3.5
helm dependency build charts/spark-4.1
# end::build-dependencies[]
