package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.aperture.Fixtures;
import org.w3id.aperture.query.NamedQueries;

/** The model, license, component, organisation, compare, charts and home pages, checked for structure and content. */
class PagesTest {
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(5));

    private static int count(String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(web.dataset))
                .query("PREFIX ap: <https://w3id.org/aperture#> " + query).build()) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }

    @Test
    void modelPageFollowsThePipelineFigure() throws Exception {
        Document page = web.page("/model/llama-2");
        assertEquals("LLaMA-2", page.select("h1").text());
        List<Element> stages = page.select(".pipeline .stage");
        assertEquals(List.of("training", "evaluation", "deployment"), stages.stream().map(s -> s.select("h3").text()).toList());
        assertEquals(List.of(3, 2, 1), stages.stream().map(s -> s.select(".kind-row").first().select(".slot").size()).toList());
        assertEquals(12, page.select(".pipeline .slot").size());
        Element weights = page.select(".slot:has(h4 a[href=/component/deployment-data-weights])").first();
        assertEquals("D3", weights.select(".level a").first().text());
        assertTrue(weights.hasClass("lv3"));
        assertEquals("/license/llama-2", weights.select(".license a").attr("href"));
        assertTrue(weights.select(".source a").attr("href").startsWith("/source/"));
        Element inference = stages.get(2).select(".kind-row").first().select(".slot h4 a").first();
        assertEquals("/component/deployment-code-inference", inference.attr("href"), "code above data");
        assertTrue(page.select("a[href=/org/meta-ai]").size() > 0, "developer");
        assertTrue(page.select("a[href=https://arxiv.org/abs/2307.09288]").size() > 0, "paper link");
    }

    @Test
    void licensePageListsPermissionsPointsAndEveryCell() throws Exception {
        Document page = web.page("/license/apache-2-0");
        String text = page.select("table.props").text();
        assertTrue(text.contains("permits research") || text.contains("permitsResearch"), text);
        assertTrue(page.select("table.props th:contains(points)").size() > 0);
        int cells = count("SELECT (COUNT(?a) AS ?n) WHERE { ?a ap:releaseTerms <https://w3id.org/aperture/license/apache-2-0> }");
        assertTrue(cells > 0);
        assertEquals(cells, page.select("table.cells tbody tr").size());
    }

    @Test
    void componentPageListsEveryModelsCell() throws Exception {
        Document page = web.page("/component/training-data-pretraining");
        assertEquals(45, page.select("table.cells tbody tr").size());
    }

    @Test
    void organisationPageShowsItsModelsRows() throws Exception {
        Document page = web.page("/org/eleutherai");
        assertEquals(4, page.select("table.matrix tr.model-row").size());
    }

    @Test
    void compareShowsModelsSideBySide() throws Exception {
        Document page = web.page("/compare?model=llama-2&model=gpt-4&model=bloom");
        assertEquals(3, page.select("table.compare thead th a").size());
        assertEquals(36, page.select("table.compare td.cell").size());
        assertEquals("D3", page.select("table.compare tr:has(a[href=/component/deployment-data-weights]) td.cell").first().select(".value").text());
        assertEquals(400, web.get("/compare?model=llama-2", "text/html").statusCode());
        assertEquals(400, web.get("/compare?model=a&model=b", "text/html").statusCode());
        assertEquals(45, web.page("/compare").select("input[type=checkbox][name=model]").size());
    }

    @Test
    void chartsDrawTwelveBarsAndAPointPerModel() throws Exception {
        Document page = web.page("/charts");
        Element distribution = page.select("svg.chart").get(0);
        assertEquals(12, distribution.select("a[href^=/component/]").size());
        int models = 0;
        for (Element rect : distribution.select("rect:has(title)")) {
            if (rect.select("title").text().startsWith("model architecture and weights")) {
                models += Integer.parseInt(rect.select("title").text().replaceAll(".*, (\\d+) models", "$1"));
            }
        }
        assertEquals(45, models);
        int withShare = count("SELECT (COUNT(?m) AS ?n) WHERE { ?m a ap:Model ; ap:releasedShare ?s }");
        assertEquals(withShare, page.select("svg.chart").get(1).select("circle.point").size());
        int paperWithShare = count("SELECT (COUNT(?m) AS ?n) WHERE { <https://w3id.org/aperture/set/paper-analysed-40> "
                + "<http://www.w3.org/ns/prov#hadMember> ?m . ?m ap:releasedShare ?s }");
        assertEquals(paperWithShare, web.page("/charts?set=paper-analysed-40").select("svg.chart").get(1).select("circle.point").size());
    }

    @Test
    void homeShowsCountsEndpointAndIndex() throws Exception {
        Document page = web.page("/");
        assertTrue(page.select("code.endpoint").text().endsWith("/aperture/sparql"));
        assertTrue(page.select(".counts").text().contains("45 models"));
        assertEquals(45, page.select("section.index a[href^=/model/]").size());
        for (String path : List.of("/matrix", "/charts", "/compare", "/query", "/download/aperture.ttl", "/download/matrix.csv", "/void")) {
            assertTrue(page.select("a[href=" + path + "]").size() > 0, path);
        }
    }

    @Test
    void queryPageRunsTheGalleryAndLinksIris() throws Exception {
        Document query = web.page("/query");
        assertEquals(NamedQueries.load(Fixtures.home().queries()).names().size(), query.select("ul.gallery li").size());
        Document matrix = web.page("/query?name=openness-matrix");
        assertEquals("540", matrix.select(".result-count").text());
        assertTrue(matrix.select("table.results a[href=/model/llama-2]").size() > 0);
        assertTrue(matrix.select("textarea").text().contains("SELECT"));
        for (String format : List.of("csv", "tsv", "json")) {
            String href = matrix.select(".downloads a:contains(" + format.toUpperCase() + ")").attr("href");
            var response = web.get(href, null);
            assertEquals(200, response.statusCode(), href);
            if (!format.equals("json")) {
                assertEquals(541, WebFixture.body(response).strip().split("\r?\n").length, format);
            }
        }
    }

    @Test
    void queryPageShowsParseErrorsAsBadRequests() throws Exception {
        var response = web.get("/query?query=SELEKT+nothing", "text/html");
        assertEquals(400, response.statusCode());
        assertTrue(WebFixture.body(response).contains("does not parse"));
        assertEquals(400, web.get("/query?name=no-such-query", "text/html").statusCode());
    }

    @Test
    void describeFromTheQueryPageDownloadsAsRdf() throws Exception {
        var response = web.get("/query?query=DESCRIBE+%3Chttps%3A%2F%2Fw3id.org%2Faperture%2Fmodel%2Fllama-2%3E&format=ttl", null);
        assertEquals(200, response.statusCode());
        assertTrue(WebFixture.parse(response.body(), RdfFormat.TURTLE.lang()).size() > 5);
    }
}
