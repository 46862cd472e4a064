package org.w3id.aperture.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses a media type from an Accept header (RFC 9110 q-values; the most specific range wins). */
final class Negotiation {
    private record Range(String type, String subtype, double q) {
        /** How specifically this range names the media type: -1 no match, 0 {@code * /*}, 1 {@code type/*}, 2 exact. */
        int specificity(String mediaType) {
            String[] parts = mediaType.split("/", 2);
            if (type.equals("*") && subtype.equals("*")) {
                return 0;
            }
            if (type.equals(parts[0]) && subtype.equals("*")) {
                return 1;
            }
            return type.equals(parts[0]) && subtype.equals(parts[1]) ? 2 : -1;
        }
    }

    private Negotiation() {}

    /**
     * The offer the client likes best; ties go to the earlier offer. A missing or empty header accepts
     * anything, so the first offer.
     */
    static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String offer) {
        int specificity = -1;
        double q = 0;
        for (Range range : ranges) {
            int s = range.specificity(offer);
            if (s > specificity) {
                specificity = s;
                q = range.q();
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] params = item.split(";");
            String[] type = params[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], q));
        }
        return ranges;
    }
}
