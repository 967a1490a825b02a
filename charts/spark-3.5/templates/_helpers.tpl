{{/* spark://<release>-spark-master:<port> */}}
{{- define "spark35.masterUrl" -}}
{{- $line := index .Values "spark-standalone" -}}
{{- printf "spark://%s:%v" (include "spark-common.fullname" (dict "ctx" . "component" "spark-master")) $line.master.port -}}
{{- end -}}

{{/*
spark-defaults.conf for drivers started in the master or worker pods: the master URL, S3A,
event logs for the History Server and the Hive Metastore when those are enabled.
*/}}
{{- define "spark35.clientConf" -}}
{{- $line := index .Values "spark-standalone" -}}
{{- $conf := dict "spark.master" (include "spark35.masterUrl" .) -}}
{{- $conf = mergeOverwrite $conf (include "spark-common.s3.sparkConf" $line.s3 | fromYaml) -}}
{{- if $line.historyServer.enabled }}
{{- $_ := set $conf "spark.eventLog.enabled" "true" -}}
{{- $_ := set $conf "spark.eventLog.dir" $line.historyServer.logDirectory -}}
{{- end }}
{{- if $line.hiveMetastore.enabled }}
{{- $_ := set $conf "spark.sql.catalogImplementation" "hive" -}}
{{- $_ := set $conf "spark.hadoop.hive.metastore.uris" (include "spark-common.hiveMetastore.uri" (dict "ctx" . "hms" $line.hiveMetastore)) -}}
{{- $_ := set $conf "spark.sql.warehouse.dir" (include "spark-common.warehouseDir" (dict "ctx" . "hms" $line.hiveMetastore)) -}}
{{- end }}
{{- toYaml (mergeOverwrite $conf ($line.sparkConf | default dict)) -}}
{{- end -}}
