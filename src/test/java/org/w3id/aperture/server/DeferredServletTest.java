package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The site is built once: by the first page request, or by the background thread after its pause. */
class DeferredServletTest {
    private static final List<String> PATHS = List.of("/a", "/b");

    private static final class Answering extends HttpServlet {
        final AtomicInteger served = new AtomicInteger();

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            served.incrementAndGet();
        }
    }

    private final AtomicInteger builds = new AtomicInteger();
    private final Answering a = new Answering();
    private final Answering b = new Answering();
    private final Supplier<Map<String, HttpServlet>> site = () -> {
        builds.incrementAndGet();
        return Map.of("/a", a, "/b", b);
    };

    /** The deferred servlets, initialised as Jetty would. */
    private static Map<String, HttpServlet> deferred(Supplier<Map<String, HttpServlet>> site, Duration pause)
            throws ServletException {
        Map<String, HttpServlet> deferred = DeferredServlet.of(PATHS, site, pause);
        for (var entry : deferred.entrySet()) {
            entry.getValue().init(new ServletConfig() {
                @Override
                public String getServletName() {
                    return entry.getKey();
                }

                @Override
                public ServletContext getServletContext() {
                    return null;
                }

                @Override
                public String getInitParameter(String name) {
                    return null;
                }

                @Override
                public Enumeration<String> getInitParameterNames() {
                    return Collections.emptyEnumeration();
                }
            });
        }
        return deferred;
    }

    private static void request(Map<String, HttpServlet> deferred, String path) throws Exception {
        deferred.get(path).service(stub(HttpServletRequest.class), stub(HttpServletResponse.class));
    }

    /** A request or response that answers nothing: the servlets here do not read them. */
    private static <T> T stub(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> null));
    }

    @Test
    void theFirstRequestBuildsTheSiteOnceForEveryPath() throws Exception {
        Map<String, HttpServlet> deferred = deferred(site, Duration.ofHours(1));
        assertEquals(0, builds.get(), "nothing is built before a request or the pause");
        request(deferred, "/a");
        request(deferred, "/b");
        request(deferred, "/a");
        assertEquals(1, builds.get());
        assertEquals(2, a.served.get());
        assertEquals(1, b.served.get());
    }

    @Test
    void theBackgroundThreadBuildsTheSiteAfterThePause() throws Exception {
        Map<String, HttpServlet> deferred = deferred(site, Duration.ZERO);
        for (int i = 0; i < 500 && builds.get() == 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(1, builds.get(), "built without any request");
        request(deferred, "/b");
        assertEquals(1, builds.get(), "a request after the build does not build again");
        assertEquals(1, b.served.get());
    }

    @Test
    void aFailedBuildAnswersEveryRequestWithItsReason() throws ServletException {
        Map<String, HttpServlet> deferred = deferred(() -> {
            throw new IllegalStateException("no templates");
        }, Duration.ofHours(1));
        for (String path : PATHS) {
            ServletException e = assertThrows(ServletException.class, () -> request(deferred, path));
            assertTrue(e.getMessage().contains("no templates"), e.getMessage());
        }
    }
}
