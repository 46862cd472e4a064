package org.w3id.aperture.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer carries, Jetty's own error answers included: CORS for any origin without
 * credentials (the data is public and nothing depends on cookies) with the headers a browser tool needs
 * to read, no MIME sniffing, no framing, no referrer leaks. Pages relax the content policy for their
 * own styles and scripts.
 */
final class SecurityHeaders {
    static final String EXPOSED = "ETag, Link, Content-Location, Content-Disposition, "
            + GuardedQuery.LIMIT_HEADER + ", " + GuardedQuery.CUT_HEADER + ", " + CachingFilter.CACHE_HEADER;
    static final Map<String, String> ALL = all();

    private SecurityHeaders() {}

    private static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Expose-Headers", EXPOSED);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        headers.put("Referrer-Policy", "no-referrer");
        return java.util.Collections.unmodifiableMap(headers);
    }
}
