package org.w3id.aperture.query;

import org.apache.jena.query.Query;

/** One research question of queries/: its file name without .rq, its header, and its parsed query. */
public record NamedQuery(String name, String title, String question, String source, Query query) {}
