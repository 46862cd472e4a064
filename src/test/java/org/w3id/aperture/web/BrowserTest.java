package org.w3id.aperture.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.aperture.Fixtures;

/**
 * One walk through the site in a real browser (Debian's headless Chromium, driven by Selenium):
 * home, matrix, sort, a model, a gallery query, the CSV download. Screenshots go to target/screenshots.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Fixtures.ROOT.resolve("target/screenshots");
    private static final Path DOWNLOADS = Fixtures.ROOT.resolve("target/browser-downloads");

    private static WebFixture web;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are needed (.ci/run installs them)");
        Files.createDirectories(SCREENSHOTS);
        Files.createDirectories(DOWNLOADS);
        web = new WebFixture(Fixtures.home(), Duration.ofSeconds(10));
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1400,1000",
                        "--user-data-dir=" + Files.createTempDirectory("aperture-chromium"))
                .setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toString(),
                        "download.prompt_for_download", false));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
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

    @Test
    void homeMatrixSortModelQueryAndDownload() throws IOException, InterruptedException {
        browser.get(web.url("/"));
        assertTrue(browser.getTitle().contains("Aperture"), browser.getTitle());

        browser.findElement(By.cssSelector("nav a[href='/matrix']")).click();
        List<WebElement> rows = browser.findElements(By.cssSelector("table.matrix tr.model-row"));
        assertEquals(45, rows.size());
        assertEquals(12, rows.get(0).findElements(By.cssSelector("td.cell")).size());

        new Select(browser.findElement(By.name("sort"))).selectByVisibleText("date");
        new Select(browser.findElement(By.name("order"))).selectByVisibleText("desc");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        WebElement newest = browser.findElement(By.cssSelector("table.matrix tr.model-row th a"));
        assertEquals("LLaMA-3", newest.getText(), "sorted by release date, newest first");
        screenshot("matrix");

        newest.click();
        assertTrue(browser.getCurrentUrl().endsWith("/model/llama-3"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("LLaMA-3"));
        screenshot("model");

        browser.findElement(By.cssSelector("nav a[href='/query']")).click();
        browser.findElement(By.cssSelector("ul.gallery a.run[href='/query?name=openness-matrix']")).click();
        assertEquals("540", browser.findElement(By.cssSelector(".result-count")).getText());

        Path csv = DOWNLOADS.resolve("openness-matrix.csv");
        Files.deleteIfExists(csv);
        try (var before = Files.list(DOWNLOADS)) {
            before.forEach(p -> p.toFile().delete());
        }
        browser.findElement(By.cssSelector(".downloads a[href*='format=csv']")).click();
        Path downloaded = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try (var files = Files.list(DOWNLOADS)) {
                return files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        List<String> lines = Files.readAllLines(downloaded);
        assertEquals(541, lines.size(), "header and 540 rows");
        assertTrue(lines.get(0).startsWith("model,modelLabel,component"), lines.get(0));
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
