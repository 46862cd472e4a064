package org.w3id.aperture.osai;

import java.util.Optional;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Slugs;

/**
 * Renders one record as a readable Turtle file: the record with its metadata as the index wrote it,
 * its producer organisation, then one assessment per dimension in the order of the file.
 */
final class RecordTurtle {
    static final String PREFIXES = """
            @base <https://w3id.org/aperture/> .
            @prefix ap: <https://w3id.org/aperture#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix foaf: <http://xmlns.com/foaf/0.1/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    private final IndexFormat format;

    RecordTurtle(IndexFormat format) {
        this.format = format;
    }

    /** The IRI of a record: the index's kind and the record's slug. */
    String recordIri(IndexRecord record) {
        return Ap.resource(format.kind(), record.core().slug());
    }

    static String organizationIri(String name) {
        return Ap.resource("org", Slugs.of(name));
    }

    /** @param organizationLabel the label to give the producer's organisation, or empty to give none */
    String render(IndexRecord record, String fileName, Optional<String> organizationLabel) {
        RecordCore core = record.core();
        String recordIri = recordIri(record);
        String file = format.source().fileIri(fileName);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(oneLine(core.label())).append(": imported by `aperture ").append(format.command())
                .append("` from ").append(oneLine(fileName)).append(" of ").append(format.name())
                .append(" (commit ").append(format.source().commit(), 0, 7).append(").\n")
                .append("# Regenerated on every import: fix the upstream file and re-import.\n\n")
                .append(PREFIXES).append('\n');

        TurtleBlock r = new TurtleBlock(recordIri, format.recordClass())
                .text("rdfs:label", core.label())
                .iris("foaf:page", core.pages().iris())
                .texts("ap:pageAsWritten", core.pages().asWritten())
                .texts("ap:huggingFaceId", core.pages().huggingFaceIds());
        if (record instanceof OsaiRecord osai) {
            r.text("ap:modelType", osai.type())
                    .text("ap:performanceClass", osai.performanceClass())
                    .text("ap:baseModelName", osai.baseModelName())
                    .text("ap:endModelName", osai.endModelName())
                    .text("ap:endModelLicense", osai.endModelLicense());
            if (osai.released() != null && osai.released().typed()) {
                r.typed("dcterms:issued", osai.released().lexical(), osai.released().datatype());
            } else if (osai.released() != null) {
                r.text("ap:dateAsWritten", osai.released().asWritten());
            }
        } else if (record instanceof OucRecord ouc) {
            r.text("ap:baseModelName", ouc.llmBase())
                    .text("ap:rlBase", ouc.rlBase())
                    .text("ap:projectLicense", ouc.license());
        }
        r.text("dcterms:description", core.description());
        Producer producer = core.producer();
        if (producer.name() != null) {
            r.text("ap:producerName", producer.name()).iri("ap:producer", organizationIri(producer.name()));
        }
        r.iris("ap:producerPage", producer.pages().iris())
                .texts("ap:producerPageAsWritten", producer.pages().asWritten())
                .text("ap:producerNote", producer.note());
        core.tags().forEach(tag -> r.text("ap:" + tag.property(), tag.value()));
        r.texts("ap:sourceComment", core.comments())
                .texts("ap:unmappedField", core.unmappedFields())
                .iri("prov:wasDerivedFrom", file);
        out.append(r.render());

        if (producer.name() != null) {
            TurtleBlock org = new TurtleBlock(organizationIri(producer.name()), "ap:Organization");
            organizationLabel.ifPresent(label -> org.text("rdfs:label", label));
            out.append('\n').append(org.render());
        }
        for (Rating rating : core.ratings()) {
            TurtleBlock a = new TurtleBlock(recordIri + "/" + rating.dimension().slug(), "ap:FrameworkAssessment")
                    .iri("ap:ratedRecord", recordIri)
                    .iri("ap:dimension", rating.dimension().iri());
            if (rating.openness() != null) {
                a.iri("ap:opennessClass", rating.openness().iri());
            } else {
                a.text("ap:classAsWritten", rating.classAsWritten());
            }
            a.iris("ap:evidence", rating.evidence().iris())
                    .texts("ap:evidenceAsWritten", rating.evidence().asWritten())
                    .text("ap:note", rating.note())
                    .texts("ap:unmappedField", rating.unmappedFields())
                    .texts("ap:sourceComment", rating.comments())
                    .integer("ap:sourceLine", rating.line())
                    .iri("prov:wasDerivedFrom", file);
            out.append('\n').append(a.render());
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
