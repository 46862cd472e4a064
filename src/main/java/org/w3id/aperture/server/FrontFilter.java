package org.w3id.aperture.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The first stop of every request: the {@link SecurityHeaders}, CORS preflight answers, TRACE refused, the
 * public origin handed on to whatever builds absolute URLs, and a 400 for parameters that do not decode.
 */
final class FrontFilter extends HttpFilter {
    private final String publicOrigin;

    /** @param publicOrigin the configured public base without its trailing slash, or null to use the address reached */
    FrontFilter(String publicOrigin) {
        this.publicOrigin = publicOrigin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response);
        if (publicOrigin != null) {
            request.setAttribute(PublicOrigin.ATTRIBUTE, publicOrigin);
        }
        if ("TRACE".equals(request.getMethod()) || "TRACK".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, If-None-Match");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!parametersDecode(request)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().println("Bad request: the query string or form body is not valid percent-encoded UTF-8");
            return;
        }
        chain.doFilter(request, new NoDeclaredLength(response));
    }

    /**
     * Fuseki 5.6.0 declares the length of its plain-text error messages in characters, not bytes,
     * so a message quoting non-ASCII query text overflows and turns a 400 into a 500. Without a
     * declared length Jetty counts the bytes itself.
     */
    private static final class NoDeclaredLength extends HttpServletResponseWrapper {
        NoDeclaredLength(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int length) {}

        @Override
        public void setContentLengthLong(long length) {}
    }

    /**
     * Decodes the parameters once, here, so that a malformed query string or form body is a 400
     * instead of an error deep inside the SPARQL service (which would answer 500).
     */
    private static boolean parametersDecode(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
