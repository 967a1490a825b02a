package org.sparkk8s.docs.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sparkk8s.docs.verifier.Fixtures.assertFailure;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkk8s.docs.verifier.report.Report;

/** Each broken fixture fails the verification with its own, exact message. */
class BrokenFixturesTest {

    @TempDir
    Path dir;

    private Report verify(String fixture) {
        Report r = Fixtures.verify(Fixtures.workspace(fixture, dir.resolve("repo")), dir.resolve("report"));
        assertFalse(r.ok(), fixture + " must fail");
        return r;
    }

    @Test
    void missingTagInAScenarioStep() {
        assertFailure(verify("missing-tag"), "snippets/demo/verify.yaml:6: run: tag 'install-c' not found in "
                + "snippets/demo/deploy.sh (tags there: deps, install-a, install-b)");
    }

    @Test
    void shellSyntaxErrorAtItsLineAndRegion() {
        Report r = verify("shell-syntax");
        assertFailure(r, "snippets/demo/check.sh:3: bash: syntax error near unexpected token `|' (in status)");
    }

    @Test
    void pythonSyntaxErrorAtItsLineAndRegion() {
        assertFailure(verify("python-syntax"), "snippets/demo/client.py:4: python: '(' was never closed (in session)");
    }

    @Test
    void yamlErrorAtItsLine() {
        assertFailure(verify("yaml-error"), "snippets/demo/values-b.yaml:4: YAML: mapping values are not allowed here");
    }

    @Test
    void presetTypoRejectedByTheChartSchemaAtThePresetsLine() {
        assertFailure(verify("preset-typo"), "presets/values-small.yaml:4: key 'service.prot' is not allowed by the chart's "
                + "schema (misspelled, or not a value of this chart) (charts/app/values.schema.json)");
    }

    @Test
    void twoReleasesRenderingTheSameService() {
        Report r = verify("service-clash");
        assertFailure(r, "snippets/demo/deploy.sh:17 (guide demo, scenario two-releases): releases demo-a and demo-b both "
                + "render Service demo in namespace demo (release demo-a at snippets/demo/deploy.sh:10)");
        assertEquals(1, r.failures().size(), Fixtures.failures(r).toString());
    }

    @Test
    void metastoreDatabaseSharedByBothReleases() {
        assertFailure(verify("shared-metastore"), "snippets/demo/deploy.sh:10 (guide demo, scenario two-releases): "
                + "invariant 'databases are separate': releases demo-a and demo-b both render POSTGRES_DB=app_a: "
                + "Deployment demo/demo-a-app (snippets/demo/deploy.sh:10), Deployment demo/demo-b-app (snippets/demo/deploy.sh:17)");
    }

    @Test
    void uncoveredSnippetNamedAtTheIncludeInBothLanguages() {
        Report r = verify("uncovered");
        assertFailure(r, "guides-en/demo.adoc:42: includes snippets/demo/check.sh#events, which no scenario step runs "
                + "and which is not exempt");
        assertFailure(r, "guides-ru/demo.adoc:42: includes snippets/demo/check.sh#events, which no scenario step runs "
                + "and which is not exempt");
        assertEquals(85.7, Math.round(r.coverage().total().percent() * 10) / 10.0);
    }

    @Test
    void unparseableHelmCommandNamesTheSnippetLine() {
        assertFailure(verify("unparseable-helm"), "snippets/demo/deploy.sh:13 (guide demo, scenario two-releases): "
                + "unknown flag --sett for helm install");
    }

    @Test
    void podBreakingPssRestrictedNamesObjectContainerAndField() {
        assertFailure(verify("pss-restricted"), "snippets/demo/deploy.sh:10 (guide demo, scenario two-releases): release "
                + "demo-a renders a pod that breaks PSS restricted: Deployment demo/demo-a-app, container 'app': "
                + "spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation must be false, is true "
                + "(PSS restricted) (app/templates/deployment.yaml)");
    }
}
