package org.w3id.aperture.mot;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3id.aperture.vocab.Slugs;

/**
 * The pinned upstream: the commit of lfai/model_openness_tool the vendored files come from, and
 * where each vendored file lives in that repository.
 */
public final class MotSource {
    public static final String REPOSITORY = "https://github.com/lfai/model_openness_tool";
    public static final String COMMIT = "8b5d30e90a7c62d7d6ece48b91e69ff495920a4d";
    public static final String COMMIT_DATE = "2026-05-11";
    public static final String SLUG = "mot-" + COMMIT.substring(0, 7);
    /** Vendored path -> path in the repository, for the files not kept at their upstream place. */
    private static final Map<String, String> UPSTREAM_PATHS = Map.of(
            "mof/" + MofSettings.FILE, "web/modules/mof/config/install/" + MofSettings.FILE,
            "mof/" + MotLicenses.SPDX_FILE, "web/modules/mof/" + MotLicenses.SPDX_FILE,
            "mof/" + MotLicenses.MOF_FILE, "web/modules/mof/" + MotLicenses.MOF_FILE);

    private MotSource() {}

    /** The source resource, relative to the base. */
    public static String ref() {
        return "<source/" + SLUG + ">";
    }

    /** The resource of a vendored file, relative to the base: source/mot-8b5d30e/file/<slug of its name>. */
    public static String fileRef(String fileName) {
        return "<source/" + SLUG + "/file/" + Slugs.of(fileName) + ">";
    }

    /** The file on GitHub at the pinned commit, from its vendored path (models/..., mof/..., LICENSE). */
    public static String blobUrl(String vendoredPath) {
        return REPOSITORY + "/blob/" + COMMIT + "/" + encodePath(UPSTREAM_PATHS.getOrDefault(vendoredPath, vendoredPath));
    }

    /** Percent-encodes (as UTF-8) every character of a path that an IRI path may not hold as it is. */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
