package org.w3id.aperture.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Runs a query on the graph and writes the answer: a text table, CSV, TSV, JSON or XML for SELECT and ASK; Turtle for graphs. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

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
                write(qe.execSelect(), query, out);
            } else if (query.isAskType()) {
                boolean answer = qe.execAsk();
                if (this == TABLE) {
                    ResultSetFormatter.out(out, answer);
                } else {
                    ResultSetFormatter.output(out, answer, lang());
                }
            } else {
                RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
            }
        }
    }

    private void write(ResultSet results, Query query, OutputStream out) {
        if (this == TABLE) {
            ResultSetFormatter.out(out, results, query.getPrologue());
        } else {
            ResultSetFormatter.output(out, results, lang());
        }
    }

    private Lang lang() {
        return switch (this) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML, TABLE -> ResultSetLang.RS_XML;
        };
    }
}
