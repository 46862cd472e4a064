package org.w3id.aperture.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.riot.RDFWriterRegistry;
import org.junit.jupiter.api.Test;

/** The table of formats agrees with Jena's own registry, and names each format of a kind once. */
class MediaFormatTest {
    @Test
    void everyFormatIsJenasLanguageUnderItsOwnMediaType() {
        for (MediaFormat f : MediaFormat.values()) {
            if (f.kind() == MediaFormat.Kind.PAGE) {
                continue;
            }
            assertEquals(f.mediaType(), f.lang().getHeaderString(), f + ": the media type Jena registers for its language");
            if (f.kind() == MediaFormat.Kind.GRAPH || f.kind() == MediaFormat.Kind.DATASET) {
                assertNotNull(f.writer(), f + " has a writer");
                assertTrue(RDFWriterRegistry.contains(f.writer()), f + ": Jena has its writer " + f.writer());
                assertTrue(f.kind() == MediaFormat.Kind.DATASET ? RDFWriterRegistry.getWriterDatasetFactory(f.writer()) != null
                        : RDFWriterRegistry.getWriterGraphFactory(f.writer()) != null, f + ": its writer writes its kind");
                assertTrue(f.lang().getFileExtensions().contains(f.extension()), f + ": ." + f.extension() + " is one of Jena's extensions");
            }
        }
    }

    @Test
    void withinAKindExtensionsMediaTypesAndNamesAreUnique() {
        for (MediaFormat.Kind kind : MediaFormat.Kind.values()) {
            Set<String> extensions = new HashSet<>();
            Set<String> types = new HashSet<>();
            for (MediaFormat f : MediaFormat.ofKind(kind)) {
                assertTrue(extensions.add(f.extension()), kind + ": ." + f.extension() + " twice");
                assertTrue(types.add(f.mediaType()), kind + ": " + f.mediaType() + " twice");
                assertTrue(f.isNamed(f.mediaType()));
                assertEquals(f, MediaFormat.byExtension(f.extension(), kind).orElseThrow());
                assertEquals(f, MediaFormat.byMediaType(f.mediaType(), kind).orElseThrow());
            }
        }
        assertEquals(MediaFormat.RESULTS_JSON, MediaFormat.ofKind(MediaFormat.Kind.RESULTS).get(0), "the endpoint's default for results");
        assertEquals(MediaFormat.TURTLE, MediaFormat.ofKind(MediaFormat.Kind.GRAPH).get(0), "the default for graphs");
    }
}
