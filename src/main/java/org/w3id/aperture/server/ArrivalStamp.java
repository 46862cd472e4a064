package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Stamps each request with the time it reached the server, before any queue, so that the time a
 * query waited for admission counts against its timeout.
 */
final class ArrivalStamp extends Handler.Wrapper {
    private static final String ATTRIBUTE = ArrivalStamp.class.getName();

    ArrivalStamp(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        request.setAttribute(ATTRIBUTE, System.nanoTime());
        return super.handle(request, response, callback);
    }

    /** Milliseconds since the request arrived (0 if it was not stamped). */
    static long millisSinceArrival(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Long arrival ? (System.nanoTime() - arrival) / 1_000_000 : 0;
    }
}
