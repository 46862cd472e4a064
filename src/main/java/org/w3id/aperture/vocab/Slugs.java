package org.w3id.aperture.vocab;

import java.util.Locale;

/** Turns names into the lowercase-hyphen slugs used in resource IRIs. */
public final class Slugs {
    private Slugs() {}

    /**
     * Lowercases, spells out {@code +} as {@code plus}, and joins runs of letters and digits with
     * single hyphens: {@code "CC BY-SA-4.0"} becomes {@code cc-by-sa-4-0}, {@code command-r+}
     * becomes {@code command-r-plus}.
     */
    public static String of(String name) {
        String spelled = name.toLowerCase(Locale.ROOT).replace("+", " plus ");
        String slug = spelled.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("no letters or digits to make a slug of: '" + name + "'");
        }
        return slug;
    }
}
