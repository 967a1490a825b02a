package org.sparkk8s.docs.verifier.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;

/** verify.yaml: the model it is read into, and every way it can be wrong, with the line. */
class PlanTest {

    @TempDir
    Path root;

    private Plan plan(String verifyYaml) throws IOException {
        write("snippets/demo/run.sh", "#!/usr/bin/env bash\nset -euo pipefail\n# tag::hello[]\necho hello\n# end::hello[]\n");
        write("snippets/other/verify.yaml", "scenarios:\n  - id: taken\n    guide: demo\n    steps:\n      - run: demo/run.sh\n");
        write("guides-en/demo.adoc", "= Demo\n\n[source,bash]\n----\ninclude::{snippets}/demo/run.sh[tag=hello]\n----\n");
        write("snippets/demo/verify.yaml", verifyYaml);
        return Plan.read(Catalog.load(Workspace.at(root)));
    }

    private void write(String rel, String text) throws IOException {
        Files.createDirectories(root.resolve(rel).getParent());
        Files.writeString(root.resolve(rel), text);
    }

    private static List<String> problems(Plan p) {
        return p.problems().stream().map(Finding::toString).toList();
    }

    @Test
    void everyKeyIsReadIntoTheModel() throws IOException {
        Plan p = plan("""
                scenarios:
                  - id: full
                    guide: demo
                    description: all keys
                    namespaces: [spark, spark-41]
                    namespace-suffix: true
                    steps:
                      - run: demo/run.sh#hello
                        name: say hello
                        args: [one, 2]
                        env: {GREETING: hi, COUNT: 3}
                        expect: {exit: 3, stdout-matches: "hel+o", stderr: warn, timeout: 1m30s}
                        level: api
                    cleanup:
                      - run: demo/run.sh
                    invariants:
                      - name: dbs
                        select: {kind: Deployment, api-version: apps/v1, namespace: spark, labels: {app: m}}
                        path: $.spec.replicas
                        distinct-across: namespace
                        equals: 1
                        matches: "\\\\d+"
                exempt:
                  demo/run.sh: shown for reference only
                """);
        assertEquals(List.of(), problems(p));
        Scenario s = p.scenarios().stream().filter(x -> x.id().equals("full")).findFirst().orElseThrow();
        assertEquals(List.of("spark", "spark-41"), s.namespaces());
        assertTrue(s.namespaceSuffix());
        Step step = s.steps().get(0);
        assertEquals("demo/run.sh#hello", step.run().id());
        assertEquals(List.of("one", "2"), step.args());
        assertEquals("3", step.env().get("COUNT"));
        assertEquals(Level.API, step.level());
        assertEquals(3, step.expect().exit());
        assertEquals(Duration.ofSeconds(90), step.expect().timeout());
        assertTrue(step.expect().stdout().test("say helllo"));
        assertEquals(List.of(new ScriptLine(4, "echo hello")), step.script().lines());
        assertEquals("snippets/demo/verify.yaml:8", step.location().toString());
        assertEquals(Step.Phase.CLEANUP, s.cleanup().get(0).phase());
        assertEquals("shown for reference only", p.exemptions().get(0).reason());
        assertEquals(Level.RENDER, s.cleanup().get(0).level(), "steps run from the render level up by default");
    }

    @Test
    void unknownKeysAreErrorsAtTheirLine() throws IOException {
        Plan p = plan("scenarios:\n  - id: a\n    guide: demo\n    steps:\n      - run: demo/run.sh\n        enviroment: {A: b}\n"
                + "    invariants:\n      - name: x\n        select: {kind: Pod, lables: {a: b}}\n        path: $.a\n        equals: 1\n"
                + "extra: 1\n");
        assertEquals(List.of(
                "snippets/demo/verify.yaml:12: unknown key 'extra' (expected one of: exempt, scenarios)",
                "snippets/demo/verify.yaml:6: unknown key 'enviroment' (expected one of: args, env, expect, level, name, run)",
                "snippets/demo/verify.yaml:9: unknown key 'lables' (expected one of: api-version, kind, labels, namespace)"),
                problems(p));
    }

    @Test
    void missingSnippetsAndTags() throws IOException {
        Plan p = plan("scenarios:\n  - id: a\n    guide: demo\n    steps:\n      - run: demo/nope.sh\n      - run: demo/run.sh#bye\n");
        assertEquals(List.of(
                "snippets/demo/verify.yaml:5: run: snippet file snippets/demo/nope.sh not found",
                "snippets/demo/verify.yaml:6: run: tag 'bye' not found in snippets/demo/run.sh (tags there: hello)"),
                problems(p));
    }

    @Test
    void duplicateIdsAcrossFiles() throws IOException {
        Plan p = plan("scenarios:\n  - id: taken\n    guide: demo\n    steps:\n      - run: demo/run.sh\n");
        assertEquals(List.of("snippets/other/verify.yaml:2: duplicate scenario id 'taken' (first at snippets/demo/verify.yaml:2)"),
                problems(p));
    }

    @Test
    void exemptionsNeedAReasonAndDurationsAUnit() throws IOException {
        Plan p = plan("scenarios:\n  - id: a\n    guide: demo\n    steps:\n      - run: demo/run.sh\n        expect: {timeout: 60}\n"
                + "exempt:\n  demo/run.sh#hello: \"\"\n");
        assertEquals(List.of(
                "snippets/demo/verify.yaml:6: malformed duration '60': write e.g. 90s, 5m or 1h30m",
                "snippets/demo/verify.yaml:8: exemption of demo/run.sh#hello has no reason: write why no scenario runs it"),
                problems(p));
    }

    @Test
    void badValuesAreNamed() throws IOException {
        Plan p = plan("scenarios:\n  - id: Bad_Id\n    guide: nope\n    steps:\n      - run: demo/run.sh\n        level: live\n"
                + "    invariants:\n      - name: x\n        select: {kind: Pod}\n        path: $.[\n        distinct-across: cluster\n"
                + "      - name: y\n        select: {kind: Pod}\n        path: $.a\n");
        List<String> all = problems(p);
        assertEquals("snippets/demo/verify.yaml:2: scenario id 'Bad_Id' must be lower-case letters, digits and '-' (it names report files)", all.get(0));
        assertEquals("snippets/demo/verify.yaml:3: guide 'nope' not found (guides: demo)", all.get(1));
        assertEquals("snippets/demo/verify.yaml:6: unknown level 'live' (expected static, render, api or ready)", all.get(2));
        assertTrue(all.get(3).startsWith("snippets/demo/verify.yaml:10: invalid JSONPath '$.['"), all.get(3));
        assertEquals("snippets/demo/verify.yaml:11: 'distinct-across' must be 'release' or 'namespace', not 'cluster'", all.get(4));
        assertEquals("snippets/demo/verify.yaml:12: invariant 'y' checks nothing: give 'distinct-across', 'equals' or 'matches'", all.get(5));
        assertEquals(6, all.size(), all.toString());
    }

    @Test
    void aSuffixedNamespaceMustLeaveRoomForTheRunId() throws IOException {
        String long56 = "n".repeat(56);
        String long57 = "n".repeat(57);
        Plan p = plan("scenarios:\n  - id: a\n    guide: demo\n    namespaces: [" + long56 + ", " + long57 + "]\n"
                + "    namespace-suffix: true\n    steps:\n      - run: demo/run.sh\n"
                + "  - id: b\n    guide: demo\n    namespace-suffix: yes please\n    steps:\n      - run: demo/run.sh\n");
        assertEquals(List.of(
                "snippets/demo/verify.yaml:4: '" + long57 + "' is too long for namespace-suffix: at most 56 characters, so that "
                        + "'-' and a 6-character run id still fit in 63",
                "snippets/demo/verify.yaml:10: 'namespace-suffix' must be true or false"), problems(p));
    }

    @Test
    void yamlSyntaxErrorsAndDuplicateKeysAreLocated() throws IOException {
        assertEquals(List.of("snippets/demo/verify.yaml:3: Duplicate field 'id'"),
                problems(plan("scenarios:\n  - id: a\n    id: b\n")));
    }
}
