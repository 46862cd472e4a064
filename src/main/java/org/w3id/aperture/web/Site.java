package org.w3id.aperture.web;

import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.aperture.vocab.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.query.NamedQueries;

/** Everything the pages read, built once: the graph never changes after load. */
final class Site {
    final SiteIris iris;
    final DatasetGraph dataset;
    final Graph graph;
    final PrefixMapping prefixes;
    final Labels labels;
    final Describer describer;
    final Matrix matrix;
    final Levels levels;
    final RatedRecords records;
    final Alignments alignments;
    final Attributions attributions;
    final Crosswalk crosswalk;
    final SearchIndex search;
    final NamedQueries queries;
    final Renderer renderer;
    final View view;
    final Duration queryTimeout;
    final long rowLimit;

    Site(DatasetGraph dataset, SiteIris iris, NamedQueries queries, Duration queryTimeout, long rowLimit) {
        this.iris = iris;
        this.dataset = dataset;
        this.graph = dataset.getDefaultGraph();
        this.prefixes = Prefixes.ALL;
        this.labels = new Labels(graph);
        this.describer = new Describer(graph);
        GraphQueries q = new GraphQueries(dataset);
        this.matrix = Matrix.load(q, labels);
        this.levels = Levels.load(q, labels);
        this.records = RatedRecords.load(q, graph, iris, labels);
        this.alignments = Alignments.load(q, labels);
        this.attributions = Attributions.load(q, labels);
        this.crosswalk = Crosswalk.load(q, iris, labels);
        this.search = SearchIndex.build(graph, iris, labels);
        this.queries = queries;
        this.renderer = new Renderer();
        this.view = new View(iris, labels, prefixes, levels, matrix, attributions);
        this.queryTimeout = queryTimeout;
        this.rowLimit = rowLimit;
    }
}
