package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.aperture.Fixtures;

/**
 * Follows every local link from the home page. No page answers 404 or 5xx, and every model, license, component
 * and organisation is reached by clicking. "Query this" links are checked once each but not followed further.
 */
class CrawlTest {
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));

    @Test
    void everyLinkFromHomeResolves() throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        Map<String, String> broken = new TreeMap<>();
        todo.add("/");
        seen.add("/");
        while (!todo.isEmpty()) {
            String path = todo.pop();
            HttpResponse<byte[]> response = web.get(path, "text/html");
            if (response.statusCode() >= 400) {
                broken.put(path, Integer.toString(response.statusCode()));
                continue;
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html") || path.startsWith("/query?")) {
                continue;
            }
            Document page = Jsoup.parse(WebFixture.body(response), web.url(path));
            for (Element link : page.select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.startsWith("/") && !href.startsWith("//") && seen.add(href)) {
                    todo.add(href);
                }
            }
        }
        assertEquals(Map.of(), broken);
        for (String kind : new String[] {"model/", "license/", "component/", "org/", "level/", "assessment/"}) {
            assertTrue(seen.stream().anyMatch(p -> p.startsWith("/" + kind)), kind);
        }
        assertEquals(45, seen.stream().filter(p -> p.matches("/model/[a-z0-9-]+")).count());
        assertEquals(12, seen.stream().filter(p -> p.matches("/component/[a-z0-9-]+")).count());
        assertEquals(540, seen.stream().filter(p -> p.matches("/assessment/[a-z0-9-]+/[a-z0-9-]+")).count());
        assertTrue(seen.stream().filter(p -> p.startsWith("/license/")).count() > 10);
        assertTrue(seen.stream().anyMatch(p -> URI.create(p).getPath().equals("/def/Model")));
    }
}
