package org.sparkk8s.docs.verifier.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.verifier.plan.Invariant;
import org.sparkk8s.docs.verifier.plan.Selector;

class InvariantCheckTest {

    private static final String POSTGRES_DB = "$.spec.template.spec.containers[0].env[?(@.name=='POSTGRES_DB')].value";

    private static KubeObject metastore(String release, String db, int line) throws Exception {
        JsonNode json = new YAMLMapper().readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: %s-metastore
                  labels: {app: hive-metastore, app.kubernetes.io/instance: %s}
                spec:
                  template:
                    spec:
                      containers:
                        - name: metastore
                          env:
                            - {name: POSTGRES_DB, value: %s}
                """.formatted(release, release, db));
        return new KubeObject(json, "spark", null,
                new KubeObject.Origin(SourceLocation.of(Path.of("snippets/mv/deploy.sh"), line), "helm install", null));
    }

    private static Invariant distinct(String path) {
        return new Invariant("databases are separate", new Selector("Deployment", null, null, Map.of("app", "hive-metastore")),
                path, JsonPath.compile(path), Invariant.Across.RELEASE, null, null, SourceLocation.of(Path.of("v.yaml"), 3));
    }

    @Test
    void distinctValuesAcrossReleasesHold() throws Exception {
        InvariantResult r = InvariantCheck.check(distinct(POSTGRES_DB),
                List.of(metastore("spark-35", "metastore_spark35", 12), metastore("spark-41", "metastore_spark41", 20)));
        assertTrue(r.passed(), r.violations().toString());
        assertEquals(2, r.selected());
    }

    @Test
    void aSharedValueNamesBothReleasesTheValueAndWhereTheyCameFrom() throws Exception {
        InvariantResult r = InvariantCheck.check(distinct(POSTGRES_DB),
                List.of(metastore("spark-35", "metastore", 12), metastore("spark-41", "metastore", 20)));
        assertFalse(r.passed());
        assertEquals("releases spark-35 and spark-41 both render POSTGRES_DB=metastore: Deployment spark/spark-35-metastore "
                + "(snippets/mv/deploy.sh:12), Deployment spark/spark-41-metastore (snippets/mv/deploy.sh:20)",
                r.violations().get(0).message());
    }

    @Test
    void anObjectWithoutAValueFailsInsteadOfPassing() throws Exception {
        String path = "$.spec.template.spec.containers[0].env[?(@.name=='NOPE')].value";
        InvariantResult r = InvariantCheck.check(distinct(path),
                List.of(metastore("spark-35", "a", 12), metastore("spark-41", "b", 20)));
        assertFalse(r.passed());
        assertEquals("Deployment spark/spark-35-metastore yields no value for " + path, r.violations().get(0).message());
    }

    @Test
    void selectingNothingOrOneReleaseProvesNothing() throws Exception {
        InvariantResult none = InvariantCheck.check(distinct(POSTGRES_DB), List.of());
        assertEquals("selects no objects (Deployment with labels app=hive-metastore)", none.violations().get(0).message());
        InvariantResult one = InvariantCheck.check(distinct(POSTGRES_DB), List.of(metastore("spark-35", "a", 12)));
        assertFalse(one.passed());
        assertTrue(one.violations().get(0).message().startsWith("distinct-across release needs objects of at least two releases"));
    }

    @Test
    void equalsAndMatches() throws Exception {
        String path = "$.metadata.labels.app";
        Invariant eq = new Invariant("app label", new Selector("Deployment", null, null, Map.of()), path, JsonPath.compile(path),
                null, TextNode.valueOf("hive-metastore"), null, null);
        assertTrue(InvariantCheck.check(eq, List.of(metastore("a", "x", 1))).passed());
        Invariant re = new Invariant("db names", new Selector("Deployment", null, null, Map.of()), POSTGRES_DB,
                JsonPath.compile(POSTGRES_DB), null, null, Pattern.compile("metastore_spark\\d+"), null);
        InvariantResult r = InvariantCheck.check(re, List.of(metastore("a", "metastore_spark35", 1), metastore("b", "shared", 2)));
        assertEquals(1, r.violations().size());
        assertEquals("Deployment spark/b-metastore has POSTGRES_DB=shared, which does not match /metastore_spark\\d+/",
                r.violations().get(0).message());
    }

    @Test
    void releaseComesFromTheInstanceLabelOrHelmsAnnotationOnLiveObjects() throws Exception {
        JsonNode live = new YAMLMapper().readTree("""
                kind: ServiceAccount
                metadata: {name: sa, annotations: {meta.helm.sh/release-name: spark-41}}
                """);
        assertEquals("spark-41", new KubeObject(live, "spark", null, KubeObject.Origin.UNKNOWN).owningRelease());
        assertEquals("spark-35", metastore("spark-35", "x", 1).owningRelease());
    }
}
