package org.sparkk8s.docs.site.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.asciidoctor.log.LogRecord;
import org.jruby.Ruby;
import org.jruby.RubyModule;
import org.jruby.RubyString;
import org.jruby.runtime.builtin.IRubyObject;

/**
 * The one Asciidoctor — and so the one JRuby runtime — of a process. Booting it costs seconds,
 * so it starts in the background as early as possible and is shared by every build of the
 * process ({@code docs serve} keeps it warm). Asciidoctor logs through a single handler; each
 * record goes to the page being converted on the thread that logged it.
 */
public final class AsciidoctorRuntime {

    private static final Object LOCK = new Object();
    private static CompletableFuture<AsciidoctorRuntime> shared;

    /**
     * The lexers loaded up front: the languages this repository's pages use, and plain text (the
     * fallback). Rouge's own {@code require 'rouge'} loads all of its 200-odd lexers, which costs
     * about half a second of every cold build; any other language loads the rest on first use.
     */
    static final java.util.List<String> PRELOADED_LEXERS =
            java.util.List.of("plain_text", "shell", "console", "yaml", "json", "python", "docker", "properties", "sql");

    /**
     * Loads Rouge as its {@code rouge.rb} does, except for the lexers: only {@link #PRELOADED_LEXERS};
     * {@code Rouge::Lexer.find} loads all the others once, when asked for a language it does not
     * know yet, so every language Rouge knows still highlights. Asciidoctor's Rouge adapter
     * requires {@code rouge} only while {@code Rouge.version} is undefined, so it uses this Rouge.
     * Any surprise (a {@code rouge.rb} that looks different) falls back to {@code require 'rouge'}.
     *
     * <p>Pages convert on several threads, and Rouge builds a lexer's states lazily, the first time
     * a lexer enters them, in a way that is not thread-safe: two threads entering a new state at
     * once can see it with a rule missing ({@code undefined method 'beginning_of_line' for nil}).
     * So every state of every loaded lexer is built here, on one thread, before any page converts,
     * and again, under a reentrant lock, when the other lexers load. (States that Rouge itself cannot
     * build, such as one of its Ceylon lexer's, are skipped: no text ever reaches them.)
     */
    private static final String RUBY_ROUGE = """
            require 'monitor'
            module SparkK8sDocs
              module RougeLexers
                LOCK = Monitor.new
                class << self
                  attr_accessor :all_loaded
                  def build_states
                    ::Rouge::Lexer.all.each do |lexer|
                      next unless lexer <= ::Rouge::RegexLexer
                      lexer.state_definitions.keys.each do |state|
                        begin
                          lexer.get_state(state)
                        rescue StandardError
                          nil
                        end
                      end
                    end
                  end
                end
              end
            end
            unless defined? Rouge.version
              begin
                lib = File.join(Gem::Specification.find_by_name('rouge').full_gem_path, 'lib')
                main = File.join(lib, 'rouge.rb')
                src = File.read(main)
                raise 'unexpected rouge.rb' unless src.include?("\nRouge.load_lexers\n") && src.include?('__dir__.freeze')
                src = src.sub("\nRouge.load_lexers\n", "\n").sub('__dir__.freeze', lib.dump + '.freeze')
                eval(src, TOPLEVEL_BINDING, main, 1)
                %LEXERS%.each { |name| Rouge::Lexers.load_lexer(name + '.rb') }
                class << Rouge::Lexer
                  alias_method :spark_k8s_docs_find_loaded, :find
                  def find(name)
                    SparkK8sDocs::RougeLexers::LOCK.synchronize do
                      found = spark_k8s_docs_find_loaded(name)
                      if found.nil? && !SparkK8sDocs::RougeLexers.all_loaded
                        Rouge.load_lexers
                        SparkK8sDocs::RougeLexers.build_states
                        SparkK8sDocs::RougeLexers.all_loaded = true
                        found = spark_k8s_docs_find_loaded(name)
                      end
                      found
                    end
                  end
                end
              rescue StandardError, ScriptError
                require 'rouge'
                SparkK8sDocs::RougeLexers.all_loaded = true
              end
            end
            SparkK8sDocs::RougeLexers.build_states
            """;

    /** Rouge is called the way Asciidoctor's own Rouge adapter calls it, so Markdown code looks the same. */
    private static final String RUBY_HELPER = """
            module SparkK8sDocs
              module Highlight
                def self.html(lang, source)
                  lexer = lang && ::Rouge::Lexer.find(lang)
                  lexer = lexer ? lexer.new : ::Rouge::Lexers::PlainText.new
                  ::Rouge::Formatters::HTML.new.format(lexer.lex(source))
                end
                def self.css(theme, scope)
                  found = ::Rouge::Theme.find(theme)
                  raise ArgumentError, "no Rouge theme #{theme}" unless found
                  found.render(scope: scope)
                end
              end
            end
            """;

    private static final ThreadLocal<List<LogRecord>> LOG_SINK = new ThreadLocal<>();

    /**
     * AsciidoctorJ also logs every record to java.util.logging; the build reports them itself,
     * once, as file:line errors. Kept in a field so the setting is not garbage collected.
     */
    private static final java.util.logging.Logger JUL_LOG = java.util.logging.Logger.getLogger("asciidoctor");

    private final Asciidoctor asciidoctor;
    private final Ruby ruby;
    private final RubyModule highlight;

    private AsciidoctorRuntime(Asciidoctor asciidoctor) {
        JUL_LOG.setLevel(java.util.logging.Level.OFF);
        this.asciidoctor = asciidoctor;
        this.ruby = JRubyRuntimeContext.get(asciidoctor);
        asciidoctor.registerLogHandler(r -> {
            List<LogRecord> sink = LOG_SINK.get();
            if (sink != null) {
                sink.add(r);
            }
        });
        ruby.evalScriptlet(RUBY_ROUGE.replace("%LEXERS%", rubyArray(PRELOADED_LEXERS)));
        ruby.evalScriptlet(RUBY_HELPER);
        this.highlight = ruby.getClassFromPath("SparkK8sDocs::Highlight");
        warmUp();
    }

    private static String rubyArray(java.util.List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    /** Starts booting the shared runtime on a background thread (once per JVM) and returns its future. */
    public static CompletableFuture<AsciidoctorRuntime> boot() {
        return boot(false);
    }

    /**
     * Starts booting the shared runtime (once per JVM). With {@code shortRun} — a one-shot build of
     * a small site — JRuby runs Ruby in its interpreter only ({@code jruby.compile.mode=OFF}): for a
     * few dozen pages, compiling Ruby methods to JVM byte code costs more than it saves (measured:
     * 0.6–0.8 s less for a 20-page site, 1.2 s more for 500 pages). A long-lived process, such as
     * {@code docs serve}, keeps the JIT. An explicit {@code -Djruby.compile.mode} always wins.
     */
    public static CompletableFuture<AsciidoctorRuntime> boot(boolean shortRun) {
        synchronized (LOCK) {
            if (shared == null) {
                CompletableFuture<AsciidoctorRuntime> f = new CompletableFuture<>();
                boolean interpret = shortRun && System.getProperty(COMPILE_MODE) == null;
                Thread t = new Thread(() -> {
                    try {
                        f.complete(new AsciidoctorRuntime(create(interpret)));
                    } catch (Throwable e) {
                        f.completeExceptionally(e);
                    }
                }, "asciidoctor-boot");
                t.setDaemon(true);
                t.start();
                shared = f;
            }
            return shared;
        }
    }

    private static final String COMPILE_MODE = "jruby.compile.mode";

    /** JRuby reads its compile mode from the system property when the runtime is created, and only then. */
    private static Asciidoctor create(boolean interpret) {
        if (!interpret) {
            return Asciidoctor.Factory.create();
        }
        synchronized (System.getProperties()) {
            System.setProperty(COMPILE_MODE, "OFF");
            try {
                return Asciidoctor.Factory.create();
            } finally {
                System.clearProperty(COMPILE_MODE);
            }
        }
    }

    /** The shared runtime, waiting for its boot to finish. */
    public static AsciidoctorRuntime get() {
        try {
            return boot().join();
        } catch (CompletionException e) {
            throw new IllegalStateException("cannot start Asciidoctor: " + e.getCause(), e.getCause());
        }
    }

    /** Loads the converter, the syntax highlighter and common lexers before pages are converted in parallel. */
    private void warmUp() {
        String doc = "= Warm-up\n\n== Section\n\n[source,bash]\n----\necho hi\n----\n\n[source,yaml]\n----\na: 1\n----\n";
        asciidoctor.convert(doc, Options.builder().safe(SafeMode.SAFE)
                .attributes(Attributes.builder().attribute("source-highlighter", "rouge").attribute("rouge-css", "class").build())
                .build());
        highlight("json", "{}");
    }

    public Asciidoctor asciidoctor() {
        return asciidoctor;
    }

    /** Runs {@code work} with every record Asciidoctor logs on this thread collected into {@code records}. */
    public <T> T capturingLog(List<LogRecord> records, Supplier<T> work) {
        List<LogRecord> previous = LOG_SINK.get();
        LOG_SINK.set(records);
        try {
            return work.get();
        } finally {
            LOG_SINK.set(previous);
        }
    }

    /** {@code source} highlighted by Rouge as HTML spans with CSS classes; plain text when the language is unknown. */
    public String highlight(String language, String source) {
        IRubyObject lang = language == null || language.isBlank() ? ruby.getNil() : ruby.newString(language);
        IRubyObject out = highlight.callMethod(ruby.getCurrentContext(), "html",
                new IRubyObject[] {lang, RubyString.newUnicodeString(ruby, source)});
        return out.asJavaString();
    }

    /** The CSS of a Rouge theme, every rule prefixed with {@code scope}. */
    public String themeStylesheet(String theme, String scope) {
        IRubyObject out = highlight.callMethod(ruby.getCurrentContext(), "css",
                new IRubyObject[] {ruby.newString(theme), ruby.newString(scope)});
        return out.asJavaString();
    }

    /** Records at WARN or worse, for callers that only look at the serious ones. */
    static List<LogRecord> serious(List<LogRecord> records) {
        List<LogRecord> out = new ArrayList<>();
        for (LogRecord r : records) {
            switch (r.getSeverity()) {
                case WARN, ERROR, FATAL, UNKNOWN -> out.add(r);
                default -> { }
            }
        }
        return out;
    }
}
