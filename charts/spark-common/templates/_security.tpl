{{/*
Security contexts for the Kubernetes Pod Security Standard "restricted".

By default pods run with fixed numeric IDs that match the image's own user: several images
declare a non-numeric USER (apache/spark: "spark", apache/hive: "hive"), which the kubelet
cannot check against runAsNonRoot, so it would refuse to start them without a numeric runAsUser.

global.openshift=true leaves runAsUser/runAsGroup/fsGroup out: the restricted-v2 SCC then
assigns an ID from the namespace's range, and fixed IDs outside that range would be rejected.
*/}}

{{/* "true" when rendering for OpenShift; takes the root context. */}}
{{- define "spark-common.openshift" -}}
{{- $global := .Values.global | default dict -}}
{{- if $global.openshift -}}true{{- end -}}
{{- end -}}

{{/* Pod-level securityContext; dict "ctx" "uid" "gid" and optional "fsGroup" (defaults to gid). */}}
{{- define "spark-common.podSecurityContext" -}}
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- if not (include "spark-common.openshift" .ctx) }}
runAsUser: {{ .uid }}
runAsGroup: {{ .gid }}
fsGroup: {{ .fsGroup | default .gid }}
fsGroupChangePolicy: OnRootMismatch
{{- end }}
{{- end -}}

{{/*
Container-level securityContext, for containers and initContainers alike; dict "ctx" and optional
"uid"/"gid" when a container must run as another user than the pod default (e.g. psql from the
postgres image inside the Hive Metastore pod).
*/}}
{{- define "spark-common.containerSecurityContext" -}}
allowPrivilegeEscalation: false
capabilities:
  drop:
    - ALL
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- if and .uid (not (include "spark-common.openshift" .ctx)) }}
runAsUser: {{ .uid }}
runAsGroup: {{ .gid | default .uid }}
{{- end }}
{{- end -}}
