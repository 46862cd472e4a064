package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.vocab.Ap;
import org.w3id.aperture.web.core.Labels;
import org.w3id.aperture.web.core.SiteIris;
import org.w3id.aperture.web.pages.SearchIndex;

/** The search: by name in any spelling, by a longer variant, by developer; the results page, the JSON, and its speed. */
class SearchTest {
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));

    private static SearchIndex index() {
        Graph graph = web.dataset.getDefaultGraph();
        return SearchIndex.build(graph, new SiteIris(), new Labels(graph));
    }

    private static List<String> first(SearchIndex index, String query, int n) {
        return index.search(query, n).stream().map(h -> Labels.localName(h.resource().iri())).toList();
    }

    @Test
    void namesMatchInAnySpellingAndLongerVariantsFindTheirModel() {
        SearchIndex index = index();
        for (String q : List.of("llama 2", "Llama 2", "LLaMA-2", "llama2")) {
            SearchIndex.Hit top = index.search(q, 5).get(0);
            assertEquals(Ap.BASE + "model/llama-2", top.resource().iri(), q + ": " + first(index, q, 5));
        }
        for (String q : List.of("Llama-2-7B", "llama-2-70b-chat")) {
            List<String> hits = index.search(q, 5).stream().map(h -> h.resource().iri()).toList();
            assertTrue(hits.contains(Ap.BASE + "model/llama-2"), q + " finds the paper's model among the first: " + hits);
        }
        assertEquals(Ap.BASE + "mot/llama-2-7b", index.search("Llama-2-7B", 3).get(0).resource().iri(),
                "a release rated by another framework is found under its own name first");
        assertTrue(first(index, "mistral", 3).contains("mistral-7b"), "the paper's Mistral-7B is among the first for 'mistral': "
                + first(index, "mistral", 3));
        assertTrue(first(index, "llama", 6).containsAll(List.of("llama", "llama-2", "llama-3")), "a family by its common name");
        assertEquals(List.of(), index.search("  -- ", 5));
    }

    @Test
    void developersFindTheirOrganisationFirstThenTheirModels() {
        List<SearchIndex.Hit> hits = index().search("meta", 40);
        assertEquals(Ap.BASE + "org/meta-ai", hits.get(0).resource().iri());
        List<String> models = hits.stream().filter(h -> h.resource().iri().startsWith(Ap.BASE + "model/"))
                .map(h -> Labels.localName(h.resource().iri())).toList();
        assertTrue(models.containsAll(List.of("llama", "llama-2", "llama-3", "opt")), models.toString());
    }

    @Test
    void licensesComponentsAndRisksAreFoundToo() {
        SearchIndex index = index();
        assertTrue(first(index, "apache", 5).contains("apache-2-0"), first(index, "apache", 5).toString());
        assertEquals(Ap.BASE + "component/deployment-data-weights", index.search("weights", 30).stream()
                .filter(h -> h.kind().equals("Component")).findFirst().orElseThrow().resource().iri());
        assertTrue(index.search("misuse", 5).stream().anyMatch(h -> h.resource().iri().startsWith(Ap.BASE + "risk/")));
        assertTrue(index.search("C3", 3).stream().anyMatch(h -> h.resource().iri().equals(Ap.BASE + "level/c3")), "by notation");
    }

    @Test
    void theResultsPageGroupsByKindAndTheJsonFeedsTheSuggestions() throws Exception {
        Document page = web.page("/search?q=llama+2");
        assertEquals("/model/llama-2", page.select("ul.results-list a").first().attr("href"));
        assertTrue(page.select(".search-group h2").eachText().stream().anyMatch(t -> t.startsWith("Model")));
        assertEquals("llama 2", page.select("main input[name=q]").val());
        assertTrue(web.page("/search?q=zzzzqqq").select(".result-count").text().startsWith("Nothing matches"));
        var response = web.get("/search.json?q=Llama-2-7B&limit=3", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = JSON.parse(WebFixture.body(response));
        assertEquals(3, body.get("hits").getAsArray().size());
        assertEquals("/mot/llama-2-7b", body.get("hits").getAsArray().get(0).getAsObject().get("href").getAsString().value());
        assertEquals(400, web.get("/search.json?q=x&limit=many", null).statusCode());
        assertEquals(400, web.get("/search?q=" + "a".repeat(300), "text/html").statusCode());
    }

    @Test
    void aSearchTakesWellUnderAMillisecond() {
        long start = System.nanoTime();
        SearchIndex index = index();
        long built = System.nanoTime() - start;
        String[] queries = {"llama 2", "Llama-2-7B", "meta", "apache", "weights", "misuse", "gpt", "bloom", "mit", "c3", "open", "x"};
        for (int i = 0; i < 600; i++) {
            index.search(queries[i % queries.length], 8);
        }
        long[] times = new long[1_200];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            index.search(queries[i % queries.length], 8);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        double p50 = times[times.length / 2] / 1e6;
        double p99 = times[times.length * 99 / 100] / 1e6;
        System.out.printf("search index: %d entries, site with index built in %.0f ms; search p50 %.3f ms, p99 %.3f ms over %d searches%n",
                index.size(), built / 1e6, p50, p99, times.length);
        assertTrue(index.size() > 100, "models, organisations, licenses, components, risks and more");
        assertTrue(p50 < 5, "p50 " + p50 + " ms");
    }
}
