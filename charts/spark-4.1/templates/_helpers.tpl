{{/* sc://<release>-spark-connect:<port>, the address Spark Connect clients use inside the namespace. */}}
{{- define "spark41.connectUrl" -}}
{{- printf "sc://%s:%v" (include "spark-common.fullname" (dict "ctx" . "component" "spark-connect")) .Values.connect.port -}}
{{- end -}}

{{/* Headless Service through which executors reach the driver (the Connect server pod). */}}
{{- define "spark41.driverService" -}}
{{- printf "%s-driver" (include "spark-common.fullname" (dict "ctx" . "component" "spark-connect")) -}}
{{- end -}}

{{/*
spark-defaults.conf of the Connect server. The server is the driver, in client mode against the
API server of its own cluster; executors are pods it creates from the pod template below.
*/}}
{{- define "spark41.connectConf" -}}
{{- $cn := .Values.connect -}}
{{- $ex := $cn.executor -}}
{{- $s3Secret := include "spark-common.s3.secretName" (dict "ctx" . "s3" .Values.s3) -}}
{{- $conf := dict
      "spark.master" "k8s://https://kubernetes.default.svc"
      "spark.submit.deployMode" "client"
      "spark.kubernetes.namespace" .Release.Namespace
      "spark.kubernetes.container.image" (include "spark-common.image" (dict "ctx" . "image" $cn.image))
      "spark.kubernetes.container.image.pullPolicy" ($cn.image.pullPolicy | default "IfNotPresent")
      "spark.kubernetes.authenticate.executor.serviceAccountName" (include "spark-common.serviceAccountName" .)
      "spark.kubernetes.executor.podTemplateFile" "/opt/spark/conf/executor-pod-template.yaml"
      "spark.kubernetes.executor.podNamePrefix" (include "spark-common.fullname" (dict "ctx" . "component" "spark-executor"))
      "spark.kubernetes.executor.secretKeyRef.AWS_ACCESS_KEY_ID" (printf "%s:access-key" $s3Secret)
      "spark.kubernetes.executor.secretKeyRef.AWS_SECRET_ACCESS_KEY" (printf "%s:secret-key" $s3Secret)
      "spark.driver.host" (printf "%s.%s.svc" (include "spark41.driverService" .) .Release.Namespace)
      "spark.driver.bindAddress" "0.0.0.0"
      "spark.driver.port" "7078"
      "spark.driver.blockManager.port" "7079"
      "spark.blockManager.port" "7079"
      "spark.ui.port" (toString $cn.uiPort)
      "spark.connect.grpc.binding.port" (toString $cn.port)
      "spark.executor.cores" (toString $ex.cores)
      "spark.executor.memory" $ex.memory
      "spark.jars.ivy" "/tmp/.ivy2" -}}
{{- $global := .Values.global | default dict -}}
{{- with $global.imagePullSecrets }}
{{- $names := list -}}
{{- range . }}{{- $names = append $names .name -}}{{- end }}
{{- $_ := set $conf "spark.kubernetes.container.image.pullSecrets" (join "," $names) -}}
{{- end }}
{{- if $ex.dynamicAllocation.enabled }}
{{- $_ := set $conf "spark.dynamicAllocation.enabled" "true" -}}
{{- /* no external shuffle service on Kubernetes: keep executors that hold shuffle data */}}
{{- $_ := set $conf "spark.dynamicAllocation.shuffleTracking.enabled" "true" -}}
{{- $_ := set $conf "spark.dynamicAllocation.minExecutors" (toString $ex.dynamicAllocation.minExecutors) -}}
{{- $_ := set $conf "spark.dynamicAllocation.maxExecutors" (toString $ex.dynamicAllocation.maxExecutors) -}}
{{- else }}
{{- $_ := set $conf "spark.executor.instances" (toString $ex.instances) -}}
{{- end }}
{{- /* executors get S3A from the driver's file server; the driver has the jars on its classpath */}}
{{- $jars := ternary .Values.s3.jars.urls list .Values.s3.jars.fetch -}}
{{- if $jars }}
{{- $paths := list -}}
{{- range $jars }}{{- $paths = append $paths (printf "file:///opt/spark/jars/%s" (base .)) -}}{{- end }}
{{- $_ := set $conf "spark.jars" (join "," $paths) -}}
{{- end }}
{{- $conf = mergeOverwrite $conf (include "spark-common.s3.sparkConf" .Values.s3 | fromYaml) -}}
{{- if .Values.historyServer.enabled }}
{{- $_ := set $conf "spark.eventLog.enabled" "true" -}}
{{- $_ := set $conf "spark.eventLog.dir" .Values.historyServer.logDirectory -}}
{{- end }}
{{- if .Values.hiveMetastore.enabled }}
{{- $_ := set $conf "spark.sql.catalogImplementation" "hive" -}}
{{- $_ := set $conf "spark.hadoop.hive.metastore.uris" (include "spark-common.hiveMetastore.uri" (dict "ctx" . "hms" .Values.hiveMetastore)) -}}
{{- $_ := set $conf "spark.sql.warehouse.dir" (include "spark-common.warehouseDir" (dict "ctx" . "hms" .Values.hiveMetastore)) -}}
{{- end }}
{{- toYaml (mergeOverwrite $conf ($cn.sparkConf | default dict)) -}}
{{- end -}}

{{/*
Pod template for the executors (spark.kubernetes.executor.podTemplateFile): Spark fills in image,
command, resources and env, and keeps what is here, so executor pods meet PSS "restricted" too.
*/}}
{{- define "spark41.executorPodTemplate" -}}
{{- $ex := .Values.connect.executor -}}
{{- $c := dict "ctx" . "component" "spark-executor" "values" $ex "uid" 185 "gid" 185 -}}
apiVersion: v1
kind: Pod
metadata:
  labels:
    {{- include "spark-common.labels" $c | nindent 4 }}
  {{- with $ex.podAnnotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  automountServiceAccountToken: false
  enableServiceLinks: false
  securityContext:
    {{- include "spark-common.podSecurityContext" $c | nindent 4 }}
  {{- with $ex.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $ex.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  containers:
    - name: spark-executor
      securityContext:
        {{- include "spark-common.containerSecurityContext" (dict "ctx" .) | nindent 8 }}
{{- end -}}
