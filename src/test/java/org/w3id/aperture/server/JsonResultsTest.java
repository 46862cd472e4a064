package org.w3id.aperture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.query.NamedQuery;

/** The endpoint's JSON results writer writes what Jena's writer writes (the same JSON, spacing aside). */
class JsonResultsTest {
    private static JsonElement ours(RowSet rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonResults.write(out, rows, null);
        return JsonParser.parseString(out.toString(StandardCharsets.UTF_8));
    }

    private static JsonElement jenas(RowSet rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rows);
        return JsonParser.parseString(out.toString(StandardCharsets.UTF_8));
    }

    private static void assertSameAsJena(RowSet rows) throws Exception {
        RowSetRewindable rewindable = rows.rewindable();
        JsonElement expected = jenas(rewindable);
        rewindable.reset();
        assertEquals(expected, ours(rewindable));
    }

    @Test
    void everyKindOfTermUnboundValuesAndEscapesAsJenaWritesThem() throws Exception {
        RowSet rows = SSE.parseRowSet("""
                (resultset (?iri ?plain ?lang ?typed ?blank ?triple ?odd)
                  (row (?iri <https://w3id.org/aperture/model/llama-2>) (?plain "a \\"quoted\\" line\\nand a tab\\t & <tag> é")
                       (?lang "Modell"@de) (?typed "12"^^<http://www.w3.org/2001/XMLSchema#integer>)
                       (?blank _:b1) (?triple <<( <urn:x:s> <urn:x:p> "o" )>>) (?odd "\\u0001 \\u2028"))
                  (row (?blank _:b2) (?typed "2024-01"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>))
                  (row (?blank _:b1))
                  (row)
                )""");
        RowSetRewindable rewindable = rows.rewindable();
        JsonElement written = ours(rewindable);
        rewindable.reset();
        assertEquals(jenas(rewindable), written);
        var bindings = written.getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings");
        assertEquals(4, bindings.size());
        assertEquals(bindings.get(0).getAsJsonObject().get("blank"), bindings.get(2).getAsJsonObject().get("blank"),
                "one blank node, one label");
        assertTrue(bindings.get(3).getAsJsonObject().entrySet().isEmpty(), "an empty row stays an empty object");
    }

    @Test
    void everySelectNamedQueryIsWrittenAsJenaWritesIt() throws Exception {
        int checked = 0;
        for (NamedQuery named : NamedQueries.load(Fixtures.home().queries()).all()) {
            Query query = QueryFactory.create(named.text());
            if (named.federated() || !query.isSelectType()) {
                continue;
            }
            try (QueryExec exec = QueryExec.dataset(Fixtures.graph()).query(query).build()) {
                assertSameAsJena(exec.select());
            }
            checked++;
        }
        assertTrue(checked >= 20, "checked " + checked);
    }

    @Test
    void anEmptyAnswerHasItsVariablesAndNoBindings() throws Exception {
        JsonElement written = ours(SSE.parseRowSet("(resultset (?x ?y))"));
        assertEquals(JsonParser.parseString("{\"head\":{\"vars\":[\"x\",\"y\"]},\"results\":{\"bindings\":[]}}"), written);
        assertEquals(List.of(), written.getAsJsonObject().getAsJsonObject("results").getAsJsonArray("bindings").asList());
    }
}
