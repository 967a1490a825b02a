package org.sparkk8s.docs.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.sparkk8s.docs.core.Workspace;
import org.sparkk8s.docs.core.catalog.Catalog;
import org.sparkk8s.docs.core.guide.Page;
import org.sparkk8s.docs.site.serve.LiveReload;
import org.sparkk8s.docs.site.serve.SiteServer;

/**
 * The built site in a real browser: Debian's headless Chromium driven through Selenium and
 * /usr/bin/chromedriver (never a downloaded browser), against the site served by our own server
 * with live reload on, exactly as {@code docs serve} serves it. After every test the browser's
 * console must be free of errors and every request must have stayed on this machine.
 */
class SiteBrowserIT {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path dir;

    static Workspace ws;
    static Catalog catalog;
    static SiteServer server;
    static LiveReload liveReload;
    static ChromeDriverService service;
    static ChromeDriver driver;
    static String base;

    @BeforeAll
    static void startEverything() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("the browser test needs Debian's Chromium and its driver: apt-get install chromium chromium-driver"
                    + " (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        ws = Workspaces.copy("small", dir.resolve("ws"));
        // a verification report, so that every code block also carries a badge (the copy test checks it copies only the code)
        Files.createDirectories(ws.verificationDir());
        try (java.io.InputStream report = SiteBrowserIT.class.getResourceAsStream("/verification/report.json")) {
            Files.copy(report, ws.verificationDir().resolve("report.json"));
        }
        try (SiteGenerator generator = new SiteGenerator(ws)) {
            generator.build(ws.siteDir());
        }
        catalog = Catalog.load(ws);
        liveReload = new LiveReload();
        server = SiteServer.start(new InetSocketAddress("127.0.0.1", 0), () -> ws.siteDir(), liveReload);
        base = server.url().toString();

        // Selenium Manager must never try to download a driver or a browser
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-domain-reliability", "--no-default-browser-check",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopEverything() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
        if (liveReload != null) {
            liveReload.close();
        }
    }

    @BeforeEach
    void freshStart() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(base + "404.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        drainLogs();
    }

    @AfterEach
    void consoleIsCleanAndNothingLeftThisMachine() throws Exception {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && !e.getMessage().contains("404 (Not Found)")) { // the 404 page of freshStart
                errors.add(e.getMessage());
            }
        }
        assertEquals(List.of(), errors, "browser console errors");
        List<String> external = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(e.getMessage()).get("message");
            if (!"Network.requestWillBeSent".equals(message.get("method").asText())) {
                continue;
            }
            String url = message.get("params").get("request").get("url").asText();
            URI u = URI.create(url.replace(" ", "%20"));
            boolean local = "data".equals(u.getScheme()) || "blob".equals(u.getScheme())
                    || "127.0.0.1".equals(u.getHost()) || "localhost".equals(u.getHost());
            if (!local) {
                external.add(url);
            }
        }
        assertEquals(List.of(), external, "requests that left this machine");
    }

    private static void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void theLanguageSwitchLandsOnTheSameGuideInTheOtherLanguageAndBack() {
        driver.get(base + "en/deploy.html");
        assertEquals("Deploying the cluster", driver.findElement(By.cssSelector("h1.page-title")).getText());
        driver.findElement(By.cssSelector("nav.lang-switch a")).click();
        waiting().until(ExpectedConditions.urlToBe(base + "ru/deploy.html"));
        assertEquals("ru", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Развертывание кластера", driver.findElement(By.cssSelector("h1.page-title")).getText());
        driver.findElement(By.cssSelector("nav.lang-switch a")).click();
        waiting().until(ExpectedConditions.urlToBe(base + "en/deploy.html"));
        assertEquals("Deploying the cluster", driver.findElement(By.cssSelector("h1.page-title")).getText());
    }

    @Test
    void aMissingTranslationLeadsToAPageInTheReadersLanguage() {
        driver.get(base + "en/notes.html");
        driver.findElement(By.cssSelector("nav.lang-switch a")).click();
        waiting().until(ExpectedConditions.urlToBe(base + "ru/notes.html"));
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Эта страница ещё не переведена"));
        driver.findElement(By.cssSelector("a.back-link")).click();
        waiting().until(ExpectedConditions.urlToBe(base + "en/notes.html"));
    }

    @Test
    void theCopyButtonCopiesExactlyTheSnippetText() {
        Page adoc = catalog.page(Path.of("guides-en/deploy.adoc")).orElseThrow();
        Page md = catalog.page(Path.of("guides-en/notes.md")).orElseThrow();
        for (Map.Entry<String, Page> e : Map.of("en/deploy.html", adoc, "en/notes.html", md).entrySet()) {
            driver.get(base + e.getKey());
            // granted for the site's origin, so the test can read back what the page wrote
            driver.setPermission("clipboard-read", "granted");
            driver.setPermission("clipboard-write", "granted");
            List<WebElement> buttons = driver.findElements(By.cssSelector(".copy-button"));
            assertEquals(e.getValue().includes().size(), buttons.size(), e.getKey());
            assertEquals(buttons.size(), driver.findElements(By.cssSelector(".listingblock > .verify-line .verify-badge")).size(),
                    e.getKey() + ": a badge beside every copy button");
            for (int i = 0; i < buttons.size(); i++) {
                String expected = catalog.extract(e.getValue().includes().get(i)).orElseThrow().text();
                ((JavascriptExecutor) driver).executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; navigator.clipboard.writeText('').then(done, done);");
                WebElement button = buttons.get(i);
                js("arguments[0].scrollIntoView({block: 'center'})", button);
                button.click();
                waiting().until(d -> button.getAttribute("class").contains("copied"));
                Object clipboard = ((JavascriptExecutor) driver).executeAsyncScript(
                        "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('ERROR ' + e); });");
                assertEquals(expected, clipboard, e.getKey() + " block " + i);
            }
        }
    }

    @Test
    void searchFindsEnglishAndRussianWordsInOtherForms() {
        driver.get(base + "en/deploy.html");
        assertEquals(List.of("en/deploy.html"), search("infrastructure").subList(0, 1));
        List<String> russian = search("развертываний");
        assertTrue(russian.contains("ru/deploy.html"), "«развертываний» finds «Развертывание»: " + russian);
        assertTrue(search("кластерами").contains("ru/only-ru.html"), "«кластерами» finds «кластеров»");

        List<WebElement> results = driver.findElements(By.cssSelector(".search-result"));
        assertEquals("RU", results.get(0).findElement(By.cssSelector(".result-lang")).getText());

        List<String> mixed = search("spark");
        assertTrue(mixed.stream().anyMatch(u -> u.startsWith("ru/")) && mixed.get(0).startsWith("en/"),
                "both languages, the page's own first: " + mixed);
        driver.get(base + "ru/deploy.html");
        List<String> fromRussian = search("spark");
        assertTrue(fromRussian.get(0).startsWith("ru/"), "on a Russian page Russian results come first: " + fromRussian);
    }

    @Test
    void theRussianStemmerJoinsWordForms() {
        driver.get(base + "en/deploy.html");
        driver.findElement(By.cssSelector(".search-input")).click();
        waiting().until(d -> Boolean.TRUE.equals(js("return typeof russianStem === 'function'")));
        String[][] sameStem = {
            {"развертывание", "развертывания", "развёртывании", "развертываний"},
            {"кластер", "кластера", "кластеров", "кластерами", "кластеры"},
            {"установка", "установки", "установку", "установкой"},
            {"важнейшими", "важный"},
            {"проверяли", "проверял", "проверяла"},
        };
        for (String[] forms : sameStem) {
            Object first = js("return russianStem(arguments[0])", forms[0]);
            for (String f : forms) {
                assertEquals(first, js("return russianStem(arguments[0])", f), forms[0] + " / " + f);
            }
        }
        assertEquals("кластер", js("return russianStem('кластеров')"));
        assertEquals("развертыван", js("return russianStem('развертывание')"));
        assertFalse(first("стол").equals(first("столица")), "different words keep different stems");
    }

    private static Object first(String word) {
        return js("return russianStem(arguments[0])", word);
    }

    /** Types {@code query} into the search box and returns the result URLs, in order. */
    private static List<String> search(String query) {
        WebElement input = driver.findElement(By.cssSelector(".search-input"));
        input.click();
        waiting().until(d -> "true".equals(input.getAttribute("data-search-ready")));
        input.clear();
        input.sendKeys(query);
        // results are drawn while typing; wait for the ones of the whole query
        waiting().until(d -> {
            WebElement panel = d.findElement(By.cssSelector(".search-results"));
            return panel.isDisplayed() && query.equals(panel.getAttribute("data-query"))
                    && !d.findElements(By.cssSelector(".search-result")).isEmpty();
        });
        List<String> urls = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector(".search-result"))) {
            String url = a.getAttribute("data-url");
            urls.add(url.contains("#") ? url.substring(0, url.indexOf('#')) : url);
        }
        return urls;
    }

    @Test
    void theRootRemembersTheChosenLanguage() {
        driver.get(base);
        driver.findElement(By.cssSelector("a.language-choice[data-lang=ru]")).click();
        waiting().until(ExpectedConditions.urlToBe(base + "ru/index.html"));
        driver.get(base);
        waiting().until(ExpectedConditions.urlToBe(base + "ru/index.html"));
    }

    @Test
    void theThemeToggleIsRemembered() {
        driver.get(base + "en/deploy.html");
        String before = (String) js("return getComputedStyle(document.body).backgroundColor");
        driver.findElement(By.cssSelector(".theme-toggle")).click();
        String theme = (String) js("return document.documentElement.getAttribute('data-theme')");
        assertNotNull(theme);
        driver.navigate().refresh();
        assertEquals(theme, js("return document.documentElement.getAttribute('data-theme')"));
        assertFalse(before.equals(js("return getComputedStyle(document.body).backgroundColor")), "the colours changed");
    }

    @Test
    void onAPhoneTheSidebarHidesBehindTheMenuButton() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(base + "en/deploy.html");
        WebElement menu = driver.findElement(By.cssSelector(".menu-button"));
        WebElement firstLink = driver.findElement(By.cssSelector("#sidebar a"));
        assertTrue(menu.isDisplayed());
        waiting().until(d -> !onScreen(firstLink));
        menu.click();
        waiting().until(d -> onScreen(firstLink));
        assertEquals("true", menu.getAttribute("aria-expanded"));
        long width = (Long) js("return document.documentElement.scrollWidth");
        assertTrue(width <= 390, "no sideways scrolling on a phone, page is " + width + " px wide");
    }

    private static boolean onScreen(WebElement e) {
        return Boolean.TRUE.equals(js("var r = arguments[0].getBoundingClientRect(); return r.right > 0 && r.left < window.innerWidth;", e));
    }
}
