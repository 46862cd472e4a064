package org.w3id.aperture.web.query;

import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.SiteIris;

/**
 * What the query page runs its queries with: the served dataset under the SPARQL endpoint's timeout and row
 * limit, and the site's IRIs and labels for the table it shows.
 */
public record QueryRunner(DatasetGraph dataset, SiteIris iris, Labels labels, Duration timeout, long rowLimit) {
    /** The query parsed and checked, ready to run; a {@link QueryRun.ParseError} or a bad request when it is not. */
    QueryRun run(String text) {
        return new QueryRun(this, text);
    }
}
