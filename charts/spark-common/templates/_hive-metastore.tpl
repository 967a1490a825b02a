{{/*
Hive Metastore (official apache/hive image, SERVICE_NAME=metastore) backed by PostgreSQL.
Shared by spark-3.5 (values under spark-standalone.hiveMetastore) and spark-4.1 (hiveMetastore).

dict "ctx" (root context) "line" (the map that holds hiveMetastore, s3 and initImages).

What the image does not bring, and how the pod gets it (see the image's README on Docker Hub):
  - the PostgreSQL JDBC driver: fetched by an initContainer, mounted into /opt/hive/lib;
  - the database: created by an initContainer running psql from the pinned postgres image;
  - S3A for an s3a:// warehouse: the hadoop-aws jar and AWS SDK bundle that ship with the image's
    own Hadoop (share/hadoop/tools/lib), put on HADOOP_CLASSPATH, so versions always match.
*/}}

{{- define "spark-common.warehouseDir" -}}
{{- .hms.warehouseDir | default (printf "s3a://spark-warehouse/%s" .ctx.Release.Name) -}}
{{- end -}}

{{- define "spark-common.hiveMetastore.uri" -}}
{{- printf "thrift://%s:%v" (include "spark-common.fullname" (dict "ctx" .ctx "component" "hive-metastore")) .hms.port -}}
{{- end -}}

{{- define "spark-common.xmlEscape" -}}
{{- . | toString | replace "&" "&amp;" | replace "<" "&lt;" | replace ">" "&gt;" -}}
{{- end -}}

{{- define "spark-common.hiveMetastore" -}}
{{- $ctx := .ctx -}}
{{- $hms := .line.hiveMetastore -}}
{{- if $hms.enabled }}
{{- $s3 := .line.s3 -}}
{{- $initImages := .line.initImages -}}
{{- $db := $hms.database -}}
{{- $c := dict "ctx" $ctx "component" "hive-metastore" "values" $hms "uid" 1000 "gid" 1000 "version" (toString $hms.image.tag) -}}
{{- $name := include "spark-common.fullname" $c -}}
{{- $dbSecret := $db.existingSecret | default $name -}}
{{- $warehouse := include "spark-common.warehouseDir" (dict "ctx" $ctx "hms" $hms) -}}
{{- $openshift := include "spark-common.openshift" $ctx -}}
{{- $site := dict
      "hive.metastore.warehouse.dir" $warehouse
      "metastore.warehouse.dir" $warehouse
      "hive.metastore.event.db.notification.api.auth" "false"
      "metastore.metastore.event.db.notification.api.auth" "false" -}}
{{- $site = mergeOverwrite $site (include "spark-common.s3.hadoopConf" $s3 | fromYaml) ($hms.hiveSite | default dict) -}}
{{- if not $db.existingSecret }}
---
apiVersion: v1
kind: Secret
metadata:
  {{- include "spark-common.metadata" $c | nindent 2 }}
type: Opaque
stringData:
  username: {{ $db.user | quote }}
  password: {{ $db.password | quote }}
{{- end }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  {{- include "spark-common.metadata" $c | nindent 2 }}
data:
  hive-site.xml: |
    <?xml version="1.0" encoding="UTF-8"?>
    <configuration>
    {{- range $k := keys $site | sortAlpha }}
      <property>
        <name>{{ $k }}</name>
        <value>{{ include "spark-common.xmlEscape" (get $site $k) }}</value>
      </property>
    {{- end }}
    </configuration>
---
apiVersion: apps/v1
kind: Deployment
metadata:
  {{- include "spark-common.metadata" $c | nindent 2 }}
spec:
  replicas: {{ $hms.replicas }}
  selector:
    matchLabels:
      {{- include "spark-common.selectorLabels" $c | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "spark-common.labels" $c | nindent 8 }}
      annotations:
        checksum/hive-site: {{ toYaml $site | sha256sum }}
        {{- with $hms.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      {{- include "spark-common.podCommon" $c | nindent 6 }}
      initContainers:
        {{- include "spark-common.jars.initContainer" (dict "ctx" $ctx "urls" (list $hms.jdbcDriverUrl) "image" $initImages.curl) | nindent 8 }}
        - name: prepare-database
          {{- include "spark-common.containerImage" (dict "ctx" $ctx "image" $initImages.postgres) | nindent 10 }}
          command: ["/bin/bash", "-ec"]
          args:
            - |
              export PGHOST="$POSTGRES_HOST" PGPORT="$POSTGRES_PORT" PGUSER="$POSTGRES_USER" PGPASSWORD="$POSTGRES_PASSWORD"
              if [ "$CREATE_DATABASE" = "true" ]; then first_db=postgres; else first_db="$POSTGRES_DB"; fi
              until pg_isready -d "$first_db" -t 5 >/dev/null; do
                echo "waiting for PostgreSQL at $PGHOST:$PGPORT"
                sleep 3
              done
              if [ "$CREATE_DATABASE" = "true" ]; then
                exists="$(psql -d postgres -v ON_ERROR_STOP=1 -tAc "SELECT 1 FROM pg_database WHERE datname = '$POSTGRES_DB'")"
                if [ "$exists" != "1" ]; then
                  echo "creating database $POSTGRES_DB"
                  psql -d postgres -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$POSTGRES_DB\""
                fi
              fi
              # tells the main container whether Hive's schema is already there (see its command)
              schema="$(psql -d "$POSTGRES_DB" -v ON_ERROR_STOP=1 -tAc "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'VERSION'")"
              if [ "$schema" = "1" ]; then touch /hive-init/schema-exists; else rm -f /hive-init/schema-exists; fi
          env:
            {{- include "spark-common.hiveMetastore.dbEnv" (dict "db" $db "secret" $dbSecret) | nindent 12 }}
            - name: CREATE_DATABASE
              value: {{ $db.create | toString | quote }}
          securityContext:
            {{- /* psql runs as the postgres image's own user, which has a passwd entry */}}
            {{- include "spark-common.containerSecurityContext" (dict "ctx" $ctx "uid" 999 "gid" 999) | nindent 12 }}
          volumeMounts:
            - name: hive-init
              mountPath: /hive-init
        {{- if $openshift }}
        {{- /* Hadoop's login fails for a UID without a passwd entry; the SCC picks the UID at runtime */}}
        - name: passwd-entry
          {{- include "spark-common.containerImage" (dict "ctx" $ctx "image" $hms.image) | nindent 10 }}
          command: ["/bin/sh", "-ec"]
          args:
            - |
              grep -v '^hive:' /etc/passwd > /hive-init/passwd
              echo "hive:x:$(id -u):$(id -g):Hive:/tmp:/bin/false" >> /hive-init/passwd
          securityContext:
            {{- include "spark-common.containerSecurityContext" (dict "ctx" $ctx) | nindent 12 }}
          volumeMounts:
            - name: hive-init
              mountPath: /hive-init
        {{- end }}
      containers:
        - name: hive-metastore
          {{- include "spark-common.containerImage" (dict "ctx" $ctx "image" $hms.image) | nindent 10 }}
          command: ["/bin/bash", "-ec"]
          args:
            - |
              for jar in /opt/hadoop/share/hadoop/tools/lib/hadoop-aws-*.jar \
                         /opt/hadoop/share/hadoop/tools/lib/aws-java-sdk-bundle-*.jar \
                         /opt/hadoop/share/hadoop/tools/lib/bundle-*.jar; do
                if [ -f "$jar" ]; then HADOOP_CLASSPATH="$jar${HADOOP_CLASSPATH:+:$HADOOP_CLASSPATH}"; fi
              done
              export HADOOP_CLASSPATH
              # Hive 3 runs "schematool -initSchema", which fails on a database that already has
              # the schema (a restart); Hive 4 runs -initOrUpgradeSchema, which is safe to repeat.
              if [ -f /hive-init/schema-exists ] && [ "${HIVE_VER%%.*}" -lt 4 ] 2>/dev/null; then
                export IS_RESUME=true
              fi
              exec /entrypoint.sh
          env:
            {{- include "spark-common.hiveMetastore.dbEnv" (dict "db" $db "secret" $dbSecret) | nindent 12 }}
            - name: SERVICE_NAME
              value: metastore
            - name: DB_DRIVER
              value: postgres
            - name: METASTORE_PORT
              value: {{ $hms.port | quote }}
            # $(VAR) is expanded by Kubernetes from the variables above, so the JDBC URL always
            # names the database in POSTGRES_DB
            - name: SERVICE_OPTS
              value: >-
                -Djavax.jdo.option.ConnectionDriverName=org.postgresql.Driver
                -Djavax.jdo.option.ConnectionURL=jdbc:postgresql://$(POSTGRES_HOST):$(POSTGRES_PORT)/$(POSTGRES_DB)
                -Djavax.jdo.option.ConnectionUserName=$(POSTGRES_USER)
                -Djavax.jdo.option.ConnectionPassword=$(POSTGRES_PASSWORD)
            {{- include "spark-common.s3.env" (dict "ctx" $ctx "s3" $s3) | nindent 12 }}
            {{- with $hms.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          ports:
            - name: thrift
              containerPort: {{ $hms.port }}
          startupProbe:
            tcpSocket:
              port: thrift
            periodSeconds: 10
            failureThreshold: 60
          readinessProbe:
            tcpSocket:
              port: thrift
            periodSeconds: 10
          livenessProbe:
            tcpSocket:
              port: thrift
            periodSeconds: 20
            failureThreshold: 6
          {{- with $hms.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
          securityContext:
            {{- include "spark-common.containerSecurityContext" (dict "ctx" $ctx) | nindent 12 }}
          volumeMounts:
            {{- with (list $hms.jdbcDriverUrl) }}
            {{- include "spark-common.jars.volumeMounts" (dict "urls" . "dir" "/opt/hive/lib") | trim | nindent 12 }}
            {{- end }}
            - name: conf
              mountPath: /opt/hive/conf/hive-site.xml
              subPath: hive-site.xml
              readOnly: true
            - name: hive-init
              mountPath: /hive-init
            - name: tmp
              mountPath: /tmp
            {{- if $openshift }}
            - name: hive-init
              mountPath: /etc/passwd
              subPath: passwd
              readOnly: true
            {{- end }}
      volumes:
        - name: jars
          emptyDir: {}
        - name: hive-init
          emptyDir: {}
        - name: tmp
          emptyDir: {}
        - name: conf
          configMap:
            name: {{ $name }}
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
    - name: thrift
      port: {{ $hms.port }}
      targetPort: thrift
{{- include "spark-common.podDisruptionBudget" $c }}
{{- end }}
{{- end -}}

{{/* Connection variables shared by the psql initContainer and Hive; dict "db" "secret". */}}
{{- define "spark-common.hiveMetastore.dbEnv" -}}
- name: POSTGRES_HOST
  value: {{ .db.host | quote }}
- name: POSTGRES_PORT
  value: {{ .db.port | quote }}
- name: POSTGRES_DB
  value: {{ .db.name | quote }}
- name: POSTGRES_USER
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: username
- name: POSTGRES_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .secret }}
      key: password
{{- end -}}
