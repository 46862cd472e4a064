package org.w3id.aperture.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The whole graph in each format, the matrix as CSV, and the JSON-LD context; each built once, on first request. */
final class Downloads {
    /** One downloadable file: its name under /download/, media type and title. */
    public record File(String name, String mediaType, String title) {
        public String path() {
            return "/download/" + name;
        }
    }

    static final List<File> FILES = List.of(
            new File("aperture.ttl", "text/turtle", "the whole graph as Turtle"),
            new File("aperture.nt", "application/n-triples", "the whole graph as N-Triples"),
            new File("aperture.jsonld", "application/ld+json", "the whole graph as JSON-LD"),
            new File("aperture.nq", "application/n-quads", "the whole graph as N-Quads (default graph)"),
            new File("matrix.csv", "text/csv", "the openness matrix as CSV"));

    private final Site site;
    private final Map<String, byte[]> built = new ConcurrentHashMap<>();

    Downloads(Site site) {
        this.site = site;
    }

    static java.util.Optional<File> file(String name) {
        return FILES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    byte[] bytes(File file) {
        return built.computeIfAbsent(file.name(), k -> build(file));
    }

    private byte[] build(File file) {
        return switch (file.name()) {
            case "aperture.ttl" -> RdfBytes.write(site.graph, RdfFormat.TURTLE, site.prefixes);
            case "aperture.nt" -> RdfBytes.write(site.graph, RdfFormat.NTRIPLES, site.prefixes);
            case "aperture.jsonld" -> RdfBytes.write(site.graph, RdfFormat.JSONLD, site.prefixes);
            case "aperture.nq" -> RdfBytes.write(quads(), RDFFormat.NQUADS);
            case "matrix.csv" -> matrixCsv();
            default -> throw new IllegalArgumentException(file.name());
        };
    }

    private DatasetGraph quads() {
        return DatasetGraphFactory.wrap(site.graph);
    }

    /** The JSON-LD context the JSON-LD download uses: the site's prefixes. */
    byte[] context() {
        return built.computeIfAbsent("context.jsonld", k -> {
            StringBuilder json = new StringBuilder("{\n  \"@context\": {\n");
            var entries = new java.util.TreeMap<>(site.prefixes.getNsPrefixMap()).entrySet().iterator();
            while (entries.hasNext()) {
                var e = entries.next();
                json.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"')
                        .append(entries.hasNext() ? ",\n" : "\n");
            }
            return json.append("  }\n}\n").toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private byte[] matrixCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            w.print("model,modelLabel,released,component,componentLabel,value,license,note,assessment\r\n");
            for (Matrix.Row r : site.matrix.rows()) {
                for (Matrix.Cell c : r.cells()) {
                    w.print(String.join(",", csv(r.iri()), csv(r.label()), csv(r.issued()), csv(c.component()),
                            csv(site.labels.of(c.component())), csv(c.notation()), csv(c.written()), csv(c.note()), csv(c.assessment())));
                    w.print("\r\n");
                }
            }
        }
        return out.toByteArray();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("[^\",\r\n]*") ? value : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
