package org.sparkk8s.docs.verifier.statics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sparkk8s.docs.core.SourceLocation;
import org.sparkk8s.docs.core.snippet.SnippetFile;
import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Level;

/**
 * {@code bash -n} on a whole shell file: the file is what bash parses, so a region is only valid
 * if the file around it is. Each error is reported at its line, naming the regions it falls in.
 */
public final class BashSyntax {

    public static final String NAME = "bash -n";
    private static final Pattern LINE = Pattern.compile("^(.*?): line (\\d+): (.*)$");

    private final Path bash;

    public BashSyntax(Path bash) {
        this.bash = bash;
    }

    public CheckResult check(Path root, SnippetFile file) {
        long start = System.nanoTime();
        String shown = file.shownAs().toString().replace('\\', '/');
        if (bash == null) {
            return CheckResult.skipped(NAME, shown, Level.STATIC, "bash not found on PATH");
        }
        Processes.Output out = Processes.run(List.of(bash.toString(), "-n", shown), root, 60);
        List<Finding> findings = new ArrayList<>();
        if (out.exit() != 0) {
            Map<Integer, String> byLine = new LinkedHashMap<>();
            for (String l : out.stderr().split("\n")) {
                Matcher m = LINE.matcher(l);
                if (m.matches()) {
                    byLine.putIfAbsent(Integer.parseInt(m.group(2)), m.group(3).strip());
                }
            }
            if (byLine.isEmpty()) {
                findings.add(Finding.at(SourceLocation.wholeFile(file.shownAs()), "bash -n failed: " + out.stderr().strip()));
            }
            byLine.forEach((line, msg) -> findings.add(Finding.at(SourceLocation.of(file.shownAs(), line),
                    "bash: " + msg + Regions.suffix(file, line))));
        }
        return CheckResult.of(NAME, shown, Level.STATIC, findings, null, start);
    }
}
