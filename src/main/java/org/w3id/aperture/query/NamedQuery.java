package org.w3id.aperture.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/** One research question of queries/: its file name without .rq, its header, its parsed query and its text as written (comments and all). */
public record NamedQuery(String name, String title, String question, String source, Query query, String text) {

    /** True if the query calls an outside SPARQL service, which servers refuse unless allowed. */
    public boolean federated() {
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
