package org.w3id.aperture.mot;

import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Slugs;

/**
 * One of the 17 components of the Model Openness Framework as MOT's settings define it: its id,
 * name, content type (code, data or document), the class that lists it (3, 2 or 1) and whether
 * that class requires it.
 */
public record MofComponent(int id, String name, String description, String contentType, int mofClass,
                           boolean required) {

    public String slug() {
        return Slugs.of(name);
    }

    /** The SKOS concept of the component in the MOF scheme. */
    public String iri() {
        return Ap.resource("mof", slug());
    }
}
