package org.w3id.aperture.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.aperture.format.MediaFormat;

/**
 * Runs a query on the graph and writes the answer: a text table, or one of the results formats of
 * {@link MediaFormat} (CSV, TSV, JSON, XML) for SELECT and ASK; Turtle for graphs.
 */
public enum ResultFormat {
    TABLE(MediaFormat.TEXT), CSV(MediaFormat.CSV), TSV(MediaFormat.TSV), JSON(MediaFormat.RESULTS_JSON),
    XML(MediaFormat.RESULTS_XML);

    /** The format written; TABLE is Jena's text table, with the query's prefixes for SELECT. */
    private final MediaFormat format;

    ResultFormat(MediaFormat format) {
        this.format = format;
    }

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; use table, csv, tsv, json or xml");
        }
    }

    public void run(Query query, DatasetGraph dataset, OutputStream out) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            if (query.isSelectType()) {
                if (this == TABLE) {
                    ResultSetFormatter.out(out, qe.execSelect(), query.getPrologue());
                } else {
                    ResultSetFormatter.output(out, qe.execSelect(), format.lang());
                }
            } else if (query.isAskType()) {
                boolean answer = qe.execAsk();
                if (this == TABLE) {
                    ResultSetFormatter.out(out, answer);
                } else {
                    ResultSetFormatter.output(out, answer, format.lang());
                }
            } else {
                RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), MediaFormat.TURTLE.lang());
            }
        }
    }
}
