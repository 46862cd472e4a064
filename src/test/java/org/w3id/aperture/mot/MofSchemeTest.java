package org.w3id.aperture.mot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;

/** The MOF scheme of data/crosswalks/mof.ttl has MOT's 17 components with MOT's names, ids, content types and classes. */
class MofSchemeTest {

    @Test
    void theSchemeHasEachComponentAsMotsSettingsDefineIt() {
        Map<String, String> expected = new TreeMap<>();
        for (MofComponent c : MofSettings.read(MofEvaluatorTest.MOF).components()) {
            expected.put(Integer.toString(c.id()), c.name() + " | " + c.contentType() + " | class " + c.mofClass()
                    + " | optional " + !c.required() + " | " + c.iri());
        }
        Model mof = RDFDataMgr.loadModel(Fixtures.ROOT.resolve("data/crosswalks/mof.ttl").toString());
        Map<String, String> actual = new TreeMap<>();
        String query = """
                PREFIX ap: <https://w3id.org/aperture#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?c ?id ?name ?type ?number ?optional WHERE {
                  ?c a ap:MofComponent ; skos:inScheme <https://w3id.org/aperture/scheme/mof> ; skos:notation ?id ;
                     skos:prefLabel ?name ; ap:mofContentType/skos:notation ?type ; ap:mofClass/ap:classNumber ?number ;
                     ap:optionalInClass ?optional }""";
        try (QueryExecution qe = QueryExecution.model(mof).query(query).build()) {
            qe.execSelect().forEachRemaining(r -> actual.put(r.getLiteral("id").getString(),
                    r.getLiteral("name").getString() + " | " + r.getLiteral("type").getString() + " | class "
                            + r.getLiteral("number").getInt() + " | optional " + r.getLiteral("optional").getBoolean()
                            + " | " + r.getResource("c").getURI()));
        }
        assertEquals(17, expected.size());
        assertEquals(expected, actual);
    }
}
