package org.w3id.aperture.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A servlet that is still being built: the server starts answering SPARQL while the site is
 * prepared in the background, and the first page request waits for it.
 */
public final class DeferredServlet extends HttpServlet {
    private final transient CompletableFuture<Map<String, HttpServlet>> servlets;
    private final String path;
    private transient volatile HttpServlet ready;

    private DeferredServlet(CompletableFuture<Map<String, HttpServlet>> servlets, String path) {
        this.servlets = servlets;
        this.path = path;
    }

    /** One deferred servlet per path of {@code paths}, all served by the map {@code servlets} completes with. */
    public static Map<String, HttpServlet> of(Iterable<String> paths, CompletableFuture<Map<String, HttpServlet>> future) {
        Map<String, HttpServlet> deferred = new LinkedHashMap<>();
        paths.forEach(p -> deferred.put(p, new DeferredServlet(future, p)));
        return deferred;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        target().service(request, response);
    }

    private HttpServlet target() throws ServletException {
        HttpServlet servlet = ready;
        if (servlet == null) {
            synchronized (this) {
                if (ready == null) {
                    HttpServlet built = servlets.join().get(path);
                    built.init(getServletConfig());
                    ready = built;
                }
                servlet = ready;
            }
        }
        return servlet;
    }
}
