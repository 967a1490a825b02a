{{/*
Spark History Server, shared by spark-3.5 (spark-standalone.historyServer) and spark-4.1
(historyServer). dict "ctx" "line" (the map that holds historyServer, s3 and initImages).

The log directory reaches the process only through SPARK_HISTORY_LOG_DIR
(-Dspark.history.fs.logDirectory=$(SPARK_HISTORY_LOG_DIR)), so the Deployment's env is the one
place to read which directory a release serves.
*/}}

{{- define "spark-common.historyServer" -}}
{{- $ctx := .ctx -}}
{{- $hs := .line.historyServer -}}
{{- if $hs.enabled }}
{{- $s3 := .line.s3 -}}
{{- $initImages := .line.initImages -}}
{{- $c := dict "ctx" $ctx "component" "spark-history-server" "values" $hs "uid" 185 "gid" 185 -}}
{{- $name := include "spark-common.fullname" $c -}}
{{- $jars := ternary $s3.jars.urls list $s3.jars.fetch -}}
{{- $persist := $hs.persistence | default dict -}}
{{- $conf := dict "spark.history.ui.port" (toString $hs.port) -}}
{{- if $persist.enabled }}
{{- $_ := set $conf "spark.history.store.path" "/var/lib/spark-history" -}}
{{- end }}
{{- $conf = mergeOverwrite $conf (include "spark-common.s3.sparkConf" $s3 | fromYaml) ($hs.sparkConf | default dict) -}}
---
apiVersion: v1
kind: ConfigMap
metadata:
  {{- include "spark-common.metadata" $c | nindent 2 }}
data:
  spark-defaults.conf: |
    {{- include "spark-common.sparkDefaults" $conf | trim | nindent 4 }}
{{- if $persist.enabled }}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  {{- include "spark-common.metadata" $c | nindent 2 }}
spec:
  accessModes: ["ReadWriteOnce"]
  {{- with $persist.storageClass }}
  storageClassName: {{ . | quote }}
  {{- end }}
  resources:
    requests:
      storage: {{ $persist.size }}
{{- end }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "spark-common.metadata" $c | nindent 2 }}
spec:
  replicas: 1
  {{- /* a ReadWriteOnce store cannot be shared by an old and a new pod */}}
  strategy:
    type: {{ ternary "Recreate" "RollingUpdate" ($persist.enabled | default false) }}
  selector:
    matchLabels:
      {{- include "spark-common.selectorLabels" $c | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "spark-common.labels" $c | nindent 8 }}
      annotations:
        checksum/spark-defaults: {{ toYaml $conf | sha256sum }}
        {{- with $hs.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- include "spark-common.podCommon" $c | nindent 6 }}
      {{- if or $jars (and $hs.createLogDirectory (hasPrefix "s3a://" $hs.logDirectory)) }}
      initContainers:
        {{- if $jars }}
        {{- include "spark-common.jars.initContainer" (dict "ctx" $ctx "urls" $jars "image" $initImages.curl) | nindent 8 }}
        {{- end }}
        {{- if and $hs.createLogDirectory (hasPrefix "s3a://" $hs.logDirectory) }}
        {{- include "spark-common.s3.logDirInitContainer" (dict "ctx" $ctx "s3" $s3 "image" $initImages.mc "dir" $hs.logDirectory) | nindent 8 }}
        {{- end }}
      {{- end }}
      containers:
        - name: spark-history-server
          {{- include "spark-common.containerImage" (dict "ctx" $ctx "image" $hs.image) | nindent 10 }}
          {{- /* args, not command: the image's entrypoint adds a passwd entry for an arbitrary UID (OpenShift) */}}
          args:
            - /opt/spark/bin/spark-class
            - org.apache.spark.deploy.history.HistoryServer
          env:
            - name: SPARK_HISTORY_LOG_DIR
              value: {{ $hs.logDirectory | quote }}
            - name: SPARK_HISTORY_OPTS
              value: "-Dspark.history.fs.logDirectory=$(SPARK_HISTORY_LOG_DIR)"
            - name: SPARK_CONF_DIR
              value: /opt/spark/conf
            {{- include "spark-common.s3.env" (dict "ctx" $ctx "s3" $s3) | nindent 12 }}
            {{- with $hs.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          ports:
            - name: http
              containerPort: {{ $hs.port }}
          startupProbe:
            httpGet:
              path: /
              port: http
            periodSeconds: 10
            failureThreshold: 30
          readinessProbe:
            httpGet:
              path: /
              port: http
            periodSeconds: 10
          livenessProbe:
            httpGet:
              path: /
              port: http
            periodSeconds: 20
            failureThreshold: 6
          {{- with $hs.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          securityContext:
            {{- include "spark-common.containerSecurityContext" (dict "ctx" $ctx) | nindent 12 }}
          volumeMounts:
            {{- with $jars }}
            {{- include "spark-common.jars.volumeMounts" (dict "urls" . "dir" "/opt/spark/jars") | trim | nindent 12 }}
            {{- end }}
            - name: conf
              mountPath: /opt/spark/conf
              readOnly: true
            - name: tmp
              mountPath: /tmp
            {{- /* the image's working directory is not writable for an arbitrary UID (OpenShift) */}}
            - name: work-dir
              mountPath: /opt/spark/work-dir
            {{- if $persist.enabled }}
            - name: store
              mountPath: /var/lib/spark-history
            {{- end }}
      volumes:
        - name: jars
          emptyDir: {}
        - name: tmp
          emptyDir: {}
        - name: work-dir
          emptyDir: {}
        - name: conf
          configMap:
            name: {{ $name }}
        {{- if $persist.enabled }}
        - name: store
          persistentVolumeClaim:
            claimName: {{ $name }}
        {{- end }}
---
apiVersion: v1
kind: Service
metadata:
  {{- include "spark-common.metadata" $c | nindent 2 }}
spec:
  type: ClusterIP
  selector:
    {{- include "spark-common.selectorLabels" $c | nindent 4 }}
  ports:
    - name: http
      port: {{ $hs.port }}
      targetPort: http
{{- end }}
{{- end -}}
