package org.w3id.aperture.osai;

import java.util.List;

/**
 * One dimension of one record file: the class (null when the written class is none the index
 * defines, which {@code classAsWritten} then keeps), the evidence links, the note, any field the
 * format does not define, as {@code key: value}, and the comments written inside its block.
 */
record Rating(Dimension dimension, int line, OsaiClass openness, String classAsWritten, Links evidence,
              String note, List<String> unmappedFields, List<String> comments) {

    Rating withComments(List<String> kept) {
        return new Rating(dimension, line, openness, classAsWritten, evidence, note, unmappedFields, List.copyOf(kept));
    }
}
