package org.w3id.aperture.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A servlet built only when needed: the server answers SPARQL at once, and the site is built by the
 * first page request or in the background after a pause, whichever comes first, so that building it
 * does not compete with the server's start on a small machine.
 */
public final class DeferredServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(DeferredServlet.class);

    private final transient FutureTask<Map<String, HttpServlet>> build;
    private final String path;
    private transient volatile HttpServlet ready;

    private DeferredServlet(FutureTask<Map<String, HttpServlet>> build, String path) {
        this.build = build;
        this.path = path;
    }

    /**
     * One deferred servlet per path of {@code paths}, all served by the map {@code servlets} returns; the
     * map is built once, by the first request that needs it or by a daemon thread after {@code pause}.
     */
    public static Map<String, HttpServlet> of(Iterable<String> paths, Supplier<Map<String, HttpServlet>> servlets,
                                              Duration pause) {
        FutureTask<Map<String, HttpServlet>> build = new FutureTask<>(servlets::get);
        Thread background = new Thread(() -> {
            try {
                Thread.sleep(pause.toMillis());
                build.run();
                build.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.error("the web pages could not be built: {}", e.getCause().getMessage());
            }
        }, "site-build");
        background.setDaemon(true);
        background.start();
        Map<String, HttpServlet> deferred = new LinkedHashMap<>();
        paths.forEach(p -> deferred.put(p, new DeferredServlet(build, p)));
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
                    HttpServlet built = built();
                    built.init(getServletConfig());
                    ready = built;
                }
                servlet = ready;
            }
        }
        return servlet;
    }

    private HttpServlet built() throws ServletException {
        build.run(); // does nothing when the build has already run or is running in another thread
        try {
            return build.get().get(path);
        } catch (ExecutionException e) {
            throw new ServletException("the web pages could not be built: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while the web pages were being built", e);
        }
    }
}
