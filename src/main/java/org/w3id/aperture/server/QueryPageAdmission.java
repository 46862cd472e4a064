package org.w3id.aperture.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web query page runs visitors' SPARQL too: a request that carries a query takes a slot in the heavy
 * lane of the endpoint's {@link Admission}, so that the page can never crowd out cheap questions.
 */
final class QueryPageAdmission extends HttpFilter {
    private final Admission admission;
    private final long timeoutMillis;

    QueryPageAdmission(Admission admission, long timeoutMillis) {
        this.admission = admission;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getParameter("query");
        if (query == null || query.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        try (Admission.Slot slot = admission.enter(Admission.Cost.HEAVY, timeoutMillis - ArrivalStamp.millisSinceArrival(request))) {
            chain.doFilter(request, response);
        } catch (Admission.Refused e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "5");
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().println(e.getMessage());
        }
    }
}
