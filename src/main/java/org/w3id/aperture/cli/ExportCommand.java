package org.w3id.aperture.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.files.AtomicFiles;
import org.w3id.aperture.graph.Home;
import org.w3id.aperture.graph.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes the whole served graph (ontology, data and derived facts: the default graph that
 * {@code serve} answers from) to one file, so that any other SPARQL store can load exactly the
 * same triples. The file appears complete or not at all: it is written beside the target and moved.
 */
@Command(name = "export", description = "Write the whole served graph (with derived facts) to a file: N-Triples, N-Quads or Turtle.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    HomeOption home;

    @Option(names = "--format", defaultValue = "nt", paramLabel = "FORMAT",
            description = "nt (N-Triples), nq (N-Quads) or ttl (Turtle) (default: ${DEFAULT-VALUE}).")
    String format;

    @Parameters(paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RDFFormat rdfFormat = rdfFormat();
        Home h = home.home();
        DatasetGraph dataset = KnowledgeGraph.build(h);
        Graph graph = dataset.getDefaultGraph();
        AtomicFiles.write(file.toAbsolutePath().normalize(), out -> {
            if (rdfFormat.getLang().equals(Lang.NQUADS)) {
                RDFDataMgr.write(out, dataset, rdfFormat);
            } else {
                RDFDataMgr.write(out, graph, rdfFormat);
            }
        });
        spec.commandLine().getOut().println("exported " + graph.size() + " triples to " + file);
        return 0;
    }

    private RDFFormat rdfFormat() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "nt" -> RDFFormat.NTRIPLES;
            case "nq" -> RDFFormat.NQUADS;
            case "ttl" -> RDFFormat.TURTLE_BLOCKS;
            default -> throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; use nt, nq or ttl");
        };
    }
}
