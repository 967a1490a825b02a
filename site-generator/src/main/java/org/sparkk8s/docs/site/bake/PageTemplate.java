package org.sparkk8s.docs.site.bake;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

import org.sparkk8s.docs.site.stage.JBakeProject;
import org.sparkk8s.docs.site.stage.StagedPage;

/**
 * Renders one staged page through the same FreeMarker templates, configured as JBake configures
 * FreeMarker, without an Oven pass. A JBake bake restarts its database and re-reads the tree
 * (180–250 ms even for one changed page); this is how {@code docs serve} re-renders a changed page
 * in a few milliseconds. A test proves the output is the same as the Oven's.
 */
public final class PageTemplate {

    private final Configuration freemarker;

    private PageTemplate(TemplateLoader loader) {
        // as org.jbake.template.FreemarkerTemplateEngine sets it up
        freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setTemplateLoader(loader);
    }

    /** The templates of a JBake source tree. */
    public static PageTemplate fromDirectory(Path templatesDir) {
        try {
            return new PageTemplate(new FileTemplateLoader(templatesDir.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The templates the site generator ships, which every JBake tree is given. */
    public static PageTemplate fromClasspath() {
        return new PageTemplate(new ClassTemplateLoader(PageTemplate.class, JBakeProject.TEMPLATE_RESOURCES));
    }

    public String render(StagedPage page) {
        String type = page.headers().get("type");
        String template = type.substring(0, type.lastIndexOf('-')) + ".ftl";
        try {
            Template t = freemarker.getTemplate(template);
            StringWriter out = new StringWriter(page.body().length() + 8192);
            t.process(Map.of("content", page.templateContent()), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
    }
}
