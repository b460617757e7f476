package dev.prewarm.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromium-driver: both paths are set, so Selenium
 * Manager never downloads anything. A missing browser fails the run with what to install.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    private final Path profile;
    private final ChromeDriver driver;
    private final URI base;

    Browser(URI base) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver:"
                    + " apt-get install chromium chromium-driver (scripts/test.sh installs them)");
        }
        this.base = base;
        try {
            profile = Files.createTempDirectory("prewarm-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-dev-shm-usage",
                        "--lang=en-US",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 800));
    }

    WebDriver driver() {
        return driver;
    }

    Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The error shown beside a form field (in its pw-field), once it is visible. */
    String errorBeside(String inputId) {
        return find(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(@class,'pw-field')][1]"
                        + "//*[contains(@class,'ui-message-error')]"))
                .getText();
    }

    WebElement byId(String id) {
        return find(By.id(id));
    }

    /** Replaces the field's text (select all, then type: also works on PrimeFaces' formatted number inputs). */
    void type(String id, String text) {
        WebElement field = byId(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Sends keys to the field, finding it again if an ajax update replaced it meanwhile. */
    void press(String id, CharSequence... keys) {
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.id(id)).sendKeys(keys);
                    return true;
                });
    }

    /** Clicks once nothing covers the element (an open date panel, a fading message). */
    void clickWhenClickable(String id) {
        new WebDriverWait(driver, WAIT)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    d.findElement(By.id(id)).click();
                    return true;
                });
    }

    /** Clicks and waits for the page to be replaced (a full post or a redirect). */
    void clickAndWaitForPage(String id) {
        WebElement button = byId(id);
        button.click();
        new WebDriverWait(driver, WAIT).until(d -> isGone(button));
    }

    /** Runs {@code action} and waits for it to replace the page (a redirect, a full post). */
    void waitForNewPageAfter(Runnable action) {
        WebElement body = driver.findElement(By.tagName("body"));
        action.run();
        new WebDriverWait(driver, WAIT).until(d -> isGone(body));
    }

    /**
     * Stale, or (Chromium 150, while the next page replaces this one) "does not belong to the
     * document": either way the old page's element is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (isDetachedNode(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isDetachedNode(org.openqa.selenium.WebDriverException e) {
        return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Whether the text shows within {@code atMost}; false, not an exception, when it does not. */
    boolean textShowsWithin(By by, String text, java.time.Duration atMost) {
        try {
            new WebDriverWait(driver, atMost).until(d -> shows(d, by, text));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Waits for the text, reading the element again when a poll or a new page replaced it. */
    void waitForText(By by, String text) {
        new WebDriverWait(driver, WAIT).until(d -> shows(d, by, text));
    }

    private static boolean shows(WebDriver d, By by, String text) {
        try {
            return d.findElement(by).getText().contains(text);
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (isDetachedNode(e)) {
                return false;
            }
            throw e;
        }
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    void login(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        clickAndWaitForPage("login:submit");
    }

    void logout() {
        clickAndWaitForPage("topbar:logout");
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
