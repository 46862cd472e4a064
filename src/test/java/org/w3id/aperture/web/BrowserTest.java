package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.aperture.Fixtures;

/**
 * The site in a real browser (Debian's headless Chromium, driven by Selenium), as its users meet it: the eight
 * tasks people come with, end to end; then every kind of page, twice (the second visit is served from the caches),
 * at a desktop width and at a 390-pixel phone width, each checked for console errors and, at the phone width, for
 * a page that scrolls sideways; the first visit is checked by axe-core (npm, pinned in src/test/browser) for WCAG
 * 2.1 A and AA violations, and the second must be the same page (document and style rules) as the first.
 * {@code -Dscreenshots=DIR} also writes a screenshot of every kind of page at both widths to DIR (docs/screenshots
 * is the documented one; that run turns the server's answer cache off, so both widths show pages as rendered); they
 * always go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path TOOLS = Fixtures.ROOT.resolve("src/test/browser");
    private static final Path AXE = TOOLS.resolve("node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Fixtures.ROOT.resolve("target/screenshots");
    private static final Path DOWNLOADS = Fixtures.ROOT.resolve("target/browser-downloads");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** Every kind of page the site has, by a name for its screenshot, with one example of each. */
    static final Map<String, String> PAGE_KINDS = pageKinds();

    private static WebFixture web;
    private static WebDriver browser;
    private static String axe;
    private static String axeVersion;

    /** The page as the browser has it: its document, and the rules of its style sheets. */
    private static final String RENDERED = "return document.documentElement.outerHTML + '\\n' + Array.from(document.styleSheets)"
            + ".map(function (sheet) { return Array.from(sheet.cssRules).map(function (rule) { return rule.cssText; }).join('\\n'); }).join('\\n');";

    private static Map<String, String> pageKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("home", "/");
        kinds.put("matrix", "/matrix");
        kinds.put("matrix-filtered", "/matrix?component=training-data-pretraining&level=d5");
        kinds.put("model", "/model/llama-2");
        kinds.put("assessment", "/assessment/llama-2/deployment-data-weights");
        kinds.put("component", "/component/deployment-data-weights");
        kinds.put("level", "/level/c3");
        kinds.put("license", "/license/llama-2");
        kinds.put("organisation", "/org/meta-ai");
        kinds.put("risk", "/risk/misuse-by-malicious-actors");
        kinds.put("compare", "/compare?model=llama-2&model=mistral-7b&model=falcon");
        kinds.put("charts", "/charts");
        kinds.put("query", "/query?name=level-distribution");
        kinds.put("query-error", "/query?query=SELECT+%3Fx+WHERE+%7B%0A++%3Fx+%3Fy+%7D");
        kinds.put("search", "/search?q=llama+2");
        kinds.put("term", "/def/Model");
        kinds.put("not-found", "/model/no-such-model");
        kinds.put("mot-record", "/mot/llama-2-7b");
        kinds.put("osai-record", "/osai/llama-2-chat");
        kinds.put("ouc-record", "/ouc/llama-2-chat");
        kinds.put("framework-assessment", "/osai/llama-2-chat/base-model-data");
        kinds.put("frameworks", "/frameworks?model=llama-2");
        kinds.put("matrix-mot", "/matrix?catalogue=mot");
        kinds.put("matrix-osai", "/matrix?catalogue=osai");
        return kinds;
    }

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed (.ci/run installs them)");
        if (!Files.exists(AXE)) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(TOOLS.toFile())
                    .redirectErrorStream(true).redirectOutput(Fixtures.ROOT.resolve("target/npm-ci.log").toFile()).start();
            assertTrue(npm.waitFor(5, TimeUnit.MINUTES) && npm.exitValue() == 0, "npm ci in src/test/browser failed: see target/npm-ci.log");
        }
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        // screenshots show pages as rendered: with -Dscreenshots the server's answer cache is off
        web = System.getProperty("screenshots") == null ? new WebFixture(Fixtures.home(), Duration.ofSeconds(10))
                : new WebFixture(Fixtures.home(), Duration.ofSeconds(10), 0);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
                        "--user-data-dir=" + Files.createTempDirectory("aperture-chromium"))
                .setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                        "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    private static void open(String path) {
        browser.get(web.url(path));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    @Order(1)
    void task1HowOpenAreLlama2sWeightsAndData() {
        browser.manage().window().setSize(DESKTOP);
        open("/");
        WebElement search = browser.findElement(By.id("home-search"));
        search.sendKeys("llama 2");
        WebElement first = waiting().until(d -> d.findElements(By.cssSelector("#home-search-suggestions li a")).stream()
                .findFirst().orElse(null));
        assertEquals("true", search.getAttribute("aria-expanded"));
        assertTrue(first.getText().startsWith("LLaMA-2"), first.getText());
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/model/llama-2"));
        assertEquals("LLaMA-2", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("section.card .share-big")).getText().contains("released"));
        assertEquals("D3", slot("deployment-data-weights").findElement(By.cssSelector(".level a")).getText());
        assertEquals("D1", slot("training-data-pretraining").findElement(By.cssSelector(".level a")).getText());
    }

    private static WebElement slot(String component) {
        return browser.findElement(By.xpath("//article[contains(@class,'slot')][.//h4/a[@href='/component/" + component + "']]"));
    }

    @Test
    @Order(2)
    void task2WhichModelsReleaseTheirPretrainingDataFully() {
        open("/matrix");
        new Select(browser.findElement(By.name("component"))).selectByValue("training-data-pretraining");
        new Select(browser.findElement(By.name("level"))).selectByValue("d5");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("level=d5"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.matrix tr.model-row"));
        assertFalse(rows.isEmpty());
        for (WebElement row : rows) {
            WebElement cell = row.findElement(By.cssSelector("td.cell[data-component=training-data-pretraining]"));
            assertEquals("D5", cell.getAttribute("data-value"));
            assertTrue(cell.getAttribute("class").contains("hl"), "the filtered column is highlighted");
        }
        assertEquals(String.valueOf(rows.size()), browser.findElement(By.cssSelector(".row-count")).getText());
    }

    @Test
    @Order(3)
    void task3CompareThreeModels() {
        open("/compare");
        for (String model : List.of("llama-2", "mistral-7b", "falcon")) {
            browser.findElement(By.cssSelector("input[name=model][value='" + model + "']")).click();
        }
        browser.findElement(By.cssSelector("form.compare-form button[type=submit]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("table.compare")).isEmpty());
        assertEquals(3, browser.findElements(By.cssSelector("table.compare thead th a")).size());
        assertTrue(browser.findElements(By.cssSelector("table.compare tr.differs")).size() > 0, "differences are marked");
    }

    @Test
    @Order(4)
    void task4OpennessOverTime() {
        open("/");
        browser.findElement(By.cssSelector("ul.tasks a[href='/charts#by-year']")).click();
        WebElement table = waiting().until(d -> d.findElement(By.cssSelector("table.by-year")));
        List<String> years = table.findElements(By.cssSelector("thead th")).stream().skip(1).map(WebElement::getText).toList();
        assertTrue(years.get(0).startsWith("2019") && years.get(years.size() - 1).startsWith("2024"), years.toString());
        assertTrue(browser.findElements(By.cssSelector("svg text.point-label")).size() >= 10, "labelled points");
    }

    @Test
    @Order(5)
    void task5RunEditAndDownloadAGalleryQuery() throws IOException {
        open("/query");
        browser.findElement(By.cssSelector("ul.gallery a.run[href='/query?name=openness-matrix']")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".CodeMirror")).isEmpty());
        assertEquals("540", browser.findElement(By.cssSelector(".result-count")).getText());
        assertTrue(browser.findElements(By.cssSelector(".CodeMirror .cm-comment")).size() > 0, "comments kept and highlighted");
        assertTrue(browser.findElements(By.cssSelector(".CodeMirror-linenumber")).size() > 5, "line numbers");

        String edited = "PREFIX ap: <https://w3id.org/aperture#>\n# models per developer\nSELECT ?developer (COUNT(?m) AS ?models)\n"
                + "WHERE { ?m a ap:Model ; ap:developer ?developer }\nGROUP BY ?developer ORDER BY DESC(?models)";
        js("window.apertureEditor.setValue(arguments[0]); window.apertureEditor.focus();", edited);
        runFromTheEditorsKeys();
        waiting().until(d -> d.getCurrentUrl().contains("models+per+developer") || d.getCurrentUrl().contains("models%20per%20developer"));
        assertTrue(browser.findElements(By.cssSelector("figure.query-chart rect.bar-fill")).size() > 5, "a chart of the count column");
        WebElement firstDeveloper = browser.findElement(By.cssSelector("table.results tbody tr td a"));
        assertFalse(firstDeveloper.getText().startsWith("http"), "labels, not raw IRIs: " + firstDeveloper.getText());
        assertTrue((Boolean) js("return window.apertureEditor.getValue() === arguments[0];", edited), "kept exactly as typed");

        browser.findElement(By.cssSelector("table.results th:nth-child(2) .sort-button")).click();
        List<Integer> counts = browser.findElements(By.cssSelector("table.results tbody td:nth-child(2)")).stream()
                .map(e -> Integer.parseInt(e.getText())).toList();
        assertEquals(counts.stream().sorted().toList(), counts, "sorted ascending by the clicked column");

        try (var before = Files.list(DOWNLOADS)) {
            before.forEach(p -> p.toFile().delete());
        }
        browser.findElement(By.cssSelector(".downloads a[href*='format=csv']")).click();
        Path downloaded = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> completeDownload(".csv"));
        List<String> lines = Files.readAllLines(downloaded);
        assertEquals("developer,models", lines.get(0).strip());
        assertEquals(counts.size() + 1, lines.size(), "header and one line per developer");

        js("window.apertureEditor.setValue('SELECT ?x WHERE {\\n  ?x ?y }');");
        browser.findElement(By.cssSelector(".editor-actions button[type=submit]")).click();
        WebElement error = waiting().until(d -> d.findElement(By.cssSelector("p.error")));
        assertTrue(error.getText().startsWith("The query does not parse at line 2"), error.getText());
        assertEquals(1, browser.findElements(By.cssSelector(".CodeMirror .cm-error-line")).size(), "the line is marked");
    }

    @Test
    @Order(6)
    void task6RisksOfOpenWeightsAndTheirMitigations() {
        open("/");
        browser.findElement(By.cssSelector("ul.tasks a[href='/component/deployment-data-weights#risks']")).click();
        List<WebElement> risks = waiting().until(d -> d.findElements(By.cssSelector("section.risks > ul > li")));
        assertFalse(risks.isEmpty());
        assertTrue(browser.findElements(By.cssSelector("section.risks a[href^='/mitigation/']")).size() > 0);
        assertFalse(browser.findElements(By.cssSelector("section.benefits > ul > li")).isEmpty(), "benefits apart");
    }

    @Test
    @Order(7)
    void task7WhereAValueComesFrom() {
        open("/matrix");
        browser.findElement(By.cssSelector("tr[data-model=llama-2] td[data-component=deployment-data-weights] a")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/assessment/llama-2/deployment-data-weights"));
        assertEquals("LLaMA-2 — model architecture and weights: D3", browser.findElement(By.tagName("h1")).getText());
        WebElement source = browser.findElement(By.cssSelector("section.card a[href^='/source/']"));
        String name = source.getText();
        source.click();
        waiting().until(d -> d.getCurrentUrl().contains("/source/"));
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    @Order(8)
    void task8WhatC3Means() {
        open("/matrix");
        browser.findElement(By.cssSelector("section.legend a.badge[href='/level/c3']")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/level/c3"));
        assertTrue(browser.findElement(By.cssSelector(".meaning")).getText().contains("moderately restrictive"));
        assertTrue(browser.findElement(By.cssSelector("#rule-cells + p")).getText().contains("license rule"),
                "cells of another level say why they are here");
    }

    @Test
    @Order(9)
    void thePhoneKeepsModelNamesInViewAndTheHeaderOnTop() {
        browser.manage().window().setSize(PHONE);
        try {
            open("/matrix?sort=date");
            WebElement wrap = browser.findElement(By.cssSelector(".matrix-wrap"));
            js("arguments[0].scrollLeft = 2000; arguments[0].scrollTop = 600;", wrap);
            double wrapLeft = ((Number) js("return arguments[0].getBoundingClientRect().left;", wrap)).doubleValue();
            double wrapTop = ((Number) js("return arguments[0].getBoundingClientRect().top;", wrap)).doubleValue();
            WebElement name = browser.findElements(By.cssSelector("tr.model-row th.model-col")).get(20);
            double nameLeft = ((Number) js("return arguments[0].getBoundingClientRect().left;", name)).doubleValue();
            double headTop = ((Number) js("return document.querySelector('table.matrix thead').getBoundingClientRect().top;")).doubleValue();
            assertTrue(Math.abs(nameLeft - wrapLeft) < 3, "the model column stays at the left: " + nameLeft + " vs " + wrapLeft);
            assertTrue(Math.abs(headTop - wrapTop) < 3, "the header row stays on top: " + headTop + " vs " + wrapTop);
            long width = (Long) js("return document.documentElement.scrollWidth;");
            assertTrue(width <= PHONE.getWidth(), "the page itself does not scroll sideways: " + width);
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }
    }

    /**
     * Last: the first visit of a page the tasks did not open is the server's first answer, the second comes from its
     * caches. axe-core reads the document and its computed styles at the window's width, so the second visit, the
     * same page at the same width, is compared with the first rather than checked again.
     */
    @Test
    @Order(10)
    void everyKindOfPageTwiceAtBothWidthsHasNoAxeViolationsAndNoConsoleErrors() throws IOException {
        Path extra = System.getProperty("screenshots") == null ? null : Fixtures.ROOT.resolve(System.getProperty("screenshots"));
        if (extra != null) {
            Files.createDirectories(extra);
        }
        List<String> problems = new ArrayList<>();
        Map<String, String> firstVisit = new HashMap<>();
        int checked = 0;
        for (int visit = 1; visit <= 2; visit++) {
            for (Map.Entry<String, Dimension> width : List.of(Map.entry("desktop", DESKTOP), Map.entry("phone", PHONE))) {
                browser.manage().window().setSize(width.getValue());
                for (Map.Entry<String, String> kind : PAGE_KINDS.entrySet()) {
                    browser.manage().logs().get(LogType.BROWSER);
                    open(kind.getValue());
                    waiting().until(d -> "complete".equals(js("return document.readyState;")));
                    String where = kind.getKey() + " (" + width.getKey() + ", visit " + visit + ")";
                    String page = kind.getKey() + " (" + width.getKey() + ")";
                    String rendered = (String) js(RENDERED);
                    if (visit == 1) {
                        firstVisit.put(page, rendered);
                        problems.addAll(axe(where));
                    } else if (!rendered.equals(firstVisit.get(page))) {
                        problems.add(where + ": not the page of the first visit, which axe checked: " + difference(firstVisit.get(page), rendered));
                    }
                    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                        // the not-found page answers 404 by design, and its status is logged by the browser
                        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                                && !(kind.getKey().equals("not-found") && entry.getMessage().contains("404"))
                                && !(kind.getKey().equals("query-error") && entry.getMessage().contains("400"))) {
                            problems.add(where + ": console: " + entry.getMessage());
                        }
                    }
                    if (width.getValue().equals(PHONE)) {
                        long pageWidth = (Long) js("return document.documentElement.scrollWidth;");
                        if (pageWidth > PHONE.getWidth()) {
                            problems.add(where + ": the page scrolls sideways (" + pageWidth + " pixels wide)");
                        }
                    }
                    checked++;
                    if (visit == 1) {
                        screenshot(kind.getKey() + "-" + width.getKey() + ".png", extra);
                        if (kind.getKey().equals("matrix")) {
                            // the table itself, scrolled sideways: the model column and the header stay in view
                            js("var w = document.querySelector('.matrix-wrap'); w.scrollIntoView(); w.scrollLeft = 420; w.scrollTop = 300;");
                            screenshot("matrix-table-" + width.getKey() + ".png", extra);
                        }
                        if (kind.getKey().equals("model")) {
                            // the other frameworks' ratings, below the pipeline
                            js("document.getElementById('frameworks').scrollIntoView();");
                            screenshot("model-frameworks-" + width.getKey() + ".png", extra);
                        }
                    }
                }
            }
        }
        browser.manage().window().setSize(DESKTOP);
        System.out.println("axe-core " + axeVersion + ": " + checked + " page visits checked, " + problems.size() + " problems");
        assertEquals(List.of(), problems);
    }

    private static String difference(String first, String second) {
        int at = 0;
        while (at < Math.min(first.length(), second.length()) && first.charAt(at) == second.charAt(at)) {
            at++;
        }
        return "from character " + at + ", '" + first.substring(at, Math.min(first.length(), at + 80)) + "' became '"
                + second.substring(at, Math.min(second.length(), at + 80)) + "'";
    }

    private static void screenshot(String file, Path extra) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(file), png);
        if (extra != null) {
            Files.write(extra.resolve(file), png);
        }
    }

    /** Runs axe-core on the open page for WCAG 2.0 and 2.1, levels A and AA; one line per violated rule. */
    @SuppressWarnings("unchecked")
    private static List<String> axe(String where) {
        if (!(Boolean) js("return typeof window.axe !== 'undefined';")) {
            js(axe);
            axeVersion = (String) js("return axe.version;");
        }
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })"
                        + ".then(function (r) { done({ violations: r.violations.map(function (v) {"
                        + "  return { id: v.id, count: v.nodes.length, target: JSON.stringify(v.nodes[0].target), summary: v.nodes[0].failureSummary }; }) }); })"
                        + ".catch(function (e) { done({ error: String(e) }); });");
        List<String> out = new ArrayList<>();
        if (result.containsKey("error")) {
            out.add(where + ": axe failed: " + result.get("error"));
            return out;
        }
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            out.add(where + ": " + v.get("id") + " on " + v.get("count") + " nodes, first " + v.get("target") + ": " + v.get("summary"));
        }
        return out;
    }

    /** Focuses the editor as a user does, by clicking into it, and presses Ctrl+Enter there (CodeMirror's
     *  hidden textarea is not a target newer chromium lets a driver type into directly). */
    private void runFromTheEditorsKeys() {
        browser.findElement(By.cssSelector(".CodeMirror")).click();
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
    }

    /**
     * The downloaded file with that ending once chromium has finished it: no partial download left in the folder
     * and the file not empty (chromium may show the final name before the bytes are in); null until then.
     */
    private static Path completeDownload(String ending) {
        try (var files = Files.list(DOWNLOADS)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
                return null;
            }
            for (Path p : all) {
                if (p.toString().endsWith(ending) && Files.size(p) > 0) {
                    return p;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
