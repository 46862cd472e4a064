package org.w3id.aperture.osai;

import java.util.Optional;
import org.w3id.aperture.vocab.Ap;

/** The classes both indexes give on a dimension; an empty class means not applicable. */
enum OsaiClass {
    OPEN("open"), PARTIAL("partial"), CLOSED("closed"), NOT_APPLICABLE("not-applicable");

    private final String slug;

    OsaiClass(String slug) {
        this.slug = slug;
    }

    /** The class a written class string stands for: null (empty) is not applicable; any other text is none. */
    static Optional<OsaiClass> of(String asWritten) {
        if (asWritten == null) {
            return Optional.of(NOT_APPLICABLE);
        }
        for (OsaiClass c : values()) {
            if (c != NOT_APPLICABLE && c.slug.equals(asWritten)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    String iri() {
        return Ap.resource("osai-class", slug);
    }

    String label() {
        return slug.replace('-', ' ');
    }
}
