package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Serves the stylesheet from a fixed list of files of web/static/, read once; nothing else under /static/. */
final class StaticServlet extends WebServlet {
    private static final Map<String, String> FILES = Map.of("/aperture.css", "text/css; charset=utf-8");
    private final transient Map<String, byte[]> content;

    StaticServlet(Site site) {
        super(site);
        content = FILES.keySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, StaticServlet::read));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticServlet.class.getResourceAsStream("/web/static" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource web/static" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    void get(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo();
        byte[] body = name == null ? null : content.get(name);
        if (body == null) {
            error(resp, 404, "Not found", "No such file.");
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=3600");
        send(resp, 200, FILES.get(name), body);
    }
}
