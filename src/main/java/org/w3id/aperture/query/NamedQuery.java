package org.w3id.aperture.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/**
 * One research question of queries/: its file name without .rq, its header, its parsed query, its text as
 * written (comments and all) and whether it calls an outside SPARQL service, which servers refuse unless
 * allowed (found once here: the query pages ask it of every gallery query on every request).
 */
public record NamedQuery(String name, String title, String question, String source, Query query, String text, boolean federated) {

    public NamedQuery(String name, String title, String question, String source, Query query, String text) {
        this(name, title, question, source, query, text, callsService(query));
    }

    private static boolean callsService(Query query) {
        boolean[] found = {false};
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
