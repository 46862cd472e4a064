package org.w3id.aperture.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.format.Negotiation;

/**
 * How the SPARQL endpoint picks the format of an answer from the {@link MediaFormat} table: solutions and
 * booleans as SPARQL results, graphs as RDF, each offered under its media type and its aliases, or named by the
 * legacy {@code format} / {@code output} / {@code results} parameters (SPARQLWrapper's {@code json}, {@code xml},
 * {@code rdf+xml}, {@code n3}, {@code turtle}, ...).
 */
final class AnswerFormat {
    private static final List<String> LEGACY_PARAMETERS = List.of("format", "output", "results");

    private AnswerFormat() {}

    /** A format and the media type to label it with: the one the client asked for, which may be an alias. */
    record Choice(MediaFormat format, String mediaType) {
        /** The Content-Type to send; XML declares its encoding itself. */
        String contentType() {
            return mediaType.endsWith("xml") ? mediaType : mediaType + "; charset=utf-8";
        }
    }

    /**
     * The format for an answer of this kind: named by a legacy parameter if one names a format of this kind,
     * else negotiated from Accept; when Accept allows none, the first format of the kind (the protocol's
     * fallback: answer in a standard format rather than fail).
     */
    static Choice choose(HttpServletRequest request, MediaFormat.Kind kind) {
        MediaFormat fallback = MediaFormat.ofKind(kind).get(0);
        return legacy(request, kind).map(f -> new Choice(f, f.mediaType()))
                .or(() -> negotiated(request.getHeader("Accept"), kind))
                .orElseGet(() -> new Choice(fallback, fallback.mediaType()));
    }

    private static Optional<MediaFormat> legacy(HttpServletRequest request, MediaFormat.Kind kind) {
        for (String name : LEGACY_PARAMETERS) {
            String value = request.getParameter(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.trim().toLowerCase(Locale.ROOT);
            Optional<MediaFormat> named = MediaFormat.ofKind(kind).stream().filter(f -> f.isNamed(v)).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** Own media types first, in table order, then the aliases: an alias never outranks a format's own type on a tie. */
    private static Optional<Choice> negotiated(String accept, MediaFormat.Kind kind) {
        List<MediaFormat> formats = MediaFormat.ofKind(kind);
        List<String> offers = new ArrayList<>(formats.stream().map(MediaFormat::mediaType).toList());
        formats.forEach(f -> offers.addAll(f.aliases()));
        return Negotiation.choose(accept, offers).flatMap(chosen -> formats.stream()
                .filter(f -> f.mediaType().equals(chosen) || f.aliases().contains(chosen)).findFirst()
                .map(f -> new Choice(f, chosen)));
    }
}
