package org.w3id.aperture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aperture.Fixtures;
import picocli.CommandLine;

/** {@code aperture export}: the served graph, whole, in each format, written all or nothing. */
class ExportCommandTest {
    private static Graph served;

    @BeforeAll
    static void build() {
        served = Fixtures.graph().getDefaultGraph();
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void eachFormatHoldsExactlyTheServedGraph(@TempDir Path dir) throws IOException {
        for (String[] f : new String[][] {{"nt", "dump.nt"}, {"nq", "dump.nq"}, {"ttl", "dump.ttl"}}) {
            Path file = dir.resolve(f[1]);
            StringWriter err = new StringWriter();
            assertEquals(0, run(err, "export", "--home", Fixtures.ROOT.toString(), "--format", f[0], file.toString()),
                    err.toString());
            Graph back;
            if (f[0].equals("nq")) {
                DatasetGraph ds = RDFDataMgr.loadDatasetGraph(file.toString(), Lang.NQUADS);
                assertFalse(ds.listGraphNodes().hasNext(), "no named graphs: everything is in the default graph");
                back = ds.getDefaultGraph();
            } else {
                back = RDFDataMgr.loadGraph(file.toString());
            }
            assertEquals(served.size(), back.size(), f[0]);
            assertTrue(back.isIsomorphicWith(served), f[0] + " differs from the served graph");
        }
        assertEquals(List.of(dir.resolve("dump.nq"), dir.resolve("dump.nt"), dir.resolve("dump.ttl")), files(dir),
                "no temporary file left behind");
    }

    @Test
    void unknownFormatWritesNothing(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, run(err, "export", "--home", Fixtures.ROOT.toString(), "--format", "rdfxml",
                dir.resolve("dump.rdf").toString()));
        assertTrue(err.toString().contains("unknown format 'rdfxml'"), err.toString());
        assertEquals(List.of(), files(dir));
    }
}
