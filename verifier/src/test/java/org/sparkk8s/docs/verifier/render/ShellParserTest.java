package org.sparkk8s.docs.verifier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sparkk8s.docs.verifier.plan.ScriptLine;

class ShellParserTest {

    private static List<ShellCommand> parse(Map<String, String> env, List<String> args, String... lines) {
        List<ScriptLine> script = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            script.add(new ScriptLine(10 + i, lines[i]));
        }
        return ShellParser.parse(script, new ShellVariables(env, args, "test.sh"));
    }

    private static List<ShellCommand> parse(String... lines) {
        return parse(Map.of(), List.of(), lines);
    }

    private static List<String> texts(ShellCommand c) {
        return c.args().stream().map(Arg::toString).toList();
    }

    @Test
    void quotesAreRemovedAndKeepSpaces() {
        ShellCommand c = parse("helm install 'my release' \"charts/a b\" --set a=\"x y\" --set-string 'b=$NOT'").get(0);
        assertEquals(List.of("helm", "install", "my release", "charts/a b", "--set", "a=x y", "--set-string", "b=$NOT"), texts(c));
    }

    @Test
    void escapesInsideAndOutsideDoubleQuotes() {
        ShellCommand c = parse("echo \"a \\\"q\\\" \\$HOME \\\\ \\x\" b\\ c $'t\\tab'").get(0);
        assertEquals(List.of("echo", "a \"q\" $HOME \\ \\x", "b c", "t\tab"), texts(c));
    }

    @Test
    void continuationsJoinLinesAndEachArgumentKeepsItsLine() {
        ShellCommand c = parse("helm upgrade --install r charts/x \\", "  --namespace spark \\", "  --wait").get(0);
        assertEquals(List.of("helm", "upgrade", "--install", "r", "charts/x", "--namespace", "spark", "--wait"), texts(c));
        assertEquals(10, c.line());
        assertEquals(11, c.args().get(5).line());
        assertEquals(12, c.args().get(7).line());
    }

    @Test
    void commentsAndOperatorsSplitCommands() {
        List<ShellCommand> cs = parse("set -euo pipefail # strict", "# a comment", "a && b || c; d | e & f", "echo x#y");
        assertEquals(List.of("set", "a", "b", "c", "d", "e", "f", "echo"), cs.stream().map(ShellCommand::name).toList());
        assertTrue(cs.get(5).pipedFromPrevious());
        assertFalse(cs.get(4).pipedFromPrevious());
        assertEquals(List.of("echo", "x#y"), texts(cs.get(7)));
    }

    @Test
    void variablesFromEnvArgsAndEarlierAssignments() {
        List<ShellCommand> cs = parse(Map.of("RELEASE", "spark-35"), List.of("spark"),
                "NAMESPACE=\"${1:?usage: deploy.sh NAMESPACE}\"",
                "CHART=charts/spark-3.5 VERSION=${VERSION:-3.5.7}",
                "export VALUES=presets/a.yaml",
                "helm install \"$RELEASE\" ${CHART} -n $NAMESPACE -f \"$VALUES\" --set image.tag=$VERSION");
        assertEquals(List.of("helm", "install", "spark-35", "charts/spark-3.5", "-n", "spark", "-f", "presets/a.yaml",
                "--set", "image.tag=3.5.7"), texts(cs.get(3)));
    }

    @Test
    void aRequiredArgumentThatIsMissingIsUnresolvedWithTheReason() {
        List<ShellCommand> cs = parse("NAMESPACE=\"${1:?usage: deploy.sh NAMESPACE}\"", "helm install r charts/x -n \"$NAMESPACE\"");
        Arg ns = cs.get(1).args().get(5);
        assertFalse(ns.isResolved());
        assertTrue(ns.unresolved().startsWith("${1:?usage: deploy.sh NAMESPACE} stops the script: $1 is not set (the step passes no args:)"),
                ns.unresolved());
    }

    @Test
    void unsetVariablesAndCommandSubstitutionsAreUnresolved() {
        List<ShellCommand> cs = parse("TAG=$(git describe)", "helm install r charts/x --set a=$TAG --set b=$MISSING --set c=`date`");
        List<Arg> a = cs.get(1).args();
        assertTrue(a.get(5).unresolved().contains("command substitution $(git describe)"), a.get(5).unresolved());
        assertTrue(a.get(5).unresolved().contains("assigned to TAG at line 10"), a.get(5).unresolved());
        assertEquals("$MISSING is not set (not in the step's env: and not assigned earlier in the script)", a.get(7).unresolved());
        assertNull(a.get(9).text());
    }

    @Test
    void unquotedExpansionsAreSplitQuotedOnesAreNot() {
        List<ShellCommand> cs = parse("FLAGS='--wait --timeout 5m'", "helm install r c $FLAGS \"$FLAGS\"", "EMPTY=", "echo $EMPTY \"$EMPTY\" x");
        assertEquals(List.of("helm", "install", "r", "c", "--wait", "--timeout", "5m", "--wait --timeout 5m"), texts(cs.get(1)));
        assertEquals(List.of("echo", "", "x"), texts(cs.get(3)));
    }

    @Test
    void quotedAtKeepsArgumentsApart() {
        ShellCommand c = parse(Map.of(), List.of("a b", "c"), "printf '%s\\n' \"$@\" $# \"$*\"").get(0);
        assertEquals(List.of("printf", "%s\\n", "a b", "c", "2", "a b c"), texts(c));
    }

    @Test
    void setDashDashAndShiftChangeThePositionalParameters() {
        List<ShellCommand> cs = parse("set -- one two three", "shift", "echo \"$1\" \"$2\" \"${3:-none}\"");
        assertEquals(List.of("echo", "two", "three", "none"), texts(cs.get(2)));
    }

    @Test
    void prefixAssignmentsApplyToTheirCommandOnly() {
        List<ShellCommand> cs = parse("HELM_NAMESPACE=spark helm install r c", "echo \"${HELM_NAMESPACE:-unset}\"");
        assertEquals(Map.of("HELM_NAMESPACE", "spark"), cs.get(0).prefixEnv());
        assertEquals("helm", cs.get(0).name());
        assertEquals("unset", cs.get(1).args().get(1).text());
    }

    @Test
    void hereDocumentsAreReadAndExpandedUnlessQuoted() {
        List<ShellCommand> cs = parse(Map.of("NS", "spark"), List.of(),
                "kubectl apply -f - <<EOF",
                "metadata: {namespace: $NS, note: \"quoted\"}",
                "EOF",
                "cat <<'RAW'",
                "keep $NS",
                "RAW",
                "echo after");
        assertEquals("metadata: {namespace: spark, note: \"quoted\"}\n", cs.get(0).heredoc());
        assertEquals(11, cs.get(0).heredocLine());
        assertEquals("keep $NS\n", cs.get(1).heredoc());
        assertEquals("echo", cs.get(2).name());
        assertEquals(16, cs.get(2).line());
    }

    @Test
    void controlStructuresMarkTheirCommandsConditional() {
        List<ShellCommand> cs = parse(
                "if helm status r >/dev/null 2>&1; then",
                "  helm upgrade r c",
                "else",
                "  helm install r c",
                "fi",
                "for ns in a b; do kubectl get pods -n \"$ns\"; done",
                "case \"$1\" in",
                "  up) helm install x c ;;",
                "  *) echo no ;;",
                "esac",
                "deploy() {",
                "  helm install \"$1\" c",
                "}",
                "helm list");
        assertEquals(List.of("helm", "helm", "helm", "kubectl", "helm", "echo", "helm", "helm"),
                cs.stream().map(ShellCommand::name).toList());
        assertTrue(cs.subList(0, 7).stream().allMatch(ShellCommand::conditional));
        assertFalse(cs.get(7).conditional());
        assertEquals(List.of(">/dev/null", "2>&1"), cs.get(0).redirects());
        assertTrue(cs.get(3).args().get(4).unresolved().startsWith("the loop variable of the for loop"));
        assertTrue(cs.get(6).args().get(2).unresolved().contains("function's argument"));
    }

    @Test
    void cdChangesTheDirectoryLaterCommandsRunIn() {
        List<ShellCommand> cs = parse("cd charts", "helm dependency build spark-3.5", "cd ..", "cd \"$SOMEWHERE\"", "helm list");
        assertEquals("charts", cs.get(1).cwd());
        assertEquals("charts", cs.get(2).cwd(), "a command runs where the previous cd left it");
        assertEquals("", cs.get(3).cwd());
        assertNull(cs.get(4).cwd());
    }

    @Test
    void syntaxErrorsNameTheirLine() {
        ShellParser.SyntaxError e = assertThrows(ShellParser.SyntaxError.class, () -> parse("echo ok", "echo \"open"));
        assertEquals(11, e.line());
        assertEquals("unterminated double quote", e.getMessage());
        assertEquals(10, assertThrows(ShellParser.SyntaxError.class, () -> parse("cat <<EOF", "no end")).line());
    }
}
