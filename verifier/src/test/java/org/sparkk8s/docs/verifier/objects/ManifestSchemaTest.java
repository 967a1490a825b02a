package org.sparkk8s.docs.verifier.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class ManifestSchemaTest {

    private static ManifestSchema.Result check(String yaml) throws Exception {
        return ManifestSchema.check(new YAMLMapper().readTree(yaml));
    }

    @Test
    void aValidDeploymentPasses() throws Exception {
        ManifestSchema.Result r = check("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: c, image: i, ports: [{containerPort: 80}], resources: {limits: {cpu: 500m}}}]
                """);
        assertTrue(r.known());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void everyUnknownFieldIsReportedWithItsPath() throws Exception {
        ManifestSchema.Result r = check("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d, lables: {a: b}}
                spec:
                  template:
                    spec:
                      containers: [{name: c, image: i, imagePullPolicyy: Always}]
                """);
        assertEquals(List.of("/metadata/lables", "/spec/template/spec/containers/0/imagePullPolicyy"),
                r.problems().stream().map(ManifestSchema.Problem::pointer).toList());
        assertTrue(r.problems().get(0).message().startsWith("unknown field 'lables' in ObjectMeta"), r.problems().get(0).message());
    }

    @Test
    void wrongTypesAreRejected() throws Exception {
        ManifestSchema.Result r = check("""
                apiVersion: v1
                kind: Service
                metadata: {name: s}
                spec:
                  ports: [{port: http}]
                """);
        assertEquals("/spec/ports/0/port", r.problems().get(0).pointer());
        assertEquals("'spec.ports[0].port' must be an integer, found String \"http\"", r.problems().get(0).message());
    }

    @Test
    void misspelledBuiltInKindsFailCustomResourcesAreNotValidated() throws Exception {
        ManifestSchema.Result typo = check("apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: d}\n");
        assertEquals("Kubernetes has no Deploymnet in apps/v1 (misspelled kind or apiVersion, or an API removed from Kubernetes)",
                typo.problems().get(0).message());
        ManifestSchema.Result cr = check("apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata: {name: x}\nspec: {any: thing}\n");
        assertFalse(cr.known());
        assertEquals(List.of(), cr.problems());
    }
}
