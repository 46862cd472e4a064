package org.w3id.aperture.format;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses the offer a client prefers, as RFC 9110 (12.5.1) says: for each offer, the most specific
 * range of the Accept header that covers it gives its quality; quality 0 means "not acceptable"; the
 * highest quality wins, ties going to the earlier offer. Jena parses the header; its own
 * {@code AcceptList.match} takes the highest quality of any covering range instead, so that
 * {@code text/html;q=0, *}{@code /*} would still choose HTML, hence the selection here.
 */
public final class Negotiation {
    private Negotiation() {}

    /** The chosen offer, or empty when none is acceptable; no header (or a blank one) accepts the first offer. */
    public static Optional<String> choose(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<MediaRange> ranges;
        try {
            ranges = new AcceptList(accept).entries();
        } catch (RuntimeException malformed) {
            return offers.stream().findFirst();
        }
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = quality(ranges, MediaType.create(offer));
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<MediaRange> ranges, MediaType offer) {
        int specificity = -1;
        double q = 0;
        for (MediaRange range : ranges) {
            if (range.accepts(offer)) {
                int s = specificity(range);
                if (s > specificity) {
                    specificity = s;
                    q = range.get_q();
                }
            }
        }
        return q;
    }

    /** {@code *}{@code /*} is 0, {@code type/*} 1, {@code type/subtype} 2. */
    private static int specificity(MediaRange range) {
        if ("*".equals(range.getType())) {
            return 0;
        }
        return "*".equals(range.getSubType()) ? 1 : 2;
    }
}
