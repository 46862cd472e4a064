package org.w3id.aperture.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.util.ResourceUtils;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;

/** The taxonomy as the code sees it: kinds, levels and components read from their properties. */
class TaxonomyTest {
    private static final String CODE = "https://w3id.org/aperture/kind/code";
    private static final String DATA = "https://w3id.org/aperture/kind/data";

    @Test
    void componentsComeInUpstreamOrderWithTheirKindAndLevelsByKindAndRank() {
        Taxonomy taxonomy = Taxonomy.load(Fixtures.home().ontology());
        List<Taxonomy.Component> components = taxonomy.components();
        assertEquals("training.code.pretraining", components.get(0).upstreamKey());
        assertEquals(CODE, components.get(0).kind());
        assertEquals(DATA, components.get(11).kind());
        assertEquals(6, components.stream().filter(c -> c.kind().equals(CODE)).count());
        assertEquals(Optional.of("C3"), taxonomy.level(CODE, 3));
        assertEquals(Optional.of("D5"), taxonomy.level(DATA, 5));
        assertEquals(Optional.empty(), taxonomy.level(DATA, 6));
    }

    @Test
    void theKindIsReadFromItsPropertiesNotFromItsIri() {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, Fixtures.home().ontology().resolve(Taxonomy.FILE).toString());
        ResourceUtils.renameResource(ontology.getResource(CODE), "urn:example:programs");
        Taxonomy taxonomy = Taxonomy.from(ontology);
        assertEquals("urn:example:programs", taxonomy.components().get(0).kind());
        assertEquals(Optional.of("C1"), taxonomy.level("urn:example:programs", 1));
        assertEquals(Optional.empty(), taxonomy.level(CODE, 1));
    }
}
