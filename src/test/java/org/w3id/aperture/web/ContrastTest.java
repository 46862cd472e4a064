package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet's colour pairs (text on background) against WCAG 2.1 AA: at least 4.5:1 for every pair the
 * pages use, computed with the WCAG relative-luminance formula from the custom properties of aperture.css.
 */
class ContrastTest {
    /** Text colour, background colour: by property name (--x) or literal #rrggbb. */
    private static final String[][] PAIRS = {
        {"#ffffff", "--lv1"}, {"#ffffff", "--lv2"}, {"#ffffff", "--lv3"}, {"#ffffff", "--lv4"}, {"#ffffff", "--lv5"},
        {"--on-light", "--na"}, {"--on-light", "--unknown"}, {"--on-light", "--unknown-hatch"},
        {"--ink", "--bg"}, {"--muted", "--bg"}, {"--accent", "--bg"}, {"--accent", "#ffffff"}, {"--muted", "#ffffff"},
        {"--accent", "#eef1f5"}, {"--muted", "#eef1f5"}, {"--accent", "#dfe5ee"}, {"--accent", "#e4ecf7"}, {"--accent", "#f3f0e4"},
        {"--ink", "--hl"}, {"--accent", "--hl"}, {"#ffffff", "#243047"}, {"#cfe0ff", "#243047"}, {"--error", "--bg"},
        {"--ink", "#e4ecf7"},
    };

    static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static Map<String, String> properties() throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream("/web/static/aperture.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> props = new LinkedHashMap<>();
            Matcher m = Pattern.compile("(--[a-z0-9-]+):\\s*(#[0-9a-fA-F]{6})\\b").matcher(css);
            while (m.find()) {
                props.putIfAbsent(m.group(1), m.group(2).toLowerCase());
            }
            return props;
        }
    }

    @Test
    void everyTextAndBackgroundPairPassesAA() throws IOException {
        Map<String, String> props = properties();
        StringBuilder failures = new StringBuilder();
        for (String[] pair : PAIRS) {
            String text = pair[0].startsWith("--") ? props.get(pair[0]) : pair[0];
            String background = pair[1].startsWith("--") ? props.get(pair[1]) : pair[1];
            assertTrue(text != null && background != null, "no colour for " + pair[0] + " or " + pair[1]);
            double r = ratio(text, background);
            System.out.printf("contrast %-12s %s on %-16s %s: %.2f%n", pair[0], text, pair[1], background, r);
            if (r < 4.5) {
                failures.append(pair[0]).append(" on ").append(pair[1]).append(String.format(": %.2f; ", r));
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void theFormulaGivesKnownRatios() {
        assertTrue(Math.abs(ratio("#000000", "#ffffff") - 21) < 1e-9);
        assertTrue(Math.abs(ratio("#c55a11", "#ffffff") - 4.33) < 0.01, "the old C2 colour failed AA");
    }
}
