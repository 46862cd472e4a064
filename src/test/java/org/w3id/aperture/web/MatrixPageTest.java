package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.UpstreamCells;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.core.Labels;

/** The matrix page against the openness-matrix named query and the authors' files; its filters and sorts. */
class MatrixPageTest {
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));

    private static List<Element> rows(Document page) {
        return page.select("table.matrix tbody tr.model-row");
    }

    /** (model slug, component slug) to "value|license" from the named query. */
    private static Map<String, String> expectedCells() {
        Map<String, String> cells = new HashMap<>();
        var query = NamedQueries.load(Fixtures.home().queries()).get("openness-matrix").orElseThrow().query();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(web.dataset)).query(query).build()) {
            qe.execSelect().forEachRemaining(s -> cells.put(
                    Labels.localName(s.getResource("model").getURI()) + " " + Labels.localName(s.getResource("component").getURI()),
                    s.getLiteral("value").getString() + "|" + (s.contains("license") ? s.getLiteral("license").getString() : "")));
        }
        return cells;
    }

    @Test
    void fortyFiveRowsOfTwelveCellsWithTheQuerysValueAndLicense() throws Exception {
        Document page = web.page("/matrix");
        List<Element> rows = rows(page);
        assertEquals(45, rows.size());
        Map<String, String> expected = expectedCells();
        assertEquals(540, expected.size());
        for (Element row : rows) {
            List<Element> cells = row.select("td.cell");
            assertEquals(12, cells.size(), row.attr("data-model"));
            for (Element cell : cells) {
                String key = row.attr("data-model") + " " + cell.attr("data-component");
                String shown = cell.select(".value").text() + "|" + cell.select(".license").text();
                assertEquals(expected.get(key), shown, key);
                assertTrue(cell.select("a").attr("href").startsWith("/assessment/" + row.attr("data-model") + "/"), key);
            }
            assertEquals("/model/" + row.attr("data-model"), row.select("th a").attr("href"));
        }
    }

    @Test
    void cellsAgreeWithTheAuthorsFiles() throws Exception {
        Map<String, String> shown = new HashMap<>();
        for (Element row : rows(web.page("/matrix"))) {
            String label = row.select("th a").text();
            for (Element cell : row.select("td.cell")) {
                shown.put(label + " " + cell.attr("data-component"), cell.attr("data-value"));
            }
        }
        List<UpstreamCells.Cell> upstream = UpstreamCells.read(Fixtures.UPSTREAM);
        assertEquals(540, upstream.size());
        for (UpstreamCells.Cell c : upstream) {
            assertEquals(c.notation(), shown.get(c.title() + " " + c.key().replace('.', '-')), c.title() + " " + c.key());
        }
    }

    @Test
    void cellsAreColouredByValue() throws Exception {
        for (Element cell : web.page("/matrix").select("td.cell")) {
            String value = cell.attr("data-value");
            String expected = value.equals("N/A") ? "lv-not-applicable" : value.equals("Unknown") ? "lv-unknown" : "lv" + value.charAt(1);
            assertTrue(cell.hasClass(expected), value + " has " + cell.className());
        }
    }

    @Test
    void thePapersFortyToggle() throws Exception {
        Document page = web.page("/matrix?set=paper-analysed-40");
        assertEquals(40, rows(page).size());
        Set<String> shown = rows(page).stream().map(r -> r.attr("data-model")).collect(Collectors.toSet());
        assertFalse(shown.contains("llama-3"));
        assertTrue(shown.contains("llama-2"));
        assertEquals(45, rows(web.page(page.select("a.toggle").attr("href"))).size());
    }

    @Test
    void filterByDeveloperAndYear() throws Exception {
        List<Element> meta = rows(web.page("/matrix?developer=meta-ai"));
        assertEquals(Set.of("fairseq-dense", "xglm", "opt", "llama", "llama-2", "llama-3"),
                meta.stream().map(r -> r.attr("data-model")).collect(Collectors.toSet()));
        List<Element> in2024 = rows(web.page("/matrix?year=2024"));
        assertEquals(5, in2024.size());
        in2024.forEach(r -> assertTrue(r.select("td.date").text().startsWith("2024"), r.attr("data-model")));
    }

    @Test
    void filterByTierOfAComponent() throws Exception {
        List<Element> open = rows(web.page("/matrix?tier=fully-open&component=deployment-data-weights"));
        assertFalse(open.isEmpty());
        for (Element row : open) {
            assertEquals("D5", row.select("td.cell[data-component=deployment-data-weights]").attr("data-value"));
        }
        long expected = rows(web.page("/matrix")).stream()
                .filter(r -> r.select("td.cell[data-component=deployment-data-weights]").attr("data-value").equals("D5")).count();
        assertEquals(expected, open.size());
    }

    @Test
    void sortByDateAndOpenness() throws Exception {
        List<String> dates = rows(web.page("/matrix?sort=date")).stream().map(r -> r.select("td.date").text()).toList();
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(String::compareTo);
        assertEquals(sorted, dates);
        assertEquals("2019-02", dates.get(0));

        List<Integer> shares = rows(web.page("/matrix?sort=openness")).stream()
                .map(r -> r.select("td.share").text()).map(s -> s.equals("n/a") ? -1 : Integer.parseInt(s.replace("%", ""))).toList();
        for (int i = 1; i < shares.size(); i++) {
            assertTrue(shares.get(i - 1) >= shares.get(i), shares.toString());
        }
        List<String> byName = rows(web.page("/matrix?sort=model&order=desc")).stream().map(r -> r.select("th a").text().toLowerCase()).toList();
        List<String> expected = new ArrayList<>(byName);
        expected.sort(java.util.Comparator.reverseOrder());
        assertEquals(expected, byName);
    }

    @Test
    void sortLinksKeepFiltersAndFlipOrder() throws Exception {
        Document page = web.page("/matrix?developer=google&sort=date");
        String dateLink = page.select("table.matrix thead a:contains(Released)").first().attr("href");
        assertTrue(dateLink.contains("developer=google") && dateLink.contains("order=desc"), dateLink);
    }

    @Test
    void badSortIs400() throws Exception {
        assertEquals(400, web.get("/matrix?sort=%3Cscript%3E", "text/html").statusCode());
        assertEquals(400, web.get("/matrix?component=no-such-component", "text/html").statusCode());
    }

    @Test
    void headersGroupComponentsByStageAndKindWithFullNames() throws Exception {
        Document page = web.page("/matrix");
        assertEquals(List.of("training:6", "evaluation:4", "deployment:2"), page.select("thead tr.stages th.stage-head").stream()
                .map(th -> th.text() + ":" + th.attr("colspan")).toList());
        assertEquals(List.of("code:3", "data:3", "code:2", "data:2", "code:1", "data:1"), page.select("thead tr.kinds th").stream()
                .map(th -> th.text() + ":" + th.attr("colspan")).toList());
        List<String> labels = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(web.dataset)).query("PREFIX ap: <https://w3id.org/aperture#> "
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?c a ap:Component ; ap:position ?p ; rdfs:label ?l } ORDER BY ?p").build()) {
            qe.execSelect().forEachRemaining(s -> labels.add(s.getLiteral("l").getString()));
        }
        assertEquals(labels, page.select("thead tr.comps th.comp > a:first-child").stream().map(Element::text).toList(),
                "full component names, in pipeline order");
    }

    private static int rankOf(String notation) {
        return notation.equals("N/A") ? -1 : notation.equals("Unknown") ? 0 : notation.charAt(1) - '0';
    }

    @Test
    void sortByAComponentsValue() throws Exception {
        Document page = web.page("/matrix?sort=deployment-data-weights");
        List<Integer> ranks = rows(page).stream()
                .map(r -> rankOf(r.select("td.cell[data-component=deployment-data-weights]").attr("data-value"))).toList();
        assertEquals(45, ranks.size());
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) >= ranks.get(i), "most open first: " + ranks);
        }
        assertTrue(ranks.get(0) > ranks.get(ranks.size() - 1), ranks.toString());
        Element header = page.select("th.comp[data-component=deployment-data-weights]").first();
        assertEquals("descending", header.attr("aria-sort"));
        assertTrue(header.select("a.sort").attr("href").contains("order=asc"), "the sort link flips the order");
        List<Integer> ascending = rows(web.page("/matrix?sort=deployment-data-weights&order=asc")).stream()
                .map(r -> rankOf(r.select("td.cell[data-component=deployment-data-weights]").attr("data-value"))).toList();
        assertEquals(ranks.stream().sorted().toList(), ascending);
    }

    @Test
    void filterByLevelOfAComponentHighlightsTheColumn() throws Exception {
        Document page = web.page("/matrix?component=training-data-pretraining&level=d5");
        List<Element> open = rows(page);
        long expected = rows(web.page("/matrix")).stream()
                .filter(r -> r.select("td.cell[data-component=training-data-pretraining]").attr("data-value").equals("D5")).count();
        assertTrue(expected > 0);
        assertEquals(expected, open.size());
        open.forEach(r -> assertEquals("D5", r.select("td.cell[data-component=training-data-pretraining]").attr("data-value")));
        assertEquals(List.of("training-data-pretraining"), page.select("thead th.comp.hl").eachAttr("data-component"));
        assertEquals(open.size(), page.select("td.cell.hl").size(), "one highlighted cell per row, in the filtered column");
        page.select("td.cell.hl").forEach(c -> assertEquals("training-data-pretraining", c.attr("data-component")));
        assertTrue(rows(web.page("/matrix?level=not-applicable")).size() > 0);
        assertEquals(0, rows(web.page("/matrix?component=deployment-data-weights&level=c5")).size(), "a code level never rates data");
    }

    @Test
    void theLegendLinksEveryValueToItsPageAndExplainsPermissionPoints() throws Exception {
        Document page = web.page("/matrix");
        List<String> hrefs = page.select("section.legend a.badge").eachAttr("href");
        assertEquals(12, hrefs.size(), hrefs.toString());
        for (String href : hrefs) {
            assertTrue(href.startsWith("/level/"), href);
            assertEquals(200, web.get(href, "text/html").statusCode(), href);
        }
        assertTrue(page.select("section.legend").text().contains("moderately restrictive license (2 or 3 permission points)"));
        assertTrue(page.select("#permission-points").text().contains("one point for each of five"));
        assertEquals(12, page.select("p.key a.badge").size());
    }

    @Test
    void csvDownloadHoldsEveryCell() throws Exception {
        var response = web.get("/download/matrix.csv", "text/csv");
        assertEquals(200, response.statusCode());
        String[] lines = WebFixture.body(response).split("\r\n");
        assertEquals(541, lines.length);
        assertEquals("model,modelLabel,component,componentKey,value,license,note", lines[0], "the named query's own columns");
    }
}
