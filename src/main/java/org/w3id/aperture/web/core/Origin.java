package org.w3id.aperture.web.core;

import jakarta.servlet.http.HttpServletRequest;
import org.w3id.aperture.server.PublicOrigin;

/** The server's public origin for the few absolute URLs the site gives; see {@link PublicOrigin}. */
public final class Origin {
    private Origin() {}

    public static String of(HttpServletRequest req) {
        return PublicOrigin.of(req);
    }
}
