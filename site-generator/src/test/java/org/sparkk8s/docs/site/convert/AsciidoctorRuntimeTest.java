package org.sparkk8s.docs.site.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.Ruby;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Rouge with its lexers loaded on demand: the preloaded languages highlight, and so does every
 * other language Rouge knows, from Asciidoctor and from the Markdown highlighter, on several
 * threads at once.
 */
class AsciidoctorRuntimeTest {

    static final AsciidoctorRuntime RUNTIME = AsciidoctorRuntime.get();

    static Element listing(String language, String code) {
        String html = RUNTIME.asciidoctor().convert("[source," + language + "]\n----\n" + code + "\n----\n",
                Options.builder().safe(SafeMode.SAFE).attributes(Attributes.builder()
                        .attribute("source-highlighter", "rouge").attribute("rouge-css", "class").build()).build());
        return Jsoup.parseBodyFragment(html).selectFirst("pre.rouge code");
    }

    @Test
    void everyPreloadedLexerIsOneRougeKnows() {
        for (String name : AsciidoctorRuntime.PRELOADED_LEXERS) {
            String lang = name.equals("plain_text") ? "plaintext" : name;
            assertFalse(RUNTIME.highlight(lang, "x = 1").isEmpty(), name);
        }
        Element bash = listing("bash", "helm install spark-41 charts/spark-4.1 -n spark");
        assertEquals("bash", bash.attr("data-lang"));
        assertFalse(bash.select("span.nb").isEmpty(), "the shell lexer marked the builtin: " + bash);
        assertFalse(listing("yaml", "connect:\n  enabled: true").select("span.na").isEmpty());
    }

    /**
     * Rouge builds a lexer's states lazily and not thread-safely; pages convert in parallel, so
     * every state of every loaded lexer must be built before the first page converts.
     */
    @Test
    void everyStateOfEveryLoadedLexerIsBuiltBeforePagesConvert() {
        Ruby ruby = JRubyRuntimeContext.get(RUNTIME.asciidoctor());
        // a state never attempted is a failure; one whose definition Rouge started to evaluate but
        // could not finish is Rouge's own bug (Rouge 3.30 has a few, e.g. in its Ceylon and SAS
        // lexers, that call undefined methods; no text ever reaches them)
        String unbuilt = ruby.evalScriptlet("""
                SparkK8sDocs::RougeLexers::LOCK.synchronize do
                  ::Rouge::Lexer.all.select { |l| l <= ::Rouge::RegexLexer }.flat_map do |l|
                    l.state_definitions.keys
                      .reject { |s| l.states[s] || l.state_definitions[s].instance_variable_get(:@loaded) }
                      .map { |s| "#{l.tag}:#{s}" }
                  end.join(' ')
                end
                """).asJavaString();
        assertEquals("", unbuilt);
        assertTrue(ruby.evalScriptlet("::Rouge::Lexer.all.size").toJava(Integer.class) >= AsciidoctorRuntime.PRELOADED_LEXERS.size());
    }

    @Test
    void aLanguageOutsideThePreloadedOnesStillHighlights() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> work = List.of(
                    () -> listing("haskell", "main :: IO ()\nmain = putStrLn \"hi\"").html(),
                    () -> listing("rust", "fn main() { let x = 1; }").html(),
                    () -> RUNTIME.highlight("ruby", "def hi; end"),
                    () -> RUNTIME.highlight("go", "package main"));
            for (Future<String> f : pool.invokeAll(work)) {
                assertTrue(f.get().contains("<span class=\"k"), f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(RUNTIME.highlight("no-such-language", "a < b").contains("a &lt; b"), "unknown languages are plain text");
    }
}
