{{/*
S3-compatible object storage (MinIO from spark-infra by default): credentials, Spark/Hadoop
settings, the S3A jars and the event-log prefix.

Credentials never go into a ConfigMap or a command line: pods get AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY from a Secret, and S3A reads them through its default credential chain
(EnvironmentVariableCredentialsProvider), in Spark, the Spark executors and Hive alike.
*/}}

{{/* Secret holding the S3 keys (keys "access-key", "secret-key"); dict "ctx" "s3". */}}
{{- define "spark-common.s3.secretName" -}}
{{- .s3.existingSecret | default (printf "%s-s3" (include "spark-common.fullname" (dict "ctx" .ctx "component" "spark"))) -}}
{{- end -}}

{{- define "spark-common.s3.secret" -}}
{{- if not .s3.existingSecret }}
---
apiVersion: v1
kind: Secret
metadata:
  {{- include "spark-common.metadata" (dict "ctx" .ctx "component" "spark" "name" (include "spark-common.s3.secretName" .)) | nindent 2 }}
type: Opaque
stringData:
  access-key: {{ .s3.accessKey | quote }}
  secret-key: {{ .s3.secretKey | quote }}
{{- end }}
{{- end -}}

{{/* env entries with the S3 keys; dict "ctx" "s3". */}}
{{- define "spark-common.s3.env" -}}
- name: AWS_ACCESS_KEY_ID
  valueFrom:
    secretKeyRef:
      name: {{ include "spark-common.s3.secretName" . }}
      key: access-key
- name: AWS_SECRET_ACCESS_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "spark-common.s3.secretName" . }}
      key: secret-key
{{- end -}}

{{/* S3A settings as a YAML map of Hadoop keys (without the "spark.hadoop." prefix); takes the s3 values. */}}
{{- define "spark-common.s3.hadoopConf" -}}
fs.s3a.endpoint: {{ .endpoint | quote }}
fs.s3a.endpoint.region: {{ .region | quote }}
fs.s3a.path.style.access: {{ .pathStyleAccess | toString | quote }}
fs.s3a.connection.ssl.enabled: {{ hasPrefix "https://" .endpoint | toString | quote }}
{{- end -}}

{{/* The same settings as Spark properties ("spark.hadoop." + key). */}}
{{- define "spark-common.s3.sparkConf" -}}
{{- range $k, $v := include "spark-common.s3.hadoopConf" . | fromYaml }}
spark.hadoop.{{ $k }}: {{ $v | quote }}
{{- end }}
{{- end -}}

{{/* Lines of a spark-defaults.conf from a map, sorted so the rendered ConfigMap is stable. */}}
{{- define "spark-common.sparkDefaults" -}}
{{- range $k := keys . | sortAlpha }}
{{ printf "%-50s %v" $k (get $ $k) }}
{{- end }}
{{- end -}}

{{/*
Jar downloads. Images ship without the PostgreSQL JDBC driver (Hive) and without S3A (Spark);
an initContainer fetches the pinned jars from Maven Central (or a mirror: the URLs are values)
into an emptyDir, checks each against the .sha1 file published next to it, and the main
container mounts every file into its classpath directory with subPath.

dict "ctx" "urls" "image" and optional "name" (defaults to "fetch-jars").
*/}}
{{- define "spark-common.jars.initContainer" -}}
- name: {{ .name | default "fetch-jars" }}
  {{- include "spark-common.containerImage" (dict "ctx" .ctx "image" .image) | nindent 2 }}
  command: ["/bin/sh", "-ec"]
  args:
    - |
      cd /jars
      for url in $JAR_URLS; do
        name="${url##*/}"
        if [ -s "$name" ]; then continue; fi
        echo "fetching $url"
        curl -fsSL --retry 5 --retry-delay 5 -o "$name.part" "$url"
        expected="$(curl -fsSL --retry 5 --retry-delay 5 "$url.sha1" | cut -c1-40)"
        actual="$(sha1sum "$name.part" | cut -c1-40)"
        if [ "$expected" != "$actual" ]; then
          echo "checksum mismatch for $name: expected $expected, got $actual" >&2
          exit 1
        fi
        mv "$name.part" "$name"
      done
  env:
    - name: JAR_URLS
      value: {{ join " " .urls | quote }}
  securityContext:
    {{- include "spark-common.containerSecurityContext" (dict "ctx" .ctx) | nindent 4 }}
  volumeMounts:
    - name: jars
      mountPath: /jars
{{- end -}}

{{/* One subPath mount per fetched jar; dict "urls" "dir". */}}
{{- define "spark-common.jars.volumeMounts" -}}
{{- range .urls }}
- name: jars
  mountPath: {{ printf "%s/%s" $.dir (base .) }}
  subPath: {{ base . }}
  readOnly: true
{{- end }}
{{- end -}}

{{/*
S3A has no real directories: the History Server refuses to start, and a driver refuses to write
event logs, when the log prefix holds no object yet. This initContainer writes an empty ".keep"
object under the prefix (hidden files are skipped by the History Server) and waits for the bucket,
which spark-infra creates in a post-install hook.

dict "ctx" "s3" "image" "dir" (an s3a:// URI).
*/}}
{{- define "spark-common.s3.logDirInitContainer" -}}
- name: create-event-log-dir
  {{- include "spark-common.containerImage" (dict "ctx" .ctx "image" .image) | nindent 2 }}
  command: ["/bin/sh", "-ec"]
  args:
    - |
      prefix="${EVENT_LOG_DIR#s3a://}"
      prefix="${prefix%/}"
      tries=0
      until mc --config-dir /tmp/.mc alias set target "$S3_ENDPOINT" "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" --path "$S3_PATH_STYLE" >/dev/null \
        && printf '' | mc --config-dir /tmp/.mc pipe "target/$prefix/.keep" >/dev/null; do
        tries=$((tries + 1))
        if [ "$tries" -ge 60 ]; then
          echo "could not write s3a://$prefix/.keep after $tries attempts: is the bucket there?" >&2
          exit 1
        fi
        echo "waiting for $S3_ENDPOINT and the bucket of s3a://$prefix ($tries)"
        sleep 5
      done
      echo "event log directory s3a://$prefix is ready"
  env:
    - name: EVENT_LOG_DIR
      value: {{ .dir | quote }}
    - name: S3_ENDPOINT
      value: {{ .s3.endpoint | quote }}
    - name: S3_PATH_STYLE
      value: {{ ternary "on" "auto" (.s3.pathStyleAccess | default false) | quote }}
    {{- include "spark-common.s3.env" (dict "ctx" .ctx "s3" .s3) | nindent 4 }}
  securityContext:
    {{- include "spark-common.containerSecurityContext" (dict "ctx" .ctx) | nindent 4 }}
  volumeMounts:
    - name: tmp
      mountPath: /tmp
{{- end -}}
