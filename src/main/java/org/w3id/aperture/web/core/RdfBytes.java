package org.w3id.aperture.web.core;

import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.format.MediaFormat;

/** Serialises graphs (with the site's prefixes) and datasets with the writer of their {@link MediaFormat}. */
public final class RdfBytes {
    private RdfBytes() {}

    public static byte[] write(Graph graph, MediaFormat format, PrefixMapping prefixes) {
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.writer()).output(out);
        return out.toByteArray();
    }

    public static byte[] write(DatasetGraph dataset, MediaFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(dataset).format(format.writer()).output(out);
        return out.toByteArray();
    }
}
