package org.w3id.aperture.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.query.NamedQueries;

/** Every named query (but those that call an outside service) passes the checks and answers the same with the policy as without. */
class PolicyAnswersTest {
    private static DatasetGraph plain;
    private static DatasetGraph guarded;

    @BeforeAll
    static void load() {
        Graph graph = Fixtures.graph().getDefaultGraph();
        plain = DatasetGraphFactory.wrap(graph);
        guarded = DatasetGraphFactory.wrap(graph);
        QueryPolicy.install(guarded, Limits.defaults());
    }

    static Stream<Arguments> localQueries() {
        List<Arguments> local = new ArrayList<>();
        NamedQueries.load(Fixtures.home().queries()).all().forEach(q -> {
            if (!q.federated()) {
                local.add(Arguments.of(q.name(), q.query()));
            }
        });
        assertTrue(local.size() >= 20, "the gallery's local queries: " + local.size());
        return local.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localQueries")
    void aNamedQueryPassesTheChecksAndKeepsItsAnswer(String name, Query query) {
        assertEquals("", QueryGuards.refusal(query).orElse(""));
        List<String> expected = answer(plain, query);
        assertEquals(expected, answer(guarded, query));
    }

    /** The rows as text, in the query's order if it has one, sorted otherwise. */
    private static List<String> answer(DatasetGraph dataset, Query query) {
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            if (query.isAskType()) {
                return List.of(Boolean.toString(exec.ask()));
            }
            if (!query.isSelectType()) {
                exec.construct().find().forEachRemaining(t -> rows.add(t.toString()));
            } else {
                exec.select().forEachRemaining(b -> rows.add(b.toString()));
            }
        }
        if (!query.hasOrderBy() || !query.isSelectType()) {
            rows.sort(null);
        }
        return rows;
    }
}
