// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio page in real Chromium (Debian's chromium and chromedriver, headless): type a prompt, press Generate,
 * wait for the player, check the links and the notation. Screenshots are kept in target/screenshots.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static StudioServer server;
    private static ChromeDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "the browser tests need Debian's chromium and chromium-driver: apt-get install chromium "
                + "chromium-driver (.ci/run installs them)";
        // CI sets RIFFWIRE_REQUIRE_BROWSER, so there a missing browser fails the build instead of skipping.
        if (!present && System.getenv("RIFFWIRE_REQUIRE_BROWSER") != null) {
            throw new AssertionError(why);
        }
        Assumptions.assumeTrue(present, why);
        server = StudioServer.start("browser-it");
        screenshots = Files.createDirectories(Path.of(System.getProperty("riffwire.work")).getParent().resolve("screenshots"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1800", "--autoplay-policy=no-user-gesture-required",
                "--user-data-dir=" + Files.createTempDirectory("riffwire-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            assertEquals(0, server.stop());
        }
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static void openStudio() {
        browser.get(server.address);
        // The token is traded for a cookie and dropped from the address bar.
        waitUpTo(20).until(ExpectedConditions.urlToBe(server.base + "/"));
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#pipeline option")).size() > 0);
    }

    @Test
    void typeAPromptGenerateListenAndDownload() throws Exception {
        openStudio();
        WebElement prompt = browser.findElement(By.id("prompt"));
        assertEquals("Prompt", browser.findElement(By.cssSelector("label[for=prompt]")).getText());
        prompt.sendKeys("a gentle folk song in D major for flute and guitar, 12 seconds");
        browser.findElement(By.id("seed")).sendKeys("5");
        browser.findElement(By.id("generate")).click();
        waitUpTo(120).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        // The player has the WAV and has read its length.
        waitUpTo(30).until(d -> ((Number) browser.executeScript(
                "const p = document.getElementById('player'); return p.readyState >= 1 ? p.duration : 0;"))
                .doubleValue() > 0);
        double seconds = ((Number) browser.executeScript("return document.getElementById('player').duration;")).doubleValue();
        assertEquals(12, seconds, 0.05, "the player's WAV lasts what the prompt asked");
        List<WebElement> links = browser.findElements(By.cssSelector("#downloads a"));
        assertEquals(List.of("mid", "wav", "abc"), links.stream().map(a -> {
            String name = a.getText();
            return name.substring(name.lastIndexOf('.') + 1);
        }).toList());
        for (WebElement a : links) {
            assertTrue(a.getAttribute("href").startsWith(server.base + "/api/generations/"), a.getAttribute("href"));
            assertEquals(a.getText(), a.getAttribute("download"));
            // The link downloads with the page's cookie: fetch it as the page would.
            Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                    a.getAttribute("href"));
            assertTrue(status.toString().startsWith("200 "), status.toString());
        }
        // abcjs drew the notation as SVG, with the tune's notes.
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#notation svg .abcjs-note")).size() > 5);
        // The piano roll shows the notes of each track; wavesurfer drew the waveform.
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#piano-roll svg rect.note")).size() > 5);
        waitUpTo(20).until(d -> ((Number) browser.executeScript(
                "return document.querySelector('#waveform').children.length;")).intValue() > 0);
        assertTrue(browser.findElement(By.id("summary")).getText().contains("D major"),
                browser.findElement(By.id("summary")).getText());
        assertTrue(browser.findElement(By.id("status")).getText().startsWith("Done"));
        screenshot("studio-generated");
    }

    @Test
    void aContradictoryPromptSaysWhichPartsContradict() throws Exception {
        openStudio();
        WebElement prompt = browser.findElement(By.id("prompt"));
        prompt.clear();
        prompt.sendKeys("a song in C major in A minor");
        // The keyboard alone submits: Ctrl+Enter in the prompt.
        prompt.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement error = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        String text = error.getText();
        assertTrue(text.contains("contradicts itself"), text);
        assertTrue(text.contains("\"in C major\"") && text.contains("\"in A minor\""), text);
        screenshot("studio-contradiction");
    }

    @Test
    void theRuntimeTabListsPipelinesPluginsAndModels() throws Exception {
        openStudio();
        browser.findElement(By.id("tab-runtime")).click();
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("#plugins-table tbody tr")).size() > 5);
        String pipelines = browser.findElement(By.id("pipelines-table")).getText();
        assertTrue(pipelines.contains("default") && pipelines.contains("symbolic"), pipelines);
        assertTrue(browser.findElement(By.id("models-table")).getText().contains("riffwire-melody"));
        assertEquals("true", browser.findElement(By.id("tab-runtime")).getAttribute("aria-selected"));
        screenshot("studio-runtime");
        // Back on the first tab, the diffusion controls come with a pipeline whose generator takes them.
        browser.findElement(By.id("tab-generate")).click();
        assertTrue(!browser.findElement(By.id("diffusion")).isDisplayed(), "the default pipeline has no diffusion options");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("pipeline"))).selectByValue("hybrid");
        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("steps")));
        assertEquals("Steps", browser.findElement(By.cssSelector("label[for=steps]")).getText());
    }
}
