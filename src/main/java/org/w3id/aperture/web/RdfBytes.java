package org.w3id.aperture.web;

import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/** Serialises graphs and datasets with the site's prefixes. */
final class RdfBytes {
    private RdfBytes() {}

    static byte[] write(Graph graph, RdfFormat format, PrefixMapping prefixes) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.writer()).output(out);
        return out.toByteArray();
    }

    static byte[] write(DatasetGraph dataset, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(dataset).format(format).output(out);
        return out.toByteArray();
    }
}
