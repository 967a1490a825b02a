package org.sparkk8s.docs.verifier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.verifier.plan.ScriptLine;

class HelmCommandTest {

    private static HelmCommand helm(String... lines) {
        List<ScriptLine> script = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            script.add(new ScriptLine(i + 1, lines[i]));
        }
        return HelmCommand.parse(ShellParser.parse(script, new ShellVariables(Map.of(), List.of(), "t.sh")).get(0));
    }

    private static List<String> texts(List<Arg> args) {
        return args.stream().map(Arg::text).toList();
    }

    @Test
    void installWithEveryFormOfFlag() {
        HelmCommand h = helm("helm install spark-35 charts/spark-3.5 -n spark --create-namespace --wait --timeout=10m \\",
                "  -f a.yaml --values b.yaml,c.yaml --set x=1 --set-string y=2 --atomic=false -ffirst.yaml --version 0.1.0");
        assertEquals(HelmCommand.Action.RENDER, h.action());
        assertEquals(List.of("spark-35", "charts/spark-3.5"), texts(h.positional()));
        assertEquals("spark", h.value("namespace"));
        assertTrue(h.is("create-namespace"));
        assertTrue(h.is("wait"));
        assertFalse(h.is("atomic"));
        assertEquals("10m", h.value("timeout"));
        assertEquals(List.of("a.yaml", "b.yaml,c.yaml", "first.yaml"), texts(h.all("values")));
        assertEquals(List.of("x=1"), texts(h.all("set")));
        assertEquals(List.of("y=2"), texts(h.all("set-string")));
        assertEquals(2, h.all("set").get(0).line());
    }

    @Test
    void upgradeInstallGlobalFlagsFirstAndCombinedShorthands() {
        HelmCommand h = helm("helm --namespace spark upgrade -i --reuse-values r ./chart --dry-run=server -- --odd-release");
        assertEquals("upgrade", h.subcommand());
        assertTrue(h.is("install"));
        assertTrue(h.is("reuse-values"));
        assertEquals("server", h.value("dry-run"));
        assertEquals("spark", h.value("namespace"));
        assertEquals(List.of("r", "./chart", "--odd-release"), texts(h.positional()));
        assertEquals("client", helm("helm install r c --dry-run").value("dry-run"));
        assertTrue(helm("helm install c -g").is("generate-name"));
    }

    @Test
    void unknownFlagsAndSubcommandsAreErrorsAtTheirLine() {
        HelmCommand.Invalid e = assertThrows(HelmCommand.Invalid.class,
                () -> helm("helm install r c \\", "  --sett a=1"));
        assertEquals(2, e.line());
        assertEquals("unknown flag --sett for helm install", e.getMessage());
        assertEquals("unknown helm subcommand 'instal'", assertThrows(HelmCommand.Invalid.class, () -> helm("helm instal r c")).getMessage());
        assertEquals("flag --namespace needs a value", assertThrows(HelmCommand.Invalid.class, () -> helm("helm install r c --namespace")).getMessage());
        assertEquals("--wait takes true or false, not 'yes'", assertThrows(HelmCommand.Invalid.class, () -> helm("helm install r c --wait=yes")).getMessage());
        assertTrue(assertThrows(HelmCommand.Invalid.class, () -> helm("helm template r c --post-renderer ./x")).getMessage()
                .startsWith("--post-renderer is not supported by the render tier"));
    }

    @Test
    void flagsOfOneSubcommandAreNotAcceptedByAnother() {
        assertEquals("unknown flag --install for helm install",
                assertThrows(HelmCommand.Invalid.class, () -> helm("helm install r c --install")).getMessage());
        assertEquals("x", helm("helm template r c --show-only x").value("show-only"));
    }

    @Test
    void anUnresolvedArgumentIsAnError() {
        HelmCommand.Invalid e = assertThrows(HelmCommand.Invalid.class, () -> helm("helm install r c -n \"$NS\""));
        assertTrue(e.getMessage().startsWith("cannot resolve an argument of this helm command: $NS is not set"), e.getMessage());
    }

    @Test
    void nonRenderingCommandsAreUnderstood() {
        assertEquals(HelmCommand.Action.UNINSTALL, helm("helm uninstall a b -n spark --wait").action());
        assertEquals(List.of("a", "b"), texts(helm("helm del a b").positional()));
        assertEquals(HelmCommand.Action.DEPENDENCY, helm("helm dependency build charts/x --skip-refresh").action());
        assertEquals("update", helm("helm dep up charts/x").subcommand());
        assertEquals(HelmCommand.Action.RELEASE_QUERY, helm("helm status r -o json").action());
        assertEquals(HelmCommand.Action.OTHER, helm("helm repo add bitnami https://charts.bitnami.com/bitnami").action());
        assertEquals(HelmCommand.Action.LINT, helm("helm lint charts/x --strict").action());
        assertEquals(HelmCommand.Action.OTHER, helm("helm repo add mirror \"$MIRROR_URL\"").action(),
                "nothing of a repo command is rendered, so an unknown value does not matter");
    }
}
