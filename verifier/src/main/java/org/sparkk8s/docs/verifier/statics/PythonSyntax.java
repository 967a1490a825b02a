package org.sparkk8s.docs.verifier.statics;

import java.nio.file.Path;
import java.util.List;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;

/**
 * Python snippets parsed by the local {@code python3} ({@code ast.parse}: syntax only, nothing is
 * imported or run, no byte code is written). Without {@code python3} the check is skipped with the reason.
 */
public final class PythonSyntax {

    public static final String NAME = "python3 syntax";

    /** Prints "line<TAB>message" for the first syntax error and exits 1; exits 0 when the file parses. */
    private static final String PARSE = """
            import ast, sys
            path = sys.argv[1]
            try:
                with open(path, encoding="utf-8") as f:
                    ast.parse(f.read(), path)
            except SyntaxError as e:
                print(f"{e.lineno or 0}\\t{e.msg}")
                sys.exit(1)
            """;

    private final Path python;

    public PythonSyntax(Path python) {
        this.python = python;
    }

    public static boolean applies(SnippetFile f) {
        return f.path().endsWith(".py");
    }

    public CheckResult check(Path root, SnippetFile file) {
        long start = System.nanoTime();
        String shown = file.shownAs().toString().replace('\\', '/');
        if (python == null) {
            return CheckResult.skipped(NAME, shown, Level.STATIC, "python3 not found on PATH");
        }
        Processes.Output out = Processes.run(List.of(python.toString(), "-I", "-c", PARSE, shown), root, 60);
        if (out.exit() == 0) {
            return CheckResult.of(NAME, shown, Level.STATIC, List.of(), null, start);
        }
        String[] parts = out.stdout().strip().split("\t", 2);
        Finding finding;
        if (parts.length == 2 && parts[0].matches("\\d+")) {
            int line = Integer.parseInt(parts[0]);
            finding = Finding.at(line > 0 ? SourceLocation.of(file.shownAs(), line) : SourceLocation.wholeFile(file.shownAs()),
                    "python: " + parts[1] + (line > 0 ? Regions.suffix(file, line) : ""));
        } else {
            finding = Finding.at(SourceLocation.wholeFile(file.shownAs()), "python3 could not parse the file: "
                    + (out.stdout() + out.stderr()).strip());
        }
        return CheckResult.of(NAME, shown, Level.STATIC, List.of(finding), null, start);
    }
}
