#!/usr/bin/env bash
# Quick start: a first query through Spark Connect from a local Python client.
set -euo pipefail

# tag::client[]
python3 -m pip install 'pyspark[connect]==4.1.0'
# end::client[]

# tag::query[]
python3 - <<'PY'
from pyspark.sql import SparkSession

spark = SparkSession.builder.remote("sc://localhost:15002").getOrCreate()
spark.range(5).selectExpr("id", "id * id AS square").show()
PY
# end::query[]
