package org.w3id.aperture.osai;

import java.util.List;

/** Renders source.ttl: the index's dataset at its commit, with license and attribution, and one resource per vendored file. */
final class SourceTurtle {
    private SourceTurtle() {}

    /** @param files the vendored files' paths relative to the repository, / separated, sorted */
    static String render(IndexFormat format, List<String> files) {
        IndexSource source = format.source();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(format.name()).append(" at commit ").append(source.commit(), 0, 7)
                .append(", with its license and the attribution it asks for, and its files vendored in data/upstream/.\n")
                .append("# Written by `aperture ").append(format.command()).append("` on every import.\n\n")
                .append(RecordTurtle.PREFIXES)
                .append("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n\n");
        TurtleBlock dataset = new TurtleBlock(source.iri(), "dcat:Dataset, prov:Entity")
                .english("rdfs:label", source.label())
                .english("dcterms:title", source.title())
                .english("dcterms:description", source.description())
                .text("ap:commit", source.commit())
                .typed("dcterms:issued", source.date(), "date")
                .iri("foaf:page", source.treeUrl())
                .iris("foaf:page", source.pages())
                .iri("dcterms:license", source.license())
                .texts("dcterms:bibliographicCitation", source.citations())
                .english("dcterms:rights", source.rights());
        if (source.general() != null) {
            dataset.iri("prov:specializationOf", source.general());
        }
        out.append(dataset.render());
        for (String path : files) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            out.append('\n').append(new TurtleBlock(source.fileIri(name), "prov:Entity")
                    .text("rdfs:label", path)
                    .iri("foaf:page", source.blobUrl(path))
                    .iri("dcterms:isPartOf", source.iri())
                    .render());
        }
        return out.toString();
    }
}
