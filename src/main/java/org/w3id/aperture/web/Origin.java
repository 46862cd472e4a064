package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;
import org.w3id.aperture.server.PublicOrigin;

/** The server's public origin for the few absolute URLs the site gives; see {@link PublicOrigin}. */
final class Origin {
    private Origin() {}

    static String of(HttpServletRequest req) {
        return PublicOrigin.of(req);
    }
}
