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
import org.w3id.aperture.format.MediaFormat;
import org.w3id.aperture.query.NamedQueries;
import org.w3id.aperture.web.query.QueryRun;

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
        assertTrue(web.page("/compare?model=llama-2").select(".status").text().contains("pick one to 5 more"));
        assertEquals(400, web.get("/compare?model=llama-2&model=gpt-4&model=bloom&model=opt&model=gpt-2&model=t5&model=ul2", "text/html").statusCode());
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
        assertEquals(withShare, page.select("svg.chart").get(2).select("circle.point").size());
        int paperWithShare = count("SELECT (COUNT(?m) AS ?n) WHERE { <https://w3id.org/aperture/set/paper-analysed-40> "
                + "<http://www.w3.org/ns/prov#hadMember> ?m . ?m ap:releasedShare ?s }");
        assertEquals(paperWithShare, web.page("/charts?set=paper-analysed-40").select("svg.chart").get(2).select("circle.point").size());
    }

    @Test
    void compareMarksTheComponentsThatDiffer() throws Exception {
        Document page = web.page("/compare?model=llama-2&model=llama-3");
        for (Element row : page.select("table.compare tbody tr:has(td.cell)")) {
            List<String> values = row.select("td.cell .value").eachText();
            assertEquals(values.stream().distinct().count() > 1, row.hasClass("differs"), row.text());
        }
        assertTrue(page.select("table.compare tr.differs").size() > 0);
        assertTrue(web.page("/compare?model=llama-2&model=llama-2").select("table.compare").isEmpty(), "one model twice is one model");
    }

    @Test
    void chartsShowOpennessByYearAndLabelThePoints() throws Exception {
        Document page = web.page("/charts");
        Element table = page.select("table.by-year").first();
        List<String> years = table.select("thead th").eachText().subList(1, table.select("thead th").size());
        assertTrue(years.get(0).startsWith("2019") && years.get(years.size() - 1).startsWith("2024"), years.toString());
        assertEquals(13, table.select("tbody tr").size(), "all components, then each of the 12");
        int known2024 = count("SELECT (COUNT(?a) AS ?n) WHERE { ?m <http://purl.org/dc/terms/issued> ?d FILTER(STRSTARTS(STR(?d), \"2024\")) "
                + "?a ap:model ?m ; ap:value/ap:rank ?r }");
        int released2024 = count("SELECT (COUNT(?a) AS ?n) WHERE { ?m <http://purl.org/dc/terms/issued> ?d FILTER(STRSTARTS(STR(?d), \"2024\")) "
                + "?a ap:model ?m ; ap:value/ap:rank ?r FILTER(?r >= 2) }");
        String expected = Math.round(100.0 * released2024 / known2024) + "%";
        assertTrue(table.select("tr.all td").last().text().startsWith(expected), table.select("tr.all td").last().text() + " vs " + expected);
        assertEquals(2, page.select("svg polyline").size());
        Element scatter = page.select("svg.chart").get(2);
        assertEquals("group", scatter.attr("role"), "an SVG with links is no image");
        assertTrue(scatter.select("text.point-label").size() >= 10, "points carry their model's name where it fits");
        for (Element svg : page.select("svg[role=img]")) {
            assertTrue(svg.select("a").isEmpty(), "no links inside role=img");
        }
    }

    @Test
    void homeStartsWithSearchAndTheQuestions() throws Exception {
        Document page = web.page("/");
        assertTrue(page.select("code.endpoint").text().endsWith("/aperture/sparql"));
        assertTrue(page.select(".counts").text().contains("45 models"));
        assertEquals("/search", page.select("main form.search-big").attr("action"));
        assertEquals(8, page.select("ul.tasks > li").size());
        for (String task : page.select("ul.tasks > li > a:first-child").eachAttr("href")) {
            assertEquals(200, web.get(task.replace("&amp;", "&"), "text/html").statusCode(), task);
        }
        assertTrue(page.select("h2").first().text().contains("question"), "the questions come first");
        assertEquals(8, page.select("#preview ~ * tr.model-row, section:has(#preview) tr.model-row").size());
        assertTrue(page.select("ul.findings li").size() >= 3);
        assertTrue(page.select("ul.findings li.holds").size() > 0, "the checked observations say whether they hold");
        assertTrue(page.select("ul.index a[href=/def/Model]").text().contains("Model"));
        assertTrue(page.select("main a[href^=/model/]").size() < 20, "the rest is linked, not listed");
        for (String path : List.of("/matrix", "/charts", "/compare", "/query", "/download/aperture.ttl", "/download/matrix.csv", "/void")) {
            assertTrue(page.select("a[href=" + path + "]").size() > 0, path);
        }
    }

    /** A page answered a second time (from the server's answer cache) must still be allowed its stylesheet and scripts. */
    @Test
    void aPageServedTwiceKeepsItsContentSecurityPolicy() throws Exception {
        for (String path : List.of("/matrix?sort=date", "/model/gpt-2", "/query?name=level-distribution")) {
            String first = web.get(path, "text/html").headers().firstValue("Content-Security-Policy").orElse("");
            String second = web.get(path, "text/html").headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(first.contains("style-src 'self'") && first.contains("script-src 'self'"), path + ": " + first);
            assertEquals(first, second, path + " served again");
        }
    }

    @Test
    void everyPageHasADescriptionOpenGraphAnIconAndBreadcrumbs() throws Exception {
        for (String path : List.of("/", "/matrix", "/model/llama-2", "/component/deployment-data-weights", "/level/c3",
                "/assessment/llama-2/deployment-data-weights", "/charts", "/compare", "/query", "/license/mit", "/org/meta-ai")) {
            Document page = web.page(path);
            assertTrue(page.select("meta[name=description]").attr("content").length() > 40, path);
            assertEquals(page.select("h1").text(), page.select("meta[property=og:title]").attr("content"), path);
            assertEquals("/static/favicon.svg", page.select("link[rel=icon][type=image/svg+xml]").attr("href"), path);
            assertEquals("/search", page.select("header form[role=search]").attr("action"), path);
            if (!path.equals("/")) {
                assertEquals("/", page.select("nav.crumbs a").first().attr("href"), path);
                assertEquals("page", page.select("nav.crumbs a").last().attr("aria-current"), path);
            }
        }
        assertEquals(List.of("Home", "LLaMA-2"), web.page("/assessment/llama-2/deployment-data-weights").select("nav.crumbs li a")
                .eachText().subList(0, 2));
        var robots = web.get("/robots.txt", null);
        assertEquals(200, robots.statusCode());
        assertTrue(WebFixture.body(robots).startsWith("User-agent: *"));
        var icon = web.get("/favicon.ico", null);
        assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElse(""));
        assertEquals(0, icon.body()[0]);
        assertEquals(1, icon.body()[2], "an ICO file");
    }

    @Test
    void modelPageOpensWithASummaryCardAndFoldsTheRawProperties() throws Exception {
        Document page = web.page("/model/llama-2");
        Element card = page.select("section.card").first();
        assertTrue(card.select("dl.facts").text().contains("Meta AI"));
        assertTrue(card.select("dl.facts").text().contains("2023-07"));
        assertTrue(card.select(".share-big").text().contains("20%"), card.select(".share-big").text());
        Element license = card.select("ul.licenses li:has(a[href=/license/llama-2])").first();
        assertTrue(license.text().contains("3 of 5 permission points"), license.text());
        assertTrue(license.text().contains("Does not allow commercial use"), license.text());
        assertTrue(license.text().contains("700 million"), "restrictions in words");
        assertTrue(card.select("a[href=/compare?model=llama-2]").size() > 0);
        assertTrue(page.select("details.raw table.props").size() > 0, "raw properties folded away");
        assertTrue(page.select("section.card").first().elementSiblingIndex() < page.select(".pipeline").first().elementSiblingIndex());
    }

    @Test
    void assessmentPagesHaveHumanTitlesAndSayWhereTheValueComesFrom() throws Exception {
        Document page = web.page("/assessment/llama-2/deployment-data-weights");
        assertEquals("LLaMA-2 — model architecture and weights: D3", page.select("h1").text());
        assertTrue(page.title().startsWith("LLaMA-2 — model architecture and weights: D3"));
        String why = page.select("section.card").text();
        assertTrue(why.contains("LLaMA-2") && why.contains("license rule"), why);
    }

    @Test
    void componentPageListsRisksAndBenefitsApart() throws Exception {
        Document page = web.page("/component/deployment-data-weights");
        int risks = count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a ap:Risk ; ap:dependsOnOpennessOf <https://w3id.org/aperture/component/deployment-data-weights> }");
        int benefits = count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a ap:Benefit ; ap:dependsOnOpennessOf <https://w3id.org/aperture/component/deployment-data-weights> }");
        assertTrue(risks > 0 && benefits > 0);
        assertEquals(risks, page.select("section.risks > ul > li").size());
        assertEquals(benefits, page.select("section.benefits > ul > li").size());
        page.select("section.risks > ul > li > a:first-child").forEach(a -> assertTrue(a.attr("href").startsWith("/risk/"), a.attr("href")));
        page.select("section.benefits > ul > li > a:first-child").forEach(a -> assertTrue(a.attr("href").startsWith("/benefit/"), a.attr("href")));
        assertTrue(page.select("section.risks a[href^=/mitigation/]").size() > 0, "each risk with its mitigations");
    }

    @Test
    void levelPageSaysWhyCellsOfAnotherLevelAppear() throws Exception {
        Document page = web.page("/level/c3");
        assertTrue(page.select(".meaning").text().contains("moderately restrictive"));
        page.select("#cells + .scroll table.cells td a.badge").forEach(b -> assertEquals("C3", b.text()));
        int atC3 = count("SELECT (COUNT(?a) AS ?n) WHERE { ?a ap:value <https://w3id.org/aperture/level/c3> }");
        assertEquals(atC3, page.select("#cells + .scroll table.cells tbody tr").size());
        int ruleOnly = count("SELECT (COUNT(?a) AS ?n) WHERE { ?a ap:licenseRuleLevel <https://w3id.org/aperture/level/c3> ; ap:value ?v "
                + "FILTER(?v != <https://w3id.org/aperture/level/c3>) }");
        assertTrue(ruleOnly > 0, "the data has cells the rule puts at C3 that the authors rated otherwise");
        assertEquals(ruleOnly, page.select("#rule-cells ~ .scroll table.cells tbody tr").size());
        assertTrue(page.select("#rule-cells + p").text().contains("license rule"));
        page.select("#rule-cells ~ .scroll table.cells td a.badge").forEach(b -> assertTrue(!b.text().equals("C3"), b.text()));
    }

    @Test
    void queryPageRunsTheGalleryAndLinksIris() throws Exception {
        Document query = web.page("/query");
        assertEquals(NamedQueries.load(Fixtures.home().queries()).names().size(), query.select("ul.gallery li").size());
        Document matrix = web.page("/query?name=openness-matrix");
        assertEquals("540", matrix.select(".result-count").text());
        assertEquals(QueryRun.PAGE_ROWS, matrix.select("table.results tbody tr").size(), "one page of the answer");
        Element model = matrix.select("table.results a[href^=/model/]").first();
        assertEquals(web.page(model.attr("href")).select("h1").text(), model.text(), "IRIs shown by their labels, linked");
        assertTrue(model.parent().select("small.note").text().startsWith("model:"), "the IRI's short form beside its label");
        String text = matrix.select("textarea").text();
        assertTrue(text.startsWith("# title:"), "the query as written, comments and all: " + text.substring(0, 40));
        Document page6 = web.page(matrix.select("nav.pager a[rel=next]").attr("href").replace("page=2", "page=6"));
        assertEquals(540 - 5 * QueryRun.PAGE_ROWS, page6.select("table.results tbody tr").size());
        assertEquals(0, page6.select("nav.pager a[rel=next]").size());
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
    void queryPageShowsParseErrorsInOneSentenceAtTheirLineAndColumn() throws Exception {
        var response = web.get("/query?query=SELEKT+nothing", "text/html");
        assertEquals(400, response.statusCode());
        assertTrue(WebFixture.body(response).contains("does not parse"));
        assertEquals(400, web.get("/query?name=no-such-query", "text/html").statusCode());
        String query = "# my comment\nSELECT ?x WHERE {\n  ?x ?y }";
        var bad = web.get("/query?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), "text/html");
        assertEquals(400, bad.statusCode());
        Document page = org.jsoup.Jsoup.parse(WebFixture.body(bad));
        String error = page.select("p.error").text();
        assertTrue(error.matches("The query does not parse at line 3, column (\\d+): it did not expect “}” there\\."), error);
        assertEquals("3", page.select("textarea").attr("data-error-line"));
        assertEquals(error.replaceAll(".*column (\\d+):.*", "$1"), page.select("textarea").attr("data-error-column"));
        assertEquals(query, page.select("textarea").first().wholeText().replace("\r\n", "\n"), "kept exactly as typed");
    }

    @Test
    void queryResultsChartANumericColumnAndLinkOnlyWebIris() throws Exception {
        Document page = web.page("/query?name=level-distribution");
        assertTrue(page.select("figure.query-chart svg rect.bar-fill").size() > 0);
        assertTrue(page.select("figure.query-chart svg a").isEmpty(), "no links inside an image");
        assertTrue(page.select("table.results td.num[data-sort]").size() > 0);
        assertTrue(page.select("table.sortable").size() > 0);
        String query = "SELECT ?x ?y WHERE { VALUES (?x ?y) { (<javascript:alert(1)> <https://example.org/a>) } }";
        Document links = web.page("/query?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(links.select("a[href^=javascript]").isEmpty());
        assertTrue(links.select("table.results td").first().text().contains("javascript:alert(1)"), "shown as text");
        assertEquals(1, links.select("table.results a[href=https://example.org/a]").size());
        assertEquals(400, web.get("/query?name=openness-matrix&page=0", "text/html").statusCode());
        var terms = web.get("/query/terms.json", null);
        assertEquals(200, terms.statusCode());
        String json = WebFixture.body(terms);
        assertTrue(json.contains("\"ap:Model\"") && json.contains("\"model:llama-2\""), "classes and resources to complete");
    }

    @Test
    void describeFromTheQueryPageDownloadsAsRdf() throws Exception {
        var response = web.get("/query?query=DESCRIBE+%3Chttps%3A%2F%2Fw3id.org%2Faperture%2Fmodel%2Fllama-2%3E&format=ttl", null);
        assertEquals(200, response.statusCode());
        assertTrue(WebFixture.parse(response.body(), MediaFormat.TURTLE.lang()).size() > 5);
    }
}
