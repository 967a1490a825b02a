package org.sparkk8s.docs.verifier.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.sparkk8s.docs.verifier.CheckResult;
import org.sparkk8s.docs.verifier.Finding;
import org.sparkk8s.docs.verifier.Status;
import org.sparkk8s.docs.verifier.coverage.Coverage;
import org.sparkk8s.docs.verifier.run.InvariantOutcome;
import org.sparkk8s.docs.verifier.run.ScenarioResult;
import org.sparkk8s.docs.verifier.run.StepResult;

/**
 * JUnit XML (the Ant/Surefire format CI systems read): one suite per scenario with one test case
 * per step, cleanup step and invariant; one suite for the static checks; one for coverage.
 */
public final class JUnitXml {

    /**
     * One test case: a name, its outcome, the failure text and anything worth showing.
     *
     * @param artifacts files kept for it (a live step's output and diagnostics), written as
     *                  properties and as lines of system-out, which CI systems show
     */
    private record Case(String className, String name, Status status, long millis, String message, String detail, String out,
                        List<String> artifacts) {

        Case(String className, String name, Status status, long millis, String message, String detail, String out) {
            this(className, name, status, millis, message, detail, out, List.of());
        }
    }

    private JUnitXml() {
    }

    public static void write(Report r, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith("TEST-")).toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ScenarioResult s : r.scenarios()) {
            List<Case> cases = new ArrayList<>();
            // the render tier and a live tier of the same run each get their own file
            String suffix = s.level().isLive() ? "-" + s.level().id() : "";
            String cls = "scenarios." + s.scenario().id() + (s.level().isLive() ? "." + s.level().id() : "");
            int main = 0;
            int cleanup = 0;
            for (StepResult st : s.steps()) {
                boolean isMain = st.step().phase() == org.sparkk8s.docs.verifier.plan.Step.Phase.STEPS;
                String name = (isMain ? "step " + (++main) : "cleanup " + (++cleanup)) + ": " + st.step().displayName();
                List<String> out = new ArrayList<>(st.notes());
                st.artifacts().forEach(a -> out.add("artifact: " + a));
                cases.add(new Case(cls, name, st.status(), st.millis(), st.message(), detail(st.findings()),
                        String.join("\n", out), st.artifacts()));
            }
            for (InvariantOutcome i : s.invariants()) {
                cases.add(new Case(cls, "invariant: " + i.invariant().name(), i.status(), 0, i.message(),
                        detail(i.findings()), i.invariant().path()));
            }
            suite(dir.resolve("TEST-scenario-" + s.scenario().id() + suffix + ".xml"),
                    "scenario " + s.scenario().id() + (s.scenario().guide() == null ? "" : " (guide " + s.scenario().guide() + ")")
                            + (s.level().isLive() ? " at level " + s.level().id() + " on " + s.where() : ""),
                    s.millis(), cases);
        }
        List<Case> statics = new ArrayList<>();
        for (CheckResult c : r.checks()) {
            statics.add(new Case("static." + c.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT),
                    c.name() + ": " + c.subject(), c.status(), c.millis(),
                    c.status() == Status.FAILED ? c.findings().get(0).toString() : c.note(), detail(c.findings()), c.note()));
        }
        suite(dir.resolve("TEST-static.xml"), "static checks", r.checks().stream().mapToLong(CheckResult::millis).sum(), statics);
        List<Case> coverage = new ArrayList<>();
        for (Coverage.Entry e : r.coverage().entries()) {
            Status st = e.state() == Coverage.State.UNCOVERED ? Status.FAILED : Status.PASSED;
            String msg = e.state() == Coverage.State.UNCOVERED
                    ? e.include().location() + ": includes snippets/" + e.id() + ", which no scenario step runs and which is not exempt"
                    : e.state().name().toLowerCase(Locale.ROOT) + (e.exemptReason() == null ? "" : ": " + e.exemptReason());
            coverage.add(new Case("coverage." + e.page().language().code() + "." + e.page().slug(),
                    e.include().location() + " " + e.id(), st, 0, msg, msg, String.join(", ", e.scenarios())));
        }
        suite(dir.resolve("TEST-coverage.xml"), "coverage", 0, coverage);
    }

    private static String detail(List<Finding> findings) {
        return String.join("\n", findings.stream().map(Finding::toString).toList());
    }

    private static void suite(Path file, String name, long millis, List<Case> cases) {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", name);
            w.writeAttribute("tests", String.valueOf(cases.size()));
            w.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.status() == Status.FAILED).count()));
            w.writeAttribute("errors", "0");
            w.writeAttribute("skipped", String.valueOf(cases.stream()
                    .filter(c -> c.status() == Status.SKIPPED || c.status() == Status.NOT_RUN).count()));
            w.writeAttribute("time", seconds(millis));
            w.writeCharacters("\n");
            for (Case c : cases) {
                w.writeCharacters("  ");
                w.writeStartElement("testcase");
                w.writeAttribute("classname", c.className());
                w.writeAttribute("name", c.name());
                w.writeAttribute("time", seconds(c.millis()));
                if (!c.artifacts().isEmpty()) {
                    w.writeStartElement("properties");
                    int n = 0;
                    for (String a : c.artifacts()) {
                        w.writeEmptyElement("property");
                        w.writeAttribute("name", a.endsWith(".stdout") ? "stdout" : a.endsWith(".stderr") ? "stderr"
                                : "diagnostics." + (++n));
                        w.writeAttribute("value", clean(a));
                    }
                    w.writeEndElement();
                }
                if (c.status() == Status.FAILED) {
                    w.writeStartElement("failure");
                    w.writeAttribute("message", clean(c.message()));
                    w.writeCharacters(clean(c.detail()));
                    w.writeEndElement();
                } else if (c.status() == Status.SKIPPED || c.status() == Status.NOT_RUN) {
                    w.writeStartElement("skipped");
                    w.writeAttribute("message", clean(c.message()));
                    w.writeEndElement();
                }
                if (c.out() != null && !c.out().isEmpty()) {
                    w.writeStartElement("system-out");
                    w.writeCharacters(clean(c.out()));
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** XML 1.0 cannot hold most control characters; output may contain them. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(ch == '\t' || ch == '\n' || ch == '\r' || ch >= 0x20 ? ch : '?');
        }
        return b.toString();
    }
}
