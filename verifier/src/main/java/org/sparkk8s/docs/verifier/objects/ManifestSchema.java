package org.sparkk8s.docs.verifier.objects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.fabric8.kubernetes.internal.KubernetesDeserializer;

import org.sparkk8s.docs.verifier.yaml.YamlDocument;

/**
 * Validates a manifest strictly against the Kubernetes API types of fabric8's kubernetes-model.
 * fabric8 normally keeps unknown fields in an {@code additionalProperties} map; here that
 * any-setter is switched off for every model class, so Jackson itself reports each unknown field
 * with its exact path, and wrong types (a string where an integer belongs) fail as they would in
 * the API server. Chosen over the OpenAPI JSON schema because it needs no multi-megabyte schema
 * file in the repository and the model's version is pinned in the root pom.
 */
public final class ManifestSchema {

    /** One problem, at a JSON pointer into the manifest. */
    public record Problem(String pointer, String message) {
    }

    /**
     * The outcome: {@code known} is false for kinds the model does not have (custom resources),
     * which are then not validated.
     */
    public record Result(boolean known, List<Problem> problems) {
    }

    /** API groups Kubernetes itself serves (other dotted groups belong to custom resources). */
    private static final java.util.Set<String> BUILT_IN_GROUPS = java.util.Set.of("rbac.authorization.k8s.io",
            "networking.k8s.io", "storage.k8s.io", "admissionregistration.k8s.io", "apiextensions.k8s.io",
            "scheduling.k8s.io", "coordination.k8s.io", "node.k8s.io", "discovery.k8s.io", "events.k8s.io",
            "flowcontrol.apiserver.k8s.io", "certificates.k8s.io", "apiregistration.k8s.io", "resource.k8s.io",
            "internal.apiserver.k8s.io", "storagemigration.k8s.io", "authentication.k8s.io", "authorization.k8s.io");

    private static final ThreadLocal<List<Problem>> COLLECTED = new ThreadLocal<>();

    private static final ObjectMapper STRICT = new ObjectMapper()
            .setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated a) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addHandler(new DeserializationProblemHandler() {
                @Override
                public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                                                     JsonDeserializer<?> deserializer, Object bean, String property)
                        throws java.io.IOException {
                    List<Problem> sink = COLLECTED.get();
                    if (sink == null) {
                        return false;
                    }
                    // at a structured value the parser has already entered it; its parent names the field
                    com.fasterxml.jackson.core.JsonStreamContext ctx = p.getParsingContext();
                    if (p.currentToken() != null && p.currentToken().isStructStart() && ctx.getParent() != null) {
                        ctx = ctx.getParent();
                    }
                    String pointer = ctx.pathAsPointer().toString();
                    sink.add(new Problem(pointer, "unknown field '" + property + "' in " + simpleName(bean)
                            + knownFields(deserializer)));
                    p.skipChildren();
                    return true;
                }
            });

    private ManifestSchema() {
    }

    /** Lazily built: registering every model class takes a few hundred milliseconds. */
    private static final class Kinds {
        static final KubernetesDeserializer REGISTRY = new KubernetesDeserializer();
    }

    /** Starts loading the model in the background; the first check would otherwise pay for it. */
    public static void warmUp() {
        Kinds.REGISTRY.getRegisteredKind("v1", "ConfigMap");
    }

    public static Result check(JsonNode manifest) {
        String apiVersion = manifest.path("apiVersion").asText("");
        String kind = manifest.path("kind").asText("");
        Class<?> type = Kinds.REGISTRY.getRegisteredKind(apiVersion, kind);
        List<Problem> problems = new ArrayList<>();
        JsonNode meta = manifest.path("metadata");
        if (meta.path("name").asText("").isEmpty() && meta.path("generateName").asText("").isEmpty()) {
            problems.add(new Problem("/metadata", "metadata.name is missing"));
        }
        if (type == null) {
            String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            boolean builtIn = !group.contains(".") || BUILT_IN_GROUPS.contains(group);
            if (builtIn) {
                problems.add(new Problem("/kind", "Kubernetes has no " + kind + " in " + apiVersion
                        + " (misspelled kind or apiVersion, or an API removed from Kubernetes)"));
                return new Result(true, problems);
            }
            return new Result(false, problems);
        }
        COLLECTED.set(problems);
        try {
            STRICT.treeToValue(manifest, type);
        } catch (MismatchedInputException e) {
            problems.add(new Problem(pointer(e), mismatch(e)));
        } catch (JsonMappingException e) {
            problems.add(new Problem(pointer(e), firstLine(e.getOriginalMessage())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            problems.add(new Problem("", firstLine(e.getMessage())));
        } finally {
            COLLECTED.remove();
        }
        return new Result(true, problems);
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            p.append('/').append(r.getFieldName() != null ? YamlDocument.segment(r.getFieldName()) : String.valueOf(r.getIndex()));
        }
        return p.toString();
    }

    private static String mismatch(MismatchedInputException e) {
        Class<?> t = e.getTargetType();
        String field = e.getPath().isEmpty() ? "value" : "'" + describePath(e) + "'";
        String expected;
        if (t == null) {
            expected = "a different type";
        } else if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            expected = "an integer";
        } else if (t == Boolean.class || t == boolean.class) {
            expected = "true or false";
        } else if (t == String.class) {
            expected = "a string";
        } else if (Collection.class.isAssignableFrom(t)) {
            expected = "a list";
        } else if (Map.class.isAssignableFrom(t) || t.getName().startsWith("io.fabric8")) {
            expected = "a mapping";
        } else {
            expected = t.getSimpleName();
        }
        String msg = firstLine(e.getOriginalMessage());
        int from = msg.indexOf(" from ");
        String found = from < 0 ? "" : ", found" + msg.substring(from + 5).replaceAll(": not a valid .*", "");
        return field + " must be " + expected + found;
    }

    private static String describePath(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (p.length() > 0) {
                    p.append('.');
                }
                p.append(r.getFieldName());
            } else {
                p.append('[').append(r.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    private static String simpleName(Object beanOrClass) {
        Class<?> c = beanOrClass instanceof Class<?> k ? k : beanOrClass.getClass();
        return c.getSimpleName();
    }

    private static String knownFields(JsonDeserializer<?> d) {
        Collection<Object> ids = d == null ? null : d.getKnownPropertyNames();
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        List<String> names = ids.stream().map(Object::toString).filter(n -> !n.equals("additionalProperties")).sorted().toList();
        return names.size() > 40 ? "" : " (known: " + String.join(", ", names) + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid manifest";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
