package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.aperture.Fixtures;

/**
 * The other frameworks on the web: the ratings of a model's aligned records on its page, the pages of MOT, OSAI and
 * OUC records and of their assessments, the cross-framework view, the MOT and OSAI catalogues in the matrix, and the
 * credit to each source; every expected value is read from the graph.
 */
class FrameworkPagesTest {
    @RegisterExtension
    static final WebFixture web = new WebFixture(Fixtures.home(), Duration.ofSeconds(10));

    private static final String BASE = "https://w3id.org/aperture/";
    private static final String PREFIXES = "PREFIX ap: <https://w3id.org/aperture#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX sssom: <https://w3id.org/sssom/> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> ";

    private static List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(web.dataset)).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static int count(String query) {
        return select(query).get(0).getLiteral("n").getInt();
    }

    private static String path(String iri) {
        return "/" + iri.substring(BASE.length());
    }

    /** The records of a framework aligned with a record by a curated mapping, in either direction. */
    private static Set<String> aligned(String iri, String recordClass) {
        Set<String> out = new TreeSet<>();
        for (QuerySolution s : select("SELECT ?other WHERE { ?m a sssom:Mapping ; owl:annotatedProperty ?p . "
                + "{ ?m owl:annotatedSource <" + iri + "> ; owl:annotatedTarget ?other } UNION { ?m owl:annotatedTarget <" + iri + "> ; owl:annotatedSource ?other } "
                + "?other a ap:" + recordClass + " FILTER(?p IN (ap:sameReleaseAs, ap:familyMemberOf, ap:derivativeOf)) }")) {
            out.add(s.getResource("other").getURI());
        }
        return out;
    }

    /** What a MOF assessment says in the pages' words: not included, or MOT's verdict on its license. */
    private static Map<String, String> mofValues(String record) {
        Map<String, String> values = new TreeMap<>();
        for (QuerySolution s : select("SELECT ?d ?included ?verdict WHERE { ?a ap:ratedRecord <" + record + "> ; ap:dimension ?d ; ap:included ?included "
                + "OPTIONAL { ?a ap:mofLicenseVerdict ?verdict } }")) {
            String verdict = s.contains("verdict") ? s.getResource("verdict").getURI().replaceAll(".*/", "") : "";
            String value = !s.getLiteral("included").getBoolean() ? "not included" : switch (verdict) {
                case "open" -> "open";
                case "open-not-type-appropriate" -> "open, other type";
                case "unlicensed" -> "unlicensed";
                default -> "invalid";
            };
            values.put(s.getResource("d").getURI().replaceAll(".*/", ""), value);
        }
        return values;
    }

    /** An index record's classes by dimension slug, and its evidence links. */
    private static Map<String, String> classes(String record) {
        Map<String, String> classes = new TreeMap<>();
        select("SELECT ?d ?c WHERE { ?a ap:ratedRecord <" + record + "> ; ap:dimension ?d ; ap:opennessClass/rdfs:label ?c }")
                .forEach(s -> classes.put(s.getResource("d").getURI().replaceAll(".*/", ""), s.getLiteral("c").getString()));
        return classes;
    }

    private static Set<String> evidence(String record) {
        Set<String> links = new TreeSet<>();
        select("SELECT ?e WHERE { ?a ap:ratedRecord <" + record + "> ; ap:evidence ?e }").forEach(s -> links.add(s.getResource("e").getURI()));
        return links;
    }

    /** The home page of a source dataset a record's file is part of (its foaf:page that is neither on GitHub nor a DOI). */
    private static String sourceHome(String record) {
        return select("SELECT ?page WHERE { <" + record + "> <http://www.w3.org/ns/prov#wasDerivedFrom>/dcterms:isPartOf ?d . ?d foaf:page ?page "
                + "FILTER(!STRSTARTS(STR(?page), \"https://github.com/\") && !STRSTARTS(STR(?page), \"https://doi.org/\")) }")
                .get(0).getResource("page").getURI();
    }

    private static void assertCredited(Element where, String record, String license, String what) {
        Element credit = where.select(".attribution").first();
        assertNotNull(credit, what + ": no attribution");
        assertEquals(1, credit.select("a[href=" + sourceHome(record) + "]").size(), what + ": the source's page");
        assertTrue(credit.select("a[href=http://spdx.org/licenses/" + license + "]").size() == 1, what + ": the license " + license);
        for (QuerySolution s : select("SELECT ?c WHERE { <" + record + "> <http://www.w3.org/ns/prov#wasDerivedFrom>/dcterms:isPartOf/dcterms:bibliographicCitation ?c }")) {
            assertTrue(credit.select("cite").eachText().contains(s.getLiteral("c").getString()), what + ": citation " + s.getLiteral("c"));
        }
    }

    @Test
    void llama2sPageShowsTheMotRecordsOfItsFamilyWithTheirClassAndComponents() throws Exception {
        Document page = web.page("/model/llama-2");
        Element mot = page.select("section.framework:has(#fw-mot)").first();
        assertNotNull(mot, "a MOF section");
        Set<String> expected = aligned(BASE + "model/llama-2", "MotRecord");
        assertTrue(expected.containsAll(Set.of(BASE + "mot/llama-2-7b", BASE + "mot/llama-2-13b", BASE + "mot/llama-2-70b")), expected.toString());
        List<Element> heads = mot.select("table.fw-side thead th:gt(0)");
        Set<String> shown = new TreeSet<>();
        heads.forEach(h -> shown.add(BASE + h.select("a").first().attr("href").substring(1)));
        assertEquals(expected, shown);
        for (int i = 0; i < heads.size(); i++) {
            String record = BASE + heads.get(i).select("a").first().attr("href").substring(1);
            int mofClass = count("SELECT (?c AS ?n) WHERE { <" + record + "> ap:mofClassComputed ?c }");
            String badge = mot.select("table.fw-side tbody tr:has(th:contains(MOF class)) td").get(i).text();
            assertEquals(mofClass == 0 ? "unclassified" : "Class " + "I".repeat(mofClass), badge, record);
            Map<String, String> values = mofValues(record);
            assertEquals(17, values.size());
            for (Map.Entry<String, String> v : values.entrySet()) {
                Element row = mot.select("table.fw-side tbody tr:has(th a[href=/mof/" + v.getKey() + "])").first();
                assertEquals(v.getValue(), row.select("td").get(i).select("a.badge").text(), record + " " + v.getKey());
            }
        }
        Element size = heads.stream().filter(h -> h.select("a").first().attr("href").equals("/mot/llama-2-7b")).findFirst().orElseThrow();
        assertEquals("member of its family", size.select(".align-kind").text());
        int column = heads.indexOf(size);
        Element architecture = mot.select("table.fw-side tr:has(th a[href=/mof/model-architecture])").first().select("td").get(column);
        assertTrue(architecture.text().contains("Llama 2 Community License"), architecture.text());
        assertEquals(3, mot.select("table.fw-side tr:has(th:matches(^Progress to class))").size());
        List<Element> why = mot.select("ol.why > li");
        assertEquals(heads.size(), why.size());
        String reason = select("SELECT ?c WHERE { ?m owl:annotatedSource <" + BASE + "mot/llama-2-7b> ; owl:annotatedTarget <" + BASE
                + "model/llama-2> ; rdfs:comment ?c }").get(0).getLiteral("c").getString();
        assertTrue(why.stream().anyMatch(li -> li.text().contains(reason)), "the curators' reason in a note");
        assertTrue(size.select(".align-kind").attr("title").contains(reason), "and on hover");
        assertCredited(mot, BASE + "mot/llama-2-7b", "MIT", "MOF section");
        assertTrue(mot.select(".attribution details.rights").text().contains("Permission is hereby granted"), "the MIT notice");
    }

    @Test
    void llama2sPageShowsTheIndexesDimensionsAndEvidenceOfItsAlignedRecords() throws Exception {
        Document page = web.page("/model/llama-2");
        for (String[] kind : new String[][] {{"osai", "OsaiRecord", "12", "CC-BY-4.0"}, {"ouc", "OucRecord", "14", "CC-BY-4.0"}}) {
            Element section = page.select("section.framework:has(#fw-" + kind[0] + ")").first();
            assertNotNull(section, kind[0]);
            Set<String> expected = aligned(BASE + "model/llama-2", kind[1]);
            assertFalse(expected.isEmpty());
            List<Element> heads = section.select("table.fw-side thead th:gt(0)");
            assertEquals(expected.size(), heads.size(), kind[0]);
            assertEquals(Integer.parseInt(kind[2]), section.select("table.fw-side tbody tr:not(.group)").size(), kind[0] + " dimensions");
            for (int i = 0; i < heads.size(); i++) {
                String record = BASE + heads.get(i).select("a").first().attr("href").substring(1);
                assertTrue(expected.contains(record), record);
                Set<String> links = new TreeSet<>();
                for (Element row : section.select("table.fw-side tbody tr:not(.group)")) {
                    Element cell = row.select("td").get(i);
                    String dimension = row.select("th a").attr("href").replaceAll(".*/", "");
                    assertEquals(classes(record).get(dimension), cell.select("a.badge").text(), record + " " + dimension);
                    cell.select("a.external").forEach(a -> links.add(a.attr("href")));
                }
                assertEquals(evidence(record), links, record + ": every evidence link");
            }
            assertCredited(section, BASE + heads.get(0).select("a").first().attr("href").substring(1), kind[3], kind[0]);
        }
    }

    @Test
    void aMotRecordPageHasItsSummaryClassProgressAndComponentsByClass() throws Exception {
        String record = BASE + "mot/llama-2-7b";
        Document page = web.page("/mot/llama-2-7b");
        assertEquals("Llama-2-7B", page.select("h1").text());
        Element facts = page.select("section.card dl.facts").first();
        assertTrue(facts.select("div:has(dt:contains(Producer)) a[href=/org/meta]").size() == 1);
        String changed = facts.select("div:has(dt:contains(Record changed)) dd").text();
        assertTrue(changed.startsWith("2024-10-03") && changed.contains("not the model's release date"), changed);
        assertTrue(facts.select("div:has(dt:contains(Source file)) a[href=/source/mot-8b5d30e/file/llama-2-7b-yml]").size() == 1);
        assertEquals("MOF: Unclassified", page.select("#mof-class + p .badge").text());
        List<Element> progress = page.select("ul.progress > li");
        assertEquals(3, progress.size());
        for (QuerySolution s : select("SELECT ?n ?pct WHERE { <" + record + "> ap:mofProgress ?p . ?p ap:mofClassNumber ?n ; ap:percent ?pct }")) {
            String notation = "I".repeat(s.getLiteral("n").getInt());
            long whole = new BigDecimal(s.getLiteral("pct").getLexicalForm()).setScale(0, RoundingMode.HALF_UP).longValue();
            assertTrue(progress.stream().anyMatch(li -> li.select(".p-label").text().equals("Class " + notation)
                    && li.select("strong").text().equals(whole + "%")), notation + " " + whole);
        }
        Element table = page.select("table.fw-ratings.mof").first();
        assertEquals(List.of("Class III, Open Model", "Class II, Open Tooling", "Class I, Open Science"),
                table.select("tr.group th").eachText());
        assertEquals(List.of(7, 5, 5), table.select("tbody").stream().map(b -> b.select("tr:not(.group)").size()).toList());
        mofValues(record).forEach((d, value) -> assertEquals(value,
                table.select("tr:has(th a[href=/mof/" + d + "]) a.badge").text(), d));
        assertEquals("/license/llama-2-community-license",
                table.select("tr:has(th a[href=/mof/model-architecture]) td a[href^=/license/]").attr("href"));
        Element aligned = page.select("#aligned + ul.aligned-list").first();
        assertTrue(aligned.select("li:has(a[href=/model/llama-2]) .align-kind").text().equals("its family"));
        assertEquals(aligned(record, "RatedRecord").size() + aligned(record, "Model").size(), aligned.select("> li").size());
        assertTrue(page.select("details.raw table.props").size() > 0, "raw properties folded away");
        assertCredited(page.select("main").first(), record, "MIT", "MOT record page");
    }

    @Test
    void aClassIRecordIsQualifiedOnEveryClass() throws Exception {
        QuerySolution first = select("SELECT ?r WHERE { ?r a ap:MotRecord ; ap:mofClassComputed 1 } ORDER BY ?r LIMIT 1").get(0);
        Document page = web.page(path(first.getResource("r").getURI()));
        assertEquals("MOF: Class I, Open Science", page.select("#mof-class + p .badge").text());
        assertEquals(List.of("100%", "100%", "100%"), page.select("ul.progress > li strong").eachText());
    }

    @Test
    void anOsaiRecordPageShowsItsTwelveDimensionsByGroupWithEvidence() throws Exception {
        String record = BASE + "osai/llama-2-chat";
        Document page = web.page("/osai/llama-2-chat");
        Element table = page.select("table.fw-ratings.index").first();
        assertEquals(List.of("Availability", "Documentation", "Access"), table.select("tr.group th").eachText());
        assertEquals(List.of(5, 6, 1), table.select("tbody").stream().map(b -> b.select("tr:not(.group)").size()).toList());
        Map<String, String> classes = classes(record);
        assertEquals(12, classes.size());
        classes.forEach((d, c) -> assertEquals(c, table.select("tr:has(th a[href=/eosai/" + d + "]) a.badge").text(), d));
        assertEquals(evidence(record), new TreeSet<>(table.select("a.evidence").eachAttr("href")));
        int without = count("SELECT (COUNT(?a) AS ?n) WHERE { ?a ap:ratedRecord <" + record + "> FILTER NOT EXISTS { ?a ap:evidence ?e } }");
        assertEquals(without, table.select("td:contains(none given)").size());
        assertEquals(12, page.select("ul.strip > li").size());
        String released = page.select("dl.facts div:has(dt:contains(Released)) dd").text();
        assertTrue(released.startsWith("2023-08") && released.contains("version it rates"), released);
        assertTrue(page.select("#aligned + ul.aligned-list li:has(a[href=/model/llama-2])").text().contains("its base"));
        assertCredited(page.select("main").first(), record, "CC-BY-4.0", "OSAI record page");
    }

    @Test
    void anOucRecordPageShowsItsFourteenItems() throws Exception {
        String record = BASE + "ouc/llama-2-chat";
        Document page = web.page("/ouc/llama-2-chat");
        Element table = page.select("table.fw-ratings.index").first();
        assertEquals(14, table.select("tbody tr:not(.group)").size());
        classes(record).forEach((d, c) -> assertEquals(c, table.select("tr:has(th a[href=/ouc-item/" + d + "]) a.badge").text(), d));
        assertCredited(page.select("main").first(), record, "CC-BY-4.0", "OUC record page");
        assertTrue(page.select(".attribution a[href=https://opening-up-chatgpt.github.io/]").size() == 1);
    }

    @Test
    void aFrameworkAssessmentPageSaysWhereItsRatingComesFrom() throws Exception {
        Document mof = web.page("/mot/llama-2-7b/model-architecture");
        assertEquals("Llama-2-7B — Model architecture: invalid", mof.select("h1").text());
        assertEquals(List.of("Home", "Model Openness Framework", "Llama-2-7B"), mof.select("nav.crumbs li a").eachText().subList(0, 3));
        Element why = mof.select("section.card").first();
        assertTrue(why.select("a[href=/license/llama-2-community-license]").size() == 1);
        assertTrue(why.text().contains("line 17"), why.text());
        assertCredited(why, BASE + "mot/llama-2-7b", "MIT", "MOF assessment");
        Document osai = web.page("/osai/llama-2-chat/base-model-data");
        assertEquals("Llama 2 — Base Model Data: closed", osai.select("h1").text());
        Element card = osai.select("section.card").first();
        assertEquals(3, card.select("li:contains(criteria) li").size(), "open, partial and closed criteria");
        assertEquals(evidence(BASE + "osai/llama-2-chat").stream().filter(e -> e.contains("llama-2-open-foundation")).count(),
                card.select("a.external[href*=llama-2-open-foundation]").size());
        assertCredited(card, BASE + "osai/llama-2-chat", "CC-BY-4.0", "OSAI assessment");
    }

    /** The step a value is read as on the cross-framework page, worked out here from the values' words. */
    private static String step(String value) {
        return switch (value) {
            case "not included", "closed" -> "closed";
            case "open", "open, other type" -> "open";
            case "invalid", "unlicensed", "partial" -> "partial";
            default -> null;
        };
    }

    @Test
    void theCrossFrameworkViewSetsThePapersLevelsBesideTheMappedRatingsAndMarksDifferences() throws Exception {
        Document page = web.page("/frameworks?model=llama-2");
        List<String> columns = page.select("table.frameworks thead th:gt(1) a").eachAttr("href");
        assertTrue(columns.containsAll(List.of("/mot/llama-2-7b", "/mot/llama-2-13b", "/mot/llama-2-70b")), columns.toString());
        assertTrue(columns.stream().anyMatch(c -> c.startsWith("/osai/")) && columns.stream().anyMatch(c -> c.startsWith("/ouc/")), columns.toString());
        List<Element> rows = page.select("table.frameworks tbody tr");
        assertEquals(12, rows.size());
        Map<String, String> tiers = new TreeMap<>();
        select("SELECT ?c ?t WHERE { ?a ap:model <" + BASE + "model/llama-2> ; ap:component ?c ; ap:tier ?t }")
                .forEach(s -> tiers.put(s.getResource("c").getURI().replaceAll(".*/", ""), s.getResource("t").getURI().replaceAll(".*/", "")));
        int differing = 0;
        for (Element row : rows) {
            String component = row.select("th a").attr("href").replaceAll(".*/", "");
            Set<String> steps = new HashSet<>();
            String tier = tiers.get(component);
            if (tier != null) {
                steps.add(tier.equals("fully-closed") ? "closed" : tier.equals("fully-open") ? "open" : "partial");
            }
            for (Element badge : row.select("td.mapped a.badge")) {
                String s = step(badge.text());
                if (s != null) {
                    steps.add(s);
                }
            }
            boolean differs = steps.size() > 1;
            differing += differs ? 1 : 0;
            assertEquals(differs, row.hasClass("differs"), component + " " + steps);
            assertEquals(differs, !row.select("th .differs-tag").isEmpty(), component);
        }
        assertTrue(differing > 0, "LLaMA-2's inference code: C3 in the paper, not included in MOT");
        int mapped = count("SELECT (COUNT(?d) AS ?n) WHERE { <" + BASE + "component/deployment-data-weights> ?rel ?d . ?d skos:inScheme <"
                + BASE + "scheme/mof> }");
        assertEquals(mapped, rows.stream().filter(r -> r.select("th a").attr("href").endsWith("/deployment-data-weights")).findFirst()
                .orElseThrow().select("td.mapped").get(0).select("li").size(), "weights: architecture and final parameters");
        Document picked = web.page("/frameworks?model=llama-2&record=mot/llama-2-chat-7b&record=osai/llama-2-chat");
        assertEquals(List.of("/mot/llama-2-chat-7b", "/osai/llama-2-chat"), picked.select("table.frameworks thead th:gt(1) a").eachAttr("href"));
        assertEquals(400, web.get("/frameworks?model=llama-2&record=mot/amber", "text/html").statusCode(), "not aligned with LLaMA-2");
        assertEquals(400, web.get("/frameworks?model=no-such-model", "text/html").statusCode());
        assertFalse(page.select(".attribution a[href=https://mot.isitopen.ai/]").isEmpty());
        assertFalse(page.select(".attribution a[href=https://osai-index.eu/]").isEmpty());
        Document index = web.page("/frameworks");
        assertEquals(45, index.select("table.models-by-framework tbody tr").size());
        List<String> llama = index.select("table.models-by-framework tr:has(a[href=/frameworks?model=llama-2]) td").eachText();
        assertEquals(List.of(Integer.toString(aligned(BASE + "model/llama-2", "MotRecord").size()),
                Integer.toString(aligned(BASE + "model/llama-2", "OsaiRecord").size()),
                Integer.toString(aligned(BASE + "model/llama-2", "OucRecord").size())), llama);
    }

    @Test
    void theMatrixShowsTheMotCatalogueWithFiltersAndSorts() throws Exception {
        Document page = web.page("/matrix?catalogue=mot");
        int records = count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a ap:MotRecord }");
        List<Element> rows = page.select("table.matrix tbody tr.model-row");
        assertEquals(records, rows.size());
        rows.forEach(r -> assertEquals(17, r.select("td.cell").size(), r.attr("data-record")));
        assertEquals(List.of("7", "5", "5"), page.select("table.matrix thead th.stage-head").eachAttr("colspan"));
        assertTrue(page.select(".matrix-wrap[role=region] table.matrix thead").size() == 1, "the paper matrix's scroll box, sticky header and column");
        Element llama = page.select("tr[data-record=llama-2-7b]").first();
        mofValues(BASE + "mot/llama-2-7b").forEach((d, value) -> assertEquals(value,
                llama.select("td[data-component=" + d + "] .value").text(), d));
        int classI = count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a ap:MotRecord ; ap:mofClassComputed 1 }");
        assertEquals(classI, web.page("/matrix?catalogue=mot&class=1").select("tr.model-row").size());
        Document open = web.page("/matrix?catalogue=mot&component=datasets&value=open");
        int openDatasets = count("SELECT (COUNT(?a) AS ?n) WHERE { ?a ap:dimension <" + BASE + "mof/datasets> ; ap:included true ; "
                + "ap:mofLicenseVerdict <" + BASE + "mof-license-verdict/open> }");
        assertEquals(openDatasets, open.select("tr.model-row").size());
        open.select("tr.model-row td[data-component=datasets]").forEach(c -> assertEquals("open", c.attr("data-value")));
        assertTrue(open.select("th.comp.hl[data-component=datasets]").size() == 1, "the filtered column is highlighted");
        Document best = web.page("/matrix?catalogue=mot&sort=openness");
        assertTrue(best.select("tr.model-row").first().select("td.share .badge").text().startsWith("Class I"));
        assertEquals("descending", best.select("th.share-col").attr("aria-sort"));
        Document byDate = web.page("/matrix?catalogue=mot&sort=date&order=asc");
        List<String> dates = byDate.select("tr.model-row td.date").eachText();
        assertEquals(dates.stream().sorted().toList(), dates);
        assertEquals(400, web.get("/matrix?catalogue=mot&sort=nonsense", "text/html").statusCode());
        assertEquals(400, web.get("/matrix?catalogue=osai&class=1", "text/html").statusCode());
        assertEquals(400, web.get("/matrix?catalogue=nonsense", "text/html").statusCode());
        assertCredited(page.select("main").first(), BASE + "mot/llama-2-7b", "MIT", "MOT catalogue");
        assertTrue(web.page("/matrix").select(".catalogues a[href=/matrix?catalogue=mot]").size() == 1, "the paper's matrix links the catalogues");
    }

    @Test
    void theMatrixShowsTheOsaiCatalogueWithItsTwelveDimensions() throws Exception {
        Document page = web.page("/matrix?catalogue=osai");
        int records = count("SELECT (COUNT(?r) AS ?n) WHERE { ?r a ap:OsaiRecord }");
        List<Element> rows = page.select("table.matrix tbody tr.model-row");
        assertEquals(records, rows.size());
        rows.forEach(r -> assertEquals(12, r.select("td.cell").size(), r.attr("data-record")));
        assertEquals(List.of("Availability", "Documentation", "Access"), page.select("table.matrix thead th.stage-head").eachText());
        Map<String, String> classes = classes(BASE + "osai/llama-2-chat");
        Element llama = page.select("tr[data-record=llama-2-chat]").first();
        classes.forEach((d, c) -> assertEquals(c, llama.select("td[data-component=" + d + "] .value").text(), d));
        int openData = count("SELECT (COUNT(?a) AS ?n) WHERE { ?a ap:dimension <" + BASE + "eosai/base-model-data> ; ap:opennessClass <"
                + BASE + "osai-class/open> }");
        assertEquals(openData, web.page("/matrix?catalogue=osai&component=base-model-data&value=open").select("tr.model-row").size());
        List<Integer> order = new ArrayList<>();
        for (Element r : web.page("/matrix?catalogue=osai&sort=training-code").select("tr.model-row td[data-component=training-code]")) {
            order.add(List.of("not-applicable", "closed", "partial", "open").indexOf(r.attr("data-value")));
        }
        assertEquals(order.stream().sorted(java.util.Comparator.reverseOrder()).toList(), order, "open first");
        assertCredited(page.select("main").first(), BASE + "osai/llama-2-chat", "CC-BY-4.0", "OSAI catalogue");
    }

    @Test
    void everyPageThatShowsRatingsCreditsTheirSources() throws Exception {
        String paper = sourceHome(select("SELECT ?a WHERE { ?a ap:model <" + BASE + "model/llama-2> } LIMIT 1").get(0).getResource("a").getURI());
        String mot = "https://mot.isitopen.ai/";
        String osai = "https://osai-index.eu/";
        String ouc = "https://opening-up-chatgpt.github.io/";
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "/model/llama-2", List.of(paper, mot, osai, ouc),
                "/matrix", List.of(paper),
                "/compare?model=llama-2&model=gpt-4", List.of(paper),
                "/assessment/llama-2/deployment-data-weights", List.of(paper),
                "/frameworks?model=llama-2", List.of(paper, mot, osai, ouc),
                "/mot/llama-2-7b", List.of(mot),
                "/ouc/llama-2-chat/llm-model-weights", List.of(ouc),
                "/matrix?catalogue=ouc", List.of(ouc)));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Document page = web.page(e.getKey());
            List<String> credited = page.select(".attribution .credit a.external:first-child").eachAttr("href");
            assertEquals(e.getValue(), credited, e.getKey());
        }
    }
}
