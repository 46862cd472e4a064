package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * Ending an answer that has begun streaming but cannot be finished (its query timed out or failed after
 * the first bytes went out): the connection is aborted, so that the client sees a broken response
 * rather than a 200 with a valid-looking partial body, and the answer is never cached.
 */
final class Aborts {
    private Aborts() {}

    static void abort(HttpServletRequest request, Throwable cause) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        if (jetty != null) {
            jetty.getServletChannel().abort(cause);
        }
    }

    static boolean aborted(HttpServletRequest request) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(request);
        return jetty != null && jetty.getServletChannel().isAborted();
    }
}
