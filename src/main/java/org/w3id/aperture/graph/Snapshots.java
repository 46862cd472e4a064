package org.w3id.aperture.graph;

import java.io.IOException;
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
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.aperture.files.AtomicFiles;

/**
 * Validated and derived graphs kept as binary RDF (RDF Thrift) in a cache folder, one file per
 * data version, so that a start on unchanged sources skips parsing, validation and derivation.
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

    /** The snapshot of this version, or empty if there is none or it cannot be read. */
    public Optional<Graph> read(String version) {
        Path file = file(version);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(RDFLanguages.RDFTHRIFT).parse(graph);
        } catch (RiotException e) {
            LOG.warn("the start-up snapshot {} cannot be read ({}); building the graph from its sources", file, e.getMessage());
            return Optional.empty();
        }
        List<Triple> seals = graph.find(SEAL, SIZE, Node.ANY).toList();
        if (seals.size() != 1 || !seals.get(0).getObject().isLiteral()
                || !seals.get(0).getObject().getLiteralLexicalForm().equals(Long.toString(graph.size() - 1))) {
            LOG.warn("the start-up snapshot {} is incomplete (its seal does not match); building the graph from its sources", file);
            return Optional.empty();
        }
        graph.delete(seals.get(0));
        return Optional.of(graph);
    }

    /** Writes the snapshot through a temporary file moved into place; a failure only costs the cache. */
    public void write(String version, Graph graph) {
        try {
            Graph sealed = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(sealed, graph);
            sealed.add(SEAL, SIZE, NodeFactory.createLiteralDT(Long.toString(graph.size()), XSDDatatype.XSDlong));
            AtomicFiles.write(file(version), out -> RDFDataMgr.write(out, sealed, RDFFormat.RDF_THRIFT_VALUES));
        } catch (IOException | RuntimeException e) {
            LOG.warn("no start-up snapshot written to {}: {}", dir, e.getMessage());
        }
    }
}
