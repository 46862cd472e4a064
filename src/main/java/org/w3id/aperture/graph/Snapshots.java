package org.w3id.aperture.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.aperture.files.AtomicFiles;

/**
 * Validated and derived graphs kept as binary RDF (RDF Thrift) in a cache folder, one file per
 * data version, so that a start on unchanged sources skips parsing, validation and derivation. A
 * snapshot that cannot be used is logged (SLF4J) with the reason, and the graph is built again:
 * one line for the failures a cache meets (unreadable, damaged, incomplete), the stack trace too
 * for any other.
 */
public final class Snapshots {
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);
    /** A snapshot carries its own triple count, so a damaged or truncated file is never taken for a graph. */
    private static final Node SEAL = NodeFactory.createURI("urn:aperture:snapshot");
    private static final Node SIZE = NodeFactory.createURI("urn:aperture:snapshot:triples");

    private final Path dir;

    public Snapshots(Path dir) {
        this.dir = dir;
    }

    private Path file(String version) {
        return dir.resolve("graph-" + version + ".rt");
    }

    /** Whether there is a snapshot of this version to read (it may still turn out unreadable). */
    public boolean has(String version) {
        return Files.isReadable(file(version));
    }

    /** The snapshot of this version, or empty if there is none or it cannot be used (then logged). */
    public Optional<Graph> read(String version) {
        Path file = file(version);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isReadable(file)) {
            return rebuilt(file, "cannot be read (no permission to read it)");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(RDFLanguages.RDFTHRIFT)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graph);
        } catch (RiotException e) {
            return rebuilt(file, "is damaged (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            return rebuilt(file, "cannot be read (" + e.getCause() + ")");
        } catch (RuntimeException e) {
            LOG.warn("the start-up snapshot {} cannot be read; building the graph from its sources", file, e);
            return Optional.empty();
        }
        List<Triple> seals = graph.find(SEAL, SIZE, Node.ANY).toList();
        if (seals.size() != 1 || !seals.get(0).getObject().isLiteral()
                || !seals.get(0).getObject().getLiteralLexicalForm().equals(Long.toString(graph.size() - 1))) {
            return rebuilt(file, "is damaged or incomplete (its seal does not match its triples)");
        }
        graph.delete(seals.get(0));
        return Optional.of(graph);
    }

    private static Optional<Graph> rebuilt(Path file, String reason) {
        LOG.warn("the start-up snapshot {} {}; building the graph from its sources", file, reason);
        return Optional.empty();
    }

    /** Writes the snapshot through a temporary file moved into place; a failure only costs the cache (logged). */
    public void write(String version, Graph graph) {
        try {
            Graph sealed = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(sealed, graph);
            sealed.add(SEAL, SIZE, NodeFactory.createLiteralDT(Long.toString(graph.size()), XSDDatatype.XSDlong));
            AtomicFiles.write(file(version), out -> RDFDataMgr.write(out, sealed, RDFFormat.RDF_THRIFT_VALUES));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("no start-up snapshot written to {}: {}", dir, e.toString());
        } catch (RuntimeException e) {
            LOG.warn("no start-up snapshot written to {}", dir, e);
        }
    }
}
