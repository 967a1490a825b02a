{{/*
Pod-spec fields every pod of the three charts shares.

dict keys:
  ctx        root context
  component  component name (for anti-affinity selectors)
  values     the component's values (nodeSelector, tolerations, affinity, antiAffinity)
  uid, gid   numeric user/group of the pod's main image; fsGroup optional
  apiAccess  true only for pods that talk to the Kubernetes API (the Spark Connect driver)
*/}}
{{- define "spark-common.podCommon" -}}
serviceAccountName: {{ include "spark-common.serviceAccountName" .ctx }}
{{- /* one ServiceAccount per release carries the Role; pods that never call the API do not get its token */}}
automountServiceAccountToken: {{ .apiAccess | default false }}
{{- /* Service links inject variables such as SPARK_MASTER_PORT=tcp://..., which Spark would misread */}}
enableServiceLinks: false
{{- include "spark-common.imagePullSecrets" .ctx }}
securityContext:
  {{- include "spark-common.podSecurityContext" . | nindent 2 }}
{{- include "spark-common.scheduling" . }}
{{- end -}}

{{/* nodeSelector, tolerations and affinity (an explicit affinity wins over antiAffinity). */}}
{{- define "spark-common.scheduling" -}}
{{- with .values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- if .values.affinity }}
affinity:
  {{- toYaml .values.affinity | nindent 2 }}
{{- else if eq (.values.antiAffinity | default "") "soft" }}
affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          topologyKey: kubernetes.io/hostname
          labelSelector:
            matchLabels:
              {{- include "spark-common.selectorLabels" . | nindent 14 }}
{{- else if eq (.values.antiAffinity | default "") "hard" }}
affinity:
  podAntiAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      - topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "spark-common.selectorLabels" . | nindent 12 }}
{{- end }}
{{- end -}}

{{/* A PodDisruptionBudget when values.podDisruptionBudget.enabled; dict "ctx" "component" "values". */}}
{{- define "spark-common.podDisruptionBudget" -}}
{{- $pdb := .values.podDisruptionBudget | default dict -}}
{{- if $pdb.enabled }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  {{- include "spark-common.metadata" . | nindent 2 }}
spec:
  minAvailable: {{ $pdb.minAvailable | default 1 }}
  selector:
    matchLabels:
      {{- include "spark-common.selectorLabels" . | nindent 6 }}
{{- end }}
{{- end -}}
