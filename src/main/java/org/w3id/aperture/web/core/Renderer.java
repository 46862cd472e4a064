package org.w3id.aperture.web.core;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the FreeMarker templates of web/templates/ with the HTML output format, so every value is escaped;
 * every page gets the helpers the templates call as {@code v.href(iri)}, {@code v.label(iri)}, ...
 */
public final class Renderer {
    private final Configuration config;
    private final Object helpers;
    private final SiteIris iris;

    /**
     * @param helpers the object templates reach as {@code v}
     * @param iris    puts the pages' links under the public path
     */
    public Renderer(Object helpers, SiteIris iris) {
        this.helpers = helpers;
        this.iris = iris;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassLoaderForTemplateLoading(Renderer.class.getClassLoader(), "web/templates");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setURLEscapingCharset("UTF-8");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
    }

    /** A path of this server as the public reaches it. */
    String publicPath(String serverPath) {
        return iris.publicPath(serverPath);
    }

    /** Renders {@code name}.ftlh with the page's values and its frame under {@code layout}. */
    String render(String name, Map<String, Object> model, Layout layout) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("v", helpers);
        all.put("layout", layout);
        try {
            StringWriter out = new StringWriter();
            config.getTemplate(name + ".ftlh").process(all, out);
            return iris.publicLinks(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed", e);
        }
    }
}
