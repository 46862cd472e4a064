package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServletRequest;
import org.w3id.aperture.vocab.Ap;

/**
 * The origin absolute URLs in answers are built on: the configured public base if there is one, else the
 * address the connection reached. Never the request's Host header, which any client can set and which
 * would then be cached for everyone.
 */
public final class PublicOrigin {
    /** The request attribute that carries the configured public base, without its trailing slash. */
    static final String ATTRIBUTE = PublicOrigin.class.getName();

    private PublicOrigin() {}

    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String configured) {
            return configured;
        }
        String address = request.getLocalAddr();
        String host = address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + request.getLocalPort();
    }

    /** The IRI of the dataset as a whole, described by VoID at {@code /dataset}. */
    public static String datasetIri() {
        return Ap.BASE + "dataset";
    }
}
