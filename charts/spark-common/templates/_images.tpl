{{/*
Image references. Tags are pinned in values.yaml; "latest" or an empty tag is refused here as a
second line of defence behind values.schema.json (a preset could still blank a tag).
*/}}

{{/* "[registry/]repository:tag"; dict "ctx" "image" ({repository, tag, pullPolicy}). */}}
{{- define "spark-common.image" -}}
{{- $tag := toString (.image.tag | default "") -}}
{{- if or (eq $tag "") (eq $tag "latest") -}}
{{- fail (printf "image %s needs an exact tag (got %q)" .image.repository $tag) -}}
{{- end -}}
{{- $global := .ctx.Values.global | default dict -}}
{{- if $global.imageRegistry -}}
{{- printf "%s/%s:%s" (trimSuffix "/" $global.imageRegistry) .image.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" .image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* image + imagePullPolicy lines of a container; same dict as spark-common.image. */}}
{{- define "spark-common.containerImage" -}}
image: {{ include "spark-common.image" . | quote }}
imagePullPolicy: {{ .image.pullPolicy | default "IfNotPresent" }}
{{- end -}}

{{/* imagePullSecrets of a pod spec from global.imagePullSecrets; takes the root context. */}}
{{- define "spark-common.imagePullSecrets" -}}
{{- $global := .Values.global | default dict -}}
{{- with $global.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
