package org.w3id.aperture.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.web.core.GraphQueries;
import org.w3id.aperture.web.core.Labels;

/** A model's release month is read once, at load; a date without a year and a month leaves it off the timeline. */
class ReleaseMonthTest {
    @Test
    void monthsFromDatesAndYearMonthsAndNoneFromAYearAlone() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader("""
                @prefix ap: <https://w3id.org/aperture#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/aperture/model/a> a ap:Model ; dcterms:issued "2023-07"^^xsd:gYearMonth .
                <https://w3id.org/aperture/model/b> a ap:Model ; dcterms:issued "2024-02-29"^^xsd:date .
                <https://w3id.org/aperture/model/c> a ap:Model ; dcterms:issued "2022"^^xsd:gYear .
                <https://w3id.org/aperture/model/d> a ap:Model .
                """)).lang(Lang.TURTLE).parse(dataset);
        Matrix matrix = Matrix.load(new GraphQueries(dataset), new Labels(dataset.getDefaultGraph()));
        Map<String, Matrix.Row> rows = matrix.rows().stream().collect(Collectors.toMap(Matrix.Row::iri, r -> r));
        assertEquals(YearMonth.of(2023, 7), rows.get(Ap.BASE + "model/a").month());
        assertEquals(YearMonth.of(2024, 2), rows.get(Ap.BASE + "model/b").month());
        assertNull(rows.get(Ap.BASE + "model/c").month(), "a year alone has no month (and is logged, once)");
        assertEquals("2022", rows.get(Ap.BASE + "model/c").year(), "its year still counts for the by-year view");
        assertNull(rows.get(Ap.BASE + "model/d").month());
    }
}
