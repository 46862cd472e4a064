package org.w3id.aperture.web.core;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.aperture.guard.QueryPolicyException;
import org.w3id.aperture.server.SecurityHeaders;

/**
 * The base of the site's servlets: the pages' {@link SecurityHeaders} on every response, only GET and HEAD, hostile paths
 * refused, and failures answered with a plain page that shows no stack trace or file path.
 */
public abstract class WebServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(WebServlet.class);

    private final transient Renderer renderer;

    protected WebServlet(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        SecurityHeaders.applyToPage(resp);
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            error(resp, 405, "Method not allowed", "This site is read-only: use GET.");
            return;
        }
        if (SafePaths.isHostile(req.getRequestURI())) {
            error(resp, 400, "Bad request", "This path is not allowed.");
            return;
        }
        try {
            get(req, resp);
        } catch (BadRequest e) {
            error(resp, 400, "Bad request", e.getMessage());
        } catch (QueryPolicyException e) {
            if (!resp.isCommitted()) {
                resp.reset();
                error(resp, 400, "Bad request", "The query was refused: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.warn("failed on {}", req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                error(resp, 500, "Something went wrong", "The server could not build this page. Please report the address.");
            }
        }
    }

    protected abstract void get(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    /** A path of this server as the public reaches it (under {@code serve --base}'s path), for links outside pages. */
    protected String publicPath(String serverPath) {
        return renderer.publicPath(serverPath);
    }

    protected void html(HttpServletResponse resp, int status, String template, Map<String, Object> model, Layout layout) throws IOException {
        byte[] body = renderer.render(template, model, layout).getBytes(StandardCharsets.UTF_8);
        send(resp, status, "text/html; charset=utf-8", body);
    }

    protected void error(HttpServletResponse resp, int status, String title, String message) throws IOException {
        SecurityHeaders.applyToPage(resp);
        html(resp, status, "error", Map.of("status", status, "message", message), Layout.page(title));
    }

    protected static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** A request the site cannot answer because of what it asks (a bad parameter, a malformed query). */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }
}
