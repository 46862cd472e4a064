package org.w3id.aperture.web.core;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves a fixed list of files, read once: the site's own from web/static/ (stylesheet, script, icons,
 * robots.txt) and the editor's from the CodeMirror webjar on the class path. Nothing else.
 */
public final class StaticServlet extends WebServlet {
    /** The CodeMirror release the pom pins; its webjar holds the files under this folder. */
    static final String CODEMIRROR = "META-INF/resources/webjars/codemirror/5.65.16/";
    /** Where the editor's files are served. */
    static final String VENDOR = "/static/vendor/codemirror/";
    /** Request path, resource path on the class path, media type. */
    private static final String[][] FILES = {
        {"/static/aperture.css", "web/static/aperture.css", "text/css; charset=utf-8"},
        {"/static/aperture.js", "web/static/aperture.js", "text/javascript; charset=utf-8"},
        {"/static/favicon.svg", "web/static/favicon.svg", "image/svg+xml"},
        {"/favicon.ico", "web/static/favicon.ico", "image/x-icon"},
        {"/robots.txt", "web/static/robots.txt", "text/plain; charset=utf-8"},
        {"/static/query-editor.js", "web/static/query-editor.js", "text/javascript; charset=utf-8"},
        {VENDOR + "lib/codemirror.js", CODEMIRROR + "lib/codemirror.js", "text/javascript; charset=utf-8"},
        {VENDOR + "lib/codemirror.css", CODEMIRROR + "lib/codemirror.css", "text/css; charset=utf-8"},
        {VENDOR + "mode/sparql/sparql.js", CODEMIRROR + "mode/sparql/sparql.js", "text/javascript; charset=utf-8"},
        {VENDOR + "addon/edit/matchbrackets.js", CODEMIRROR + "addon/edit/matchbrackets.js", "text/javascript; charset=utf-8"},
        {VENDOR + "addon/edit/closebrackets.js", CODEMIRROR + "addon/edit/closebrackets.js", "text/javascript; charset=utf-8"},
        {VENDOR + "addon/hint/show-hint.js", CODEMIRROR + "addon/hint/show-hint.js", "text/javascript; charset=utf-8"},
        {VENDOR + "addon/hint/show-hint.css", CODEMIRROR + "addon/hint/show-hint.css", "text/css; charset=utf-8"},
    };
    private final transient Map<String, byte[]> content = new LinkedHashMap<>();
    private final transient Map<String, String> types = new LinkedHashMap<>();


    public StaticServlet(Renderer renderer) {
        super(renderer);
        for (String[] file : FILES) {
            content.put(file[0], read(file[1]));
            types.put(file[0], file[2]);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        byte[] body = content.get(name);
        if (body == null) {
            error(resp, 404, "Not found", "No such file.");
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=3600");
        send(resp, 200, types.get(name), body);
    }
}
