{{/*
Names and labels. Every object of a release is called "<release>-<component>" (auxiliary objects
add a suffix) so that two releases never clash in one namespace, and carries
app.kubernetes.io/instance=<release> plus app=<component> so scripts can select it.

Helpers that need a component take a dict: (dict "ctx" $ "component" "spark-master").
*/}}

{{/* "<release>-<component>"; fails instead of truncating, because a cut name could clash. */}}
{{- define "spark-common.fullname" -}}
{{- $name := printf "%s-%s" .ctx.Release.Name .component -}}
{{- if gt (len $name) 63 -}}
{{- fail (printf "object name %q is longer than 63 characters: choose a shorter release name" $name) -}}
{{- end -}}
{{- $name -}}
{{- end -}}

{{/* The one ServiceAccount of a release; takes the root context. */}}
{{- define "spark-common.serviceAccountName" -}}
{{- include "spark-common.fullname" (dict "ctx" . "component" "spark") -}}
{{- end -}}

{{/*
Selector labels: stable for the life of a release (Deployment selectors are immutable).
Optional "appName" replaces app.kubernetes.io/name, for helper pods (a Job) that must stay out of
the component's Service while still carrying app=<component>.
*/}}
{{- define "spark-common.selectorLabels" -}}
app.kubernetes.io/name: {{ .appName | default .component }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app: {{ .component }}
{{- end -}}

{{/*
Full label set. "version" is optional: components that run another product's image
(Hive, PostgreSQL, MinIO, Jupyter) pass their image tag, Spark components use the chart's appVersion.
*/}}
{{- define "spark-common.labels" -}}
{{- $version := .version | default .ctx.Chart.AppVersion | default .ctx.Chart.Version | toString -}}
{{- $version = regexReplaceAll "[^A-Za-z0-9._-]" $version "_" | trunc 63 | trimSuffix "-" | trimSuffix "." | trimSuffix "_" -}}
{{ include "spark-common.selectorLabels" . }}
app.kubernetes.io/version: {{ $version | quote }}
app.kubernetes.io/part-of: {{ .ctx.Chart.Name }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .ctx.Chart.Name .ctx.Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end -}}

{{/* Standard metadata block for an object; dict "ctx" "component" and optional "name", "version", "annotations". */}}
{{- define "spark-common.metadata" -}}
name: {{ .name | default (include "spark-common.fullname" .) }}
namespace: {{ .ctx.Release.Namespace }}
labels:
  {{- include "spark-common.labels" . | nindent 2 }}
{{- with .annotations }}
annotations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
