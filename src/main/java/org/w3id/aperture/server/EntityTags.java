package org.w3id.aperture.server;

/** {@code If-None-Match} as RFC 9110 (13.1.2) reads it: {@code *}, or a list of entity tags compared weakly. */
final class EntityTags {
    private EntityTags() {}

    /**
     * True if the header names the current representation: it is {@code *}, or one of its tags equals
     * {@code etag} once any {@code W/} prefix is ignored. A malformed list matches nothing.
     */
    static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = opaque(etag);
        int i = 0;
        int n = ifNoneMatch.length();
        while (i < n) {
            char c = ifNoneMatch.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                if (ifNoneMatch.startsWith("W/", i)) {
                    i += 2;
                }
                if (i >= n || ifNoneMatch.charAt(i) != '"') {
                    return false;
                }
                int end = ifNoneMatch.indexOf('"', i + 1);
                if (end < 0) {
                    return false;
                }
                if (ifNoneMatch.substring(i, end + 1).equals(wanted)) {
                    return true;
                }
                i = end + 1;
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }
}
