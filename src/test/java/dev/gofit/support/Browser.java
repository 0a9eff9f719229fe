package dev.gofit.support;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, with no
 * browser download. Where Chromium is absent the calling test is skipped with a visible notice;
 * .ci/run installs it so CI always runs these journeys.
 * <pre>
 * try (Browser browser = Browser.open(baseUrl)) {
 *     browser.login(TestUsers.admin());
 *     browser.go("/admin/users");
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Opens a browser at a phone or desktop width; skips the test when Chromium is not installed. */
    public static Browser open(String baseUrl) {
        return open(baseUrl, 1280, 900);
    }

    public static Browser open(String baseUrl, int width, int height) {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present) {
            System.err.println("NOTICE: browser test skipped: /usr/bin/chromium and /usr/bin/chromedriver are not "
                    + "installed (apt-get install chromium chromium-driver; .ci/run does this)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed: browser journeys skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height);
        // Console messages (errors, CSP violations) stay readable through consoleErrors().
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (width < 600) {
            // Headless Chromium will not make a window narrower than 500 px: emulate the phone's viewport.
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, baseUrl);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public Browser type(String css, String text) {
        WebElement element = find(css);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        find(css).click();
        return this;
    }

    /** Clicks the first button or link whose text contains {@code text}. */
    public Browser clickText(String text) {
        driver.findElement(By.xpath("//*[(self::button or self::a) and contains(normalize-space(.), '"
                + text + "')]")).click();
        return this;
    }

    public String text() {
        return find("body").getText();
    }

    /** Waits up to {@code seconds} for the page text to contain {@code text}. */
    public Browser waitForText(String text, int seconds) {
        // The page may be replaced while we read it (a redirect, an htmx swap): Chromium then answers
        // "node does not belong to the document" or a stale element; both mean "look again".
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    public Browser login(String email) {
        go("/login");
        type("#j_username", email).type("#j_password", TestUsers.PASSWORD);
        click("form[action='/j_security_check'] button[type=submit]");
        return this;
    }

    public Browser logout() {
        click("form.logout button");
        return this;
    }

    /** Saves a PNG under target/screenshots for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many pixels the page is wider than its window (0 or less: no sideways scrolling). */
    public int horizontalOverflow() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    /**
     * The browser console's errors (SEVERE entries, CSP violations among them) since the last call;
     * reading them empties the log.
     */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /**
     * Saves PNGs of the whole page (not only the viewport) under target/screenshots: {@code name.png}
     * then {@code name-2.png}, ... for each further 1600 px, so a long page stays readable.
     */
    public Path fullScreenshot(String name) {
        try {
            java.util.List<?> wh = (java.util.List<?>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return [window.innerWidth, Math.min(document.documentElement.scrollHeight, 12800)];");
            int width = ((Number) wh.get(0)).intValue();
            int height = ((Number) wh.get(1)).intValue();
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path first = dir.resolve(name + ".png");
            int chunk = 1600;
            for (int y = 0, part = 1; y < height; y += chunk, part++) {
                java.util.Map<String, Object> clip = java.util.Map.of("x", 0, "y", y, "width", width,
                        "height", Math.min(chunk, height - y), "scale", 1);
                java.util.Map<String, Object> shot = ((ChromeDriver) driver).executeCdpCommand("Page.captureScreenshot",
                        java.util.Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
                Path target = part == 1 ? first : dir.resolve(name + "-" + part + ".png");
                Files.write(target, java.util.Base64.getDecoder().decode((String) shot.get("data")));
            }
            return first;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A full-page screenshot at {@code width} px (below 500 emulated as a phone) under target/screenshots. */
    public Path shotAt(String name, int width) {
        ChromeDriver d = (ChromeDriver) driver;
        for (int pass = 0; pass < 2; pass++) {
            long height = ((Number) d.executeScript("return document.documentElement.scrollHeight")).longValue();
            d.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", (int) Math.min(Math.max(height, 600), 6000), "deviceScaleFactor", 1, "mobile", width < 500));
        }
        Path png = screenshot(name);
        d.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        return png;
    }

    /** A {@code width} x 1000 px screenshot (below 500 emulated as a phone) scrolled to the element {@code css}. */
    public Path shotOf(String name, int width, String css) {
        ChromeDriver d = (ChromeDriver) driver;
        d.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", 1000,
                "deviceScaleFactor", 1, "mobile", width < 500));
        d.executeScript("arguments[0].scrollIntoView(true);", find(css));
        Path png = screenshot(name);
        d.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        return png;
    }

    /** True when the page is wider than a {@code width} px viewport (a horizontal scroll bar a phone must never show). */
    public boolean overflowsAt(int width) {
        ChromeDriver d = (ChromeDriver) driver;
        d.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", 800,
                "deviceScaleFactor", 1, "mobile", width < 500));
        boolean overflow = (Boolean) d.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        d.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        return overflow;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
