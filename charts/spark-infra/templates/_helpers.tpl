{{/* Secret with the PostgreSQL login (keys "username", "password"). */}}
{{- define "infra.postgresql.secretName" -}}
{{- .Values.postgresql.auth.existingSecret | default (include "spark-common.fullname" (dict "ctx" . "component" "postgresql")) -}}
{{- end -}}

{{/* Secret with the MinIO root login (keys "access-key", "secret-key", as the Spark charts read them). */}}
{{- define "infra.minio.secretName" -}}
{{- .Values.minio.auth.existingSecret | default (include "spark-common.fullname" (dict "ctx" . "component" "minio")) -}}
{{- end -}}

{{/* Volume "data": a claim template when persistence is on, otherwise an emptyDir (see the pod's volumes). */}}
{{- define "infra.volumeClaimTemplate" -}}
{{- if .values.persistence.enabled }}
volumeClaimTemplates:
  - metadata:
      name: data
      labels:
        {{- include "spark-common.selectorLabels" . | nindent 8 }}
    spec:
      accessModes: ["ReadWriteOnce"]
      {{- with .values.persistence.storageClass }}
      storageClassName: {{ . | quote }}
      {{- end }}
      resources:
        requests:
          storage: {{ .values.persistence.size }}
{{- end }}
{{- end -}}
