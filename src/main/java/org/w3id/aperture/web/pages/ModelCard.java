package org.w3id.aperture.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.graph.Graph;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.Link;
import org.w3id.aperture.web.core.SiteIris;

/**
 * What a model page opens with: developer, release, how much is released, the licenses of its cells with their
 * permissions and restrictions in words, and its paper; read from the matrix row and the license resources.
 */
public record ModelCard(Matrix.Row row, int assessed, int closed, int notApplicable, int unknown,
                        List<License> licenses, List<String> pages) {
    /** A license one or more of the model's components are under, in words; {@code points} is null when not all permissions are recorded. */
    public record License(Link license, Integer points, List<String> allows, List<String> forbids, List<String> restrictions,
                          String note, List<String> components) {}

    private static final String[] PERMISSIONS = {"permitsResearch", "permitsCommercialUse", "permitsModification",
        "permitsCopyrightedDerivatives", "permitsRelicensedDerivatives"};

    static ModelCard of(Graph graph, SiteIris iris, Labels labels, Matrix.Row row) {
        int closed = 0;
        int na = 0;
        int unknown = 0;
        Map<String, List<String>> componentsByLicense = new LinkedHashMap<>();
        for (Matrix.Cell c : row.cells()) {
            closed += c.rank() == 1 ? 1 : 0;
            na += c.notation().equals("N/A") ? 1 : 0;
            unknown += c.notation().equals("Unknown") ? 1 : 0;
            if (c.terms() != null) {
                componentsByLicense.computeIfAbsent(c.terms(), k -> new ArrayList<>()).add(labels.of(c.component()));
            }
        }
        List<License> licenses = new ArrayList<>();
        componentsByLicense.forEach((iri, components) -> licenses.add(license(graph, iris, labels, iri, components)));
        List<String> pages = new ArrayList<>();
        graph.find(uri(row.iri()), uri("http://xmlns.com/foaf/0.1/page"), Node.ANY)
                .forEach(t -> {
                    if (t.getObject().isURI()) {
                        pages.add(t.getObject().getURI());
                    }
                });
        pages.sort(String::compareTo);
        return new ModelCard(row, row.cells().size(), closed, na, unknown, List.copyOf(licenses), List.copyOf(pages));
    }

    private static License license(Graph graph, SiteIris iris, Labels labels, String iri, List<String> components) {
        Node node = uri(iri);
        String ns = iris.namespace();
        List<String> allows = new ArrayList<>();
        List<String> forbids = new ArrayList<>();
        for (String p : PERMISSIONS) {
            graph.find(node, uri(ns + p), Node.ANY).forEach(t -> {
                String what = labels.of(ns + p).replaceFirst("^permits ", "");
                (Boolean.parseBoolean(t.getObject().getLiteralLexicalForm()) ? allows : forbids).add(what);
            });
        }
        Integer points = null;
        for (var t : graph.find(node, uri(ns + "permissionPoints"), Node.ANY).toList()) {
            points = Integer.parseInt(t.getObject().getLiteralLexicalForm());
        }
        List<String> restrictions = new ArrayList<>();
        graph.find(node, uri(ns + "hasRestriction"), Node.ANY).forEach(t -> restrictions.add(labels.of(t.getObject())));
        restrictions.sort(String::compareTo);
        String note = graph.find(node, uri(ns + "permissionsNote"), Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst().orElse(null);
        boolean isLicense = graph.contains(node, RDF.type.asNode(), uri(ns + "License"));
        return new License(new Link(iri, labels.of(iri)), isLicense ? points : null, allows, forbids, restrictions, note,
                List.copyOf(components));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
