# A Spark Connect session from a workstation, through
#   kubectl -n spark-41 port-forward svc/spark-41-spark-connect 15002:15002
# Inside the cluster use sc://spark-41-spark-connect.spark-41.svc:15002 instead.
# tag::session[]
from pyspark.sql import SparkSession

spark = SparkSession.builder.remote("sc://localhost:15002").getOrCreate()
print(spark.version)
spark.range(10).selectExpr("id", "id * id AS square").show()
# end::session[]
