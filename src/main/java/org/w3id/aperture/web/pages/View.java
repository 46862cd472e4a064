package org.w3id.aperture.web.pages;

import org.apache.jena.shared.PrefixMapping;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.SiteIris;

/** Helpers the templates call as {@code v.href(iri)}, {@code v.label(iri)} and {@code v.curie(iri)}. */
public final class View {
    private final SiteIris iris;
    private final Labels labels;
    private final PrefixMapping prefixes;
    private final Levels levels;
    private final Matrix matrix;
    private static final int LINK_TEXT = 48;

    private final Attributions attributions;

    public View(SiteIris iris, Labels labels, PrefixMapping prefixes, Levels levels, Matrix matrix, Attributions attributions) {
        this.attributions = attributions;
        this.iris = iris;
        this.labels = labels;
        this.prefixes = prefixes;
        this.levels = levels;
        this.matrix = matrix;
    }

    /** The matrix's component columns and their stage and kind header groups, for every matrix table. */
    public java.util.List<Matrix.Component> components() {
        return matrix.components();
    }

    public java.util.List<Matrix.Group> stages() {
        return matrix.stages();
    }

    public java.util.List<Matrix.Group> kinds() {
        return matrix.kinds();
    }

    /** The openness scale as the graph defines it, for the legends. */
    public Levels levels() {
        return levels;
    }

    /** A local link for the graph's own IRIs, the IRI itself for others. */
    public String href(String iri) {
        return iris.href(iri);
    }

    public boolean local(String iri) {
        return iris.isLocal(iri);
    }

    public String label(String iri) {
        return labels.of(iri);
    }

    /** A compact name such as {@code ap:model}, or the full IRI when no prefix fits. */
    public String curie(String iri) {
        return prefixes.shortForm(iri);
    }

    /** The credit to the dataset of the paper's ratings (the source of their cells), or null when the graph has none. */
    public Attributions.Attribution paperAttribution() {
        return matrix.rows().stream().flatMap(r -> r.cells().stream()).map(Matrix.Cell::source).filter(java.util.Objects::nonNull)
                .findFirst().flatMap(attributions::ofSource).orElse(null);
    }

    /** An http(s) link to show as a link (evidence, pages), or null for any other scheme. */
    public String external(String iri) {
        return iris.safeHref(iri);
    }

    /** A link's text where the whole address is too long: host and path, shortened ("ai.meta.com/research/publications/llam…"). */
    public String linkText(String url) {
        String text = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^www\\.", "").replaceFirst("/$", "");
        return text.length() <= LINK_TEXT ? text : text.substring(0, LINK_TEXT - 1) + "\u2026";
    }

    /** Which source a record belongs to, by the first segment of its path: the paper, MOT, OSAI, OUC. */
    public String recordSource(String iri) {
        String path = iris.localPath(iri).orElse("");
        for (Framework f : Framework.values()) {
            if (path.startsWith("/" + f.key() + "/")) {
                return f.shortName().equals("MOF") ? "MOT" : f.shortName();
            }
        }
        return path.startsWith("/model/") ? "the paper" : "";
    }

    /** The last segment of a local IRI: the value used in the matrix filters and the compare form. */
    public String slug(String iri) {
        return Labels.localName(iri);
    }
}
