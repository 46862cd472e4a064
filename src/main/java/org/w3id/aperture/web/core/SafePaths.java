package org.w3id.aperture.web.core;

import java.util.regex.Pattern;

/** Which request paths may name a resource: plain slug segments only, so traversal and odd bytes never reach a lookup. */
public final class SafePaths {
    private static final Pattern RESOURCE = Pattern.compile("(/[A-Za-z0-9][A-Za-z0-9_~-]*(\\.[A-Za-z0-9_~-]+)*)+");

    private SafePaths() {}

    /** True for a decoded path like {@code /model/llama-2} or {@code /def/Model.ttl}; false for {@code ..}, NUL, {@code //}, ... */
    public static boolean isResourcePath(String path) {
        return path != null && path.length() <= 512 && RESOURCE.matcher(path).matches();
    }

    /** True when the raw (undecoded) request URI tries traversal or NUL bytes, in any spelling. */
    static boolean isHostile(String rawUri) {
        String lower = rawUri.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("..") || lower.contains("%2e%2e") || lower.contains("%2e.") || lower.contains(".%2e")
                || lower.contains("%00") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\");
    }
}
