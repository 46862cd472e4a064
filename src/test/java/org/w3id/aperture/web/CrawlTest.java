package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.vocab.Ap;

/**
 * Follows every local link from the home page. No page answers 404 or 5xx, and every model, license, component
 * and organisation is reached by clicking. "Query this" links are checked once each but not followed further.
 * The pages of one step from the home page are fetched by a few clients at once, as the server would be crawled.
 */
class CrawlTest {
    private static final int CLIENTS = 4;

    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));

    @Test
    void everyLinkFromHomeResolves() throws Exception {
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Map<String, String> broken = new ConcurrentSkipListMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<String> step = List.of("/");
            while (!step.isEmpty()) {
                List<Future<List<String>>> visits = new ArrayList<>();
                for (String path : step) {
                    visits.add(clients.submit(() -> links(path, broken)));
                }
                List<String> next = new ArrayList<>();
                for (Future<List<String>> visit : visits) {
                    visit.get().stream().filter(seen::add).forEach(next::add);
                }
                step = next;
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(Map.of(), broken);
        assertEquals(45, seen.stream().filter(p -> p.matches("/model/[a-z0-9-]+")).count());
        assertEquals(12, seen.stream().filter(p -> p.matches("/component/[a-z0-9-]+")).count());
        assertEquals(540, seen.stream().filter(p -> p.matches("/assessment/[a-z0-9-]+/[a-z0-9-]+")).count());
        Graph graph = web.dataset.getDefaultGraph();
        for (String kind : List.of("model/", "component/", "level/", "org/")) {
            assertEquals(pages(graph, kind), reached(seen, kind), "every " + kind + " resource is reached");
        }
        Set<String> licenses = pages(graph, "license/");
        assertTrue(licenses.containsAll(reached(seen, "license/")), "license pages are of license resources");
        graph.find(Node.ANY, Ap.term("releaseTerms"), Node.ANY).forEachRemaining(t ->
                assertTrue(seen.contains(page(t.getObject())), "the release terms of " + t.getSubject() + " are reached"));
        assertTrue(seen.stream().anyMatch(p -> URI.create(p).getPath().equals("/def/Model")));
    }

    /** The pages of the graph's resources of a kind: {@code /org/meta-ai} for every subject {@code org/meta-ai}. */
    private static Set<String> pages(Graph graph, String kind) {
        return graph.find().mapWith(Triple::getSubject)
                .filterKeep(s -> s.isURI() && s.getURI().startsWith(Ap.BASE + kind))
                .mapWith(CrawlTest::page).toSet();
    }

    private static String page(Node resource) {
        return "/" + resource.getURI().substring(Ap.BASE.length());
    }

    /** The pages of a kind among the paths reached, without their other formats ({@code .ttl}) and queries. */
    private static Set<String> reached(Set<String> seen, String kind) {
        return seen.stream().filter(p -> p.startsWith("/" + kind) && !p.matches(".*[.?#].*")).collect(Collectors.toSet());
    }

    /** The local links of a page, none for a page that is not HTML or is a query's; a status of 400 or more is broken. */
    private static List<String> links(String path, Map<String, String> broken) throws Exception {
        HttpResponse<byte[]> response = web.get(path, "text/html");
        if (response.statusCode() >= 400) {
            broken.put(path, Integer.toString(response.statusCode()));
            return List.of();
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/html") || path.startsWith("/query?")) {
            return List.of();
        }
        return Jsoup.parse(WebFixture.body(response), web.url(path)).select("a[href], link[href]").stream()
                .map(link -> link.attr("href"))
                .filter(href -> href.startsWith("/") && !href.startsWith("//"))
                .toList();
    }
}
