package org.w3id.aperture.upstream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.lib.EscapeStr;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.vocab.Prefixes;
import org.w3id.aperture.vocab.Slugs;
import org.w3id.aperture.vocab.Taxonomy;

/**
 * Renders one imported model as a readable Turtle file: the model, then its 12 assessments in the
 * order of the upstream hierarchy. The layout is fixed, so the same input gives the same bytes.
 */
public final class ModelTurtle {
    private static final Pattern ARXIV = Pattern.compile("arxiv\\.org/(?:abs|pdf)/(\\d{4}\\.\\d{4,5})(?:v\\d+)?(?:\\.pdf)?$");
    /** The header of every model file: the base and the prefixes the layout uses. */
    public static final String PREFIXES = "@base <" + Ap.BASE + "> .\n"
            + Prefixes.turtle("ap", "dcterms", "foaf", "prov", "rdfs", "xsd");

    private final Taxonomy taxonomy;
    private final DatasetSource source;

    /** @param source the dataset every statement is derived from, through the model's own file */
    public ModelTurtle(Taxonomy taxonomy, DatasetSource source) {
        this.taxonomy = taxonomy;
        this.source = source;
    }

    /** The slug of the license/ resource for a license text: the same text, the same resource. */
    public static String licenseSlug(String licenseText) {
        return Slugs.of(licenseText);
    }

    /** The arXiv identifier in a link to arxiv.org, or null. */
    public static String arxivId(String link) {
        Matcher m = ARXIV.matcher(link);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The model, the resource of its file in the dataset, then its 12 assessments; the model and
     * each assessment derive from the file, each assessment with the line of its value.
     */
    public String render(UpstreamModel model) {
        String modelRef = "<model/" + model.slug() + ">";
        String fileRef = source.fileRef(model.file());
        StringBuilder out = new StringBuilder();
        out.append("# ").append(model.title()).append(": imported by `aperture import` from ")
                .append(model.file().getFileName()).append(" of the authors' dataset.\n")
                .append("# Regenerated on every import: fix the upstream file and re-import; curated facts live in data/curated/.\n\n")
                .append(PREFIXES).append('\n');
        out.append(modelRef).append(" a ap:Model ;\n")
                .append("    rdfs:label ").append(literal(model.title())).append(" ;\n")
                .append("    dcterms:issued \"").append(model.releaseMonth()).append("\"^^xsd:gYearMonth ;\n")
                .append("    foaf:page <").append(model.link()).append("> ;\n");
        String arxiv = arxivId(model.link());
        if (arxiv != null) {
            out.append("    ap:arxivId ").append(literal(arxiv)).append(" ;\n");
        }
        out.append("    prov:wasDerivedFrom ").append(fileRef).append(" .\n\n");
        out.append(fileRef).append(" a foaf:Document, prov:Entity ;\n")
                .append("    rdfs:label ").append(literal(source.repositoryPath(model.file()) + " at commit " + source.shortCommit())).append(" ;\n")
                .append("    foaf:page <").append(source.blobUrl(model.file())).append("> ;\n")
                .append("    dcterms:isPartOf ").append(source.ref()).append(" .\n");
        for (UpstreamModel.Cell cell : model.cells()) {
            appendAssessment(out, model.slug(), cell.component(), taxonomy.value(cell.value()).orElseThrow(),
                    cell.license() == null ? null : Ap.resource("license", licenseSlug(cell.license())), cell.note(),
                    fileRef, cell.line());
        }
        return out.toString();
    }

    /**
     * Appends one assessment in the layout of data/models/ files (which declare the base
     * {@code https://w3id.org/aperture/}); {@code termsIri} and {@code note} may be null.
     */
    public static void appendAssessment(StringBuilder out, String modelSlug, Taxonomy.Component component,
                                        String valueIri, String termsIri, String note, String sourceRef) {
        appendAssessment(out, modelSlug, component, valueIri, termsIri, note, sourceRef, 0);
    }

    /** As above, and with {@code sourceLine} (if above 0) the line of the source the value is on. */
    public static void appendAssessment(StringBuilder out, String modelSlug, Taxonomy.Component component,
                                        String valueIri, String termsIri, String note, String sourceRef,
                                        int sourceLine) {
        out.append('\n')
                .append("<assessment/").append(modelSlug).append('/').append(component.slug())
                .append("> a ap:Assessment ;\n")
                .append("    ap:model <model/").append(modelSlug).append("> ;\n")
                .append("    ap:component ").append(relative(component.iri())).append(" ;\n")
                .append("    ap:value ").append(relative(valueIri)).append(" ;\n");
        if (termsIri != null) {
            out.append("    ap:releaseTerms ").append(relative(termsIri)).append(" ;\n");
        }
        if (note != null) {
            out.append("    ap:note ").append(literal(note)).append(" ;\n");
        }
        out.append("    prov:wasDerivedFrom ").append(sourceRef);
        if (sourceLine > 0) {
            out.append(" ;\n    ap:sourceLine ").append(sourceLine);
        }
        out.append(" .\n");
    }

    /** An IRI under the base as the relative reference data files use, any other IRI in full. */
    public static String relative(String iri) {
        return "<" + (iri.startsWith(Ap.BASE) ? iri.substring(Ap.BASE.length()) : iri) + ">";
    }

    /** A Turtle string literal. */
    public static String literal(String text) {
        return "\"" + EscapeStr.stringEsc(text) + "\"";
    }
}
