package org.sparkk8s.docs.site.enrich;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.sparkk8s.docs.core.Language;

/** The words of the verification badges and status page, in English and Russian. */
final class VerificationLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final boolean ru;

    VerificationLabels(Language language) {
        this.ru = language == Language.RU;
    }

    static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    static String time(Instant at) {
        return at == null ? "?" : TIME.format(at);
    }

    /** The CSS class of a badge: one for each of the four things a reader needs to tell apart. */
    static String kind(SnippetVerdict.Status status) {
        return switch (status) {
            case PASSED -> "verify-passed";
            case EXEMPT -> "verify-exempt";
            case FAILED -> "verify-failed";
            case SKIPPED, NOT_RUN -> "verify-not-run";
        };
    }

    /** The badge text: {@code verified · render · 2026-11-21}, {@code exempt}, {@code failed}, {@code not run}. */
    String badge(SnippetVerdict v) {
        return switch (v.status()) {
            case PASSED -> (ru ? "проверено" : "verified") + (v.level() == null ? "" : " · " + v.level())
                    + (v.at() == null ? "" : " · " + date(v.at()));
            case EXEMPT -> ru ? "без проверки" : "exempt";
            case FAILED -> ru ? "ошибка проверки" : "failed";
            case SKIPPED, NOT_RUN -> ru ? "не запускалось" : "not run";
        };
    }

    /** The status alone, for the status page's table, where level and date have columns of their own. */
    String status(SnippetVerdict v) {
        return v.status() == SnippetVerdict.Status.PASSED ? (ru ? "проверено" : "verified") : badge(v);
    }

    /** The badge's tooltip: the level, where and when, and the report's message (for an exemption, its reason). */
    String detail(SnippetVerdict v, Instant reportTime) {
        String message = v.message() == null || v.message().isBlank() ? "" : ": " + v.message();
        String where = v.where() == null || "local".equals(v.where()) ? "" : " (" + v.where() + ")";
        return switch (v.status()) {
            case PASSED -> (ru ? "Проверено на уровне " : "Verified at level ") + v.level() + where
                    + (ru ? ", " : " on ") + time(v.at()) + message;
            case EXEMPT -> (ru ? "Не проверяется намеренно" : "Exempt from verification") + message;
            case FAILED -> (ru ? "Проверка не пройдена, " : "Verification failed on ") + time(v.at()) + message;
            case SKIPPED, NOT_RUN -> v.message() == null
                    ? (ru ? "Нет в отчёте о проверке от " : "Not in the verification report of ") + time(reportTime)
                        + (ru ? ": запустите ./docs verify" : ": run ./docs verify")
                    : (ru ? "Последняя проверка (" : "Not run by the last verification (") + time(reportTime) + ")" + message;
        };
    }

    String title() {
        return ru ? "Статус проверки" : "Verification status";
    }

    String noReport() {
        return ru
                ? "Отчёта о проверке пока нет. Запустите ./docs verify: он проверит каждый сниппет и запишет target/verification/report.json;"
                        + " следующая сборка ./docs build (а ./docs serve — сразу) покажет результаты здесь и отметку под каждым блоком кода."
                : "There is no verification report yet. Run ./docs verify: it checks every snippet and writes target/verification/report.json;"
                        + " the next ./docs build (or ./docs serve, at once) shows the results here and a badge under every code block.";
    }

    String unreadable(String reason) {
        return ru
                ? "Отчёт о проверке target/verification/report.json не читается (" + reason + "). Запустите ./docs verify, чтобы записать новый."
                : "The verification report target/verification/report.json cannot be read (" + reason + "). Run ./docs verify to write a new one.";
    }

    String written(Instant at) {
        return (ru ? "Отчёт записан командой ./docs verify " : "Written by ./docs verify on ") + time(at) + ".";
    }

    String levels() {
        return ru ? "Уровни" : "Levels";
    }

    String where() {
        return ru ? "Где" : "Where";
    }

    String localChecks() {
        return ru ? "статические проверки — на этой машине" : "static checks on this machine";
    }

    String live() {
        return ru ? "Живой кластер" : "Live cluster";
    }

    String liveNotAsked() {
        return ru ? "не запускался (./docs verify --cluster k3s)" : "not run (./docs verify --cluster k3s)";
    }

    String counts(int passed, int exempt, int notRun, int failed) {
        return ru
                ? "Блоки кода руководств: проверено " + passed + ", без проверки " + exempt + ", не запускалось " + notRun + ", ошибок " + failed + "."
                : "Code blocks of the guides: " + passed + " verified, " + exempt + " exempt, " + notRun + " not run, " + failed + " failed.";
    }

    String failures() {
        return ru ? "Ошибки" : "Failures";
    }

    String coverage() {
        return ru ? "Покрытие" : "Coverage";
    }

    String guide() {
        return ru ? "Руководство" : "Guide";
    }

    /** One guide's coverage in one language: {@code 100.0 % of 9 included: 6 run, 3 exempt}. */
    String coverage(VerificationReport.Coverage c) {
        StringBuilder s = new StringBuilder(String.format(java.util.Locale.ROOT, "%.1f %%", c.percent()));
        s.append(ru ? " из " : " of ").append(c.includes()).append(ru ? " включений: запущено " : " included: ").append(c.run())
                .append(ru ? "" : " run").append(ru ? ", без проверки " : ", ").append(c.exempt()).append(ru ? "" : " exempt");
        if (c.presets() > 0) {
            s.append(ru ? ", пресетов " : ", ").append(c.presets()).append(ru ? "" : c.presets() == 1 ? " preset" : " presets");
        }
        if (c.uncovered() > 0) {
            s.append(ru ? ", не покрыто " : ", ").append(c.uncovered()).append(ru ? "" : " uncovered");
        }
        return s.toString();
    }

    String[] snippetHeader() {
        return ru
                ? new String[] {"Сниппет", "Статус", "Уровень", "Когда", "Сообщение"}
                : new String[] {"Snippet", "Status", "Level", "When", "Message"};
    }

    String notInReport() {
        return ru ? "нет в отчёте" : "not in the report";
    }
}
