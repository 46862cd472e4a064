package org.w3id.aperture.web;

import org.apache.jena.shared.PrefixMapping;

/** The prefixes used in served Turtle, the published JSON-LD context, and compact names on pages. */
final class Prefixes {
    private Prefixes() {}

    static PrefixMapping of(SiteIris iris) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefix("ap", iris.namespace())
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#")
                .setNsPrefix("void", "http://rdfs.org/ns/void#")
                .setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("vann", "http://purl.org/vocab/vann/");
        for (String kind : new String[] {"model", "assessment", "component", "level", "license", "org", "set",
                "source", "finding", "stage", "kind", "tier", "restrictiveness", "scheme"}) {
            prefixes.setNsPrefix(kind, iris.base() + kind + "/");
        }
        return prefixes.lock();
    }
}
