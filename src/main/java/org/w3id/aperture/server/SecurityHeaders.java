package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place the security headers are set. Every answer, Jetty's own error answers included, carries
 * {@link #ALL}: CORS for any origin without credentials (the data is public and nothing depends on cookies)
 * with the headers a browser tool needs to read, no MIME sniffing, a content policy that allows nothing, no
 * referrer leaks. Pages get {@link #PAGES} on top: a content policy for their own styles and scripts (none
 * inline), and no framing.
 */
public final class SecurityHeaders {
    static final String EXPOSED = "ETag, Link, Content-Location, Content-Disposition, "
            + GuardedQuery.LIMIT_HEADER + ", " + GuardedQuery.CUT_HEADER + ", " + CachingFilter.CACHE_HEADER;
    static final Map<String, String> ALL = all();
    static final Map<String, String> PAGES = pages();

    private SecurityHeaders() {}

    private static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Expose-Headers", EXPOSED);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.put("Referrer-Policy", "no-referrer");
        return Collections.unmodifiableMap(headers);
    }

    private static Map<String, String> pages() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        headers.put("X-Frame-Options", "DENY");
        return Collections.unmodifiableMap(headers);
    }

    /** Every answer's headers (again, after a reset of the response has dropped them). */
    static void apply(HttpServletResponse response) {
        ALL.forEach(response::setHeader);
    }

    /** A page's headers: every answer's, with the page's content policy and no framing. */
    public static void applyToPage(HttpServletResponse response) {
        apply(response);
        PAGES.forEach(response::setHeader);
    }
}
