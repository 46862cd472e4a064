package org.w3id.aperture.web;

import jakarta.servlet.http.HttpServletRequest;

/** The scheme, host and port a request came to, for the few absolute URLs the site gives (SPARQL endpoint, VoID). */
final class Origin {
    private Origin() {}

    static String of(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean standard = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = req.getServerName().contains(":") ? "[" + req.getServerName() + "]" : req.getServerName();
        return scheme + "://" + host + (standard ? "" : ":" + port);
    }
}
