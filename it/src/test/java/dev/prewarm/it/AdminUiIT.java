package dev.prewarm.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prewarm.application.preload.LocalNginx;
import dev.prewarm.application.preload.Origin;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The admin UI in headless Chromium on the real WAR, with the plan engine on so plans really run.
 * One browser for the class; each test starts signed out. Screenshots of the main pages go to
 * it/target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminUiIT {
    static final String ADMIN = "admin";
    static final String PASSWORD = AdminClient.ADMIN_PASSWORD;

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive realWar() {
        return RealWar.archive();
    }

    static Browser browser(URL base) throws Exception {
        if (browser == null) {
            browser = new Browser(base.toURI());
        }
        browser.driver().manage().deleteAllCookies();
        return browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnonymousVisitorGetsTheLoginPageInsteadOfAnAdminPage(@ArquillianResource URL base) throws Exception {
        Browser b = browser(base).open("/admin/sites/list.xhtml");

        assertThat(b.byId("login:username").isDisplayed()).isTrue();
        assertThat(b.driver().getPageSource()).doesNotContain("id=\"sites\"");
        b.screenshot("login");
    }

    @Test
    void aWrongPasswordIsExplainedNextToThePasswordField(@ArquillianResource URL base) throws Exception {
        Browser b = browser(base);
        b.login("nobody-here", "wrong password");

        assertThat(b.path()).isEqualTo("/login.xhtml");
        assertThat(b.find(By.cssSelector(".pw-field .ui-message-error")).getText())
                .contains("Wrong username or password");
    }

    @Test
    void afterSignInTheVisitorGetsThePageTheyAskedFor(@ArquillianResource URL base) throws Exception {
        Browser b = browser(base).open("/admin/sites/list.xhtml");
        b.type("login:username", ADMIN);
        b.type("login:password", PASSWORD);
        b.clickAndWaitForPage("login:submit");

        assertThat(b.path()).isEqualTo("/admin/sites/list.xhtml");
    }

    @Test
    void anAdminRegistersASiteAndABadDomainIsExplainedNextToItsField(@ArquillianResource URL base) throws Exception {
        new AdminClient(base.toURI()).tenant("ui-sites", "shop.example.com");
        Browser b = browser(base);
        b.login(ADMIN, PASSWORD);
        b.open("/admin/sites/edit.xhtml");
        b.type("site:name", "Launch site");
        b.type("site:domains", "not a domain!");
        b.clickAndWaitForPage("site:save");

        assertThat(b.find(By.cssSelector(".pw-field .ui-message-error")).getText())
                .contains("Domain");

        b.type("site:domains", "launch.example.com\n*.cdn.example.com");
        b.type("site:edgeTargets", "http://127.0.0.1:8081");
        // A header without the variant's name first would be a variant of that name with no header.
        b.type("site:variants", "Accept-Encoding: gzip");
        b.clickAndWaitForPage("site:save");
        assertThat(b.errorBeside("site:variants")).contains("start each line with the variant's name");

        b.type("site:variants", "gzip; Accept-Encoding: gzip");
        b.type("site:rate_input", "0");
        b.clickAndWaitForPage("site:save");
        assertThat(b.errorBeside("site:rate_input")).contains("1 to 100000 or unlimited");

        b.type("site:rate_input", ""); // emptied again: no rate cap, which the form must let through
        b.clickAndWaitForPage("site:save");

        assertThat(b.path()).isEqualTo("/admin/sites/list.xhtml");
        assertThat(b.byId("sites").getText()).contains("Launch site", "launch.example.com");
        b.screenshot("sites");
    }

    @Test
    void theLanguageSwitchesToChineseAndIsRememberedAfterSignOut(@ArquillianResource URL base) throws Exception {
        Browser b = browser(base);
        b.login(ADMIN, PASSWORD);
        b.clickAndWaitForPage("topbar:lang-zh");

        assertThat(b.byId("nav-sites").getText()).isEqualTo("站点");
        b.screenshot("dashboard-zh");
        b.logout();
        assertThat(b.find(By.cssSelector("h1")).getText()).isEqualTo("登录");

        b.clickAndWaitForPage("lang:lang-en");
        assertThat(b.find(By.cssSelector("h1")).getText()).isEqualTo("Sign in");
    }

    @Test
    void anAjaxPostWithoutASessionIsSentToTheSignInPageTheWayFacesFollows(@ArquillianResource URL base)
            throws Exception {
        // What a button sends after its user signed out in another tab.
        HttpResponse<String> reply = new FormSession(base.toURI())
                .post(
                        "/admin/accounts/list.xhtml",
                        Map.of("jakarta.faces.partial.ajax", "true", "open", "open"),
                        Map.of("Faces-Request", "partial/ajax"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("<partial-response><redirect url=\"/login.xhtml\"/>");
    }

    @Test
    void theSessionIdChangesAtSignIn(@ArquillianResource URL base) throws Exception {
        FormSession session = new FormSession(base.toURI());
        session.get("/login.xhtml");
        String before = session.sessionId();

        session.login(ADMIN, PASSWORD);

        assertThat(before).isNotNull();
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void aPostWithAForgedOrMissingViewStateChangesNothing(@ArquillianResource URL base) throws Exception {
        URI root = base.toURI();
        new AdminClient(root).tenant("ui-forged", "forged.example.com");
        FormSession session = new FormSession(root);
        session.login(ADMIN, PASSWORD);
        String realViewState =
                FormSession.viewState(session.get("/admin/sites/edit.xhtml").body());

        HttpResponse<String> forged =
                session.post("/admin/sites/edit.xhtml", siteForm("made-by-forgery", "1:2"), Map.of());
        HttpResponse<String> missing =
                session.post("/admin/sites/edit.xhtml", siteForm("made-without-state", null), Map.of());

        assertThat(realViewState).isNotBlank();
        assertThat(forged.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/expired.xhtml"));
        assertThat(missing.headers().firstValue("Location")).isEmpty();
        String sites = session.get("/admin/sites/list.xhtml").body();
        assertThat(sites).doesNotContain("made-by-forgery").doesNotContain("made-without-state");
    }

    @Test
    void aCrossSitePostIsRefusedBeforeFacesSeesIt(@ArquillianResource URL base) throws Exception {
        FormSession session = new FormSession(base.toURI());
        session.login(ADMIN, PASSWORD);
        String viewState =
                FormSession.viewState(session.get("/admin/sites/edit.xhtml").body());

        HttpResponse<String> fromElsewhere = session.post(
                "/admin/sites/edit.xhtml",
                siteForm("made-cross-site", viewState),
                Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"));

        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/sites/list.xhtml").body()).doesNotContain("made-cross-site");
    }

    @Test
    void aJobFromTextAndFromAGzipFileShowsItsRejectedLinesAndAPlanWarmsItThroughTheCache(@ArquillianResource URL base)
            throws Exception {
        try (Origin origin = new Origin();
                LocalNginx nginx = new LocalNginx(origin.port())) {
            new AdminClient(base.toURI())
                    .tenantWarmedThrough("ui-jobs", "www.example.com", "http://127.0.0.1:" + nginx.port());
            Browser b = browser(base);
            b.login(ADMIN, PASSWORD);
            selectAccount(b, "ui-jobs");

            b.open("/admin/jobs/create.xhtml");
            b.type("job:name", "From text");
            b.type("job:urls", String.join("\n", urls("t", 8)) + "\nhttps://elsewhere.example.org/x\nnot a url\n");
            b.clickAndWaitForPage("job:create");

            assertThat(b.byId("job:created").getText()).contains("Job created", "8", "2");
            assertThat(b.byId("accepted").getText()).isEqualTo("8");
            assertThat(b.byId("rejected-count").getText()).isEqualTo("2");
            assertThat(b.byId("job:rejected-lines").getText())
                    .contains("not one of the site's domains", "not a valid URL");
            b.screenshot("job-created");

            String jobPath = b.path() + "?"
                    + java.net.URI.create(b.driver().getCurrentUrl()).getQuery();
            b.type("job:drafts:0:sliceLen_input", "5");
            b.press("job:drafts:0:sliceLen_input", Keys.TAB);
            b.waitForText(By.cssSelector(".pw-preview-batches"), "2");
            b.type("job:drafts:0:interval_input", "1");
            b.press("job:drafts:0:interval_input", Keys.TAB);
            b.waitForText(By.cssSelector(".pw-preview"), "Last batch");
            b.screenshot("plan-preview");
            b.clickWhenClickable("job:create-plans");
            b.waitForText(By.id("job:plans"), "1");

            b.find(By.cssSelector("#job\\:plans a")).click();
            b.waitForText(By.id("plan:status"), "finished");
            for (String path : urlPaths("t", 8)) {
                assertThat(origin.hits(path)).as("origin hits of " + path).isEqualTo(1);
            }
            b.screenshot("plan-finished");
            assertResultsCsv(b, base);

            b.open(jobPath);
            assertThat(b.byId("job:urls").getText()).contains("warmed");
            b.screenshot("job");
            b.open("/admin/");
            assertThat(b.byId("warmed-last-hour").getText()).isNotEqualTo("0");
            b.screenshot("dashboard");

            uploadAGzipList(b);
        }
    }

    /** The plan page's CSV export, fetched in the browser's session: every URL, and a bad filter refused. */
    private static void assertResultsCsv(Browser b, URL base) throws Exception {
        String planId = Arrays.stream(
                        URI.create(b.driver().getCurrentUrl()).getQuery().split("&"))
                .filter(parameter -> parameter.startsWith("id="))
                .map(parameter -> parameter.substring(3))
                .findFirst()
                .orElseThrow();
        String session = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        Function<String, HttpResponse<String>> get = query -> {
            try {
                return http.send(
                        HttpRequest.newBuilder(base.toURI().resolve("/admin/plans/results.csv?" + query))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        HttpResponse<String> csv = get.apply("id=" + planId);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines()).hasSize(1 + 8); // the header, then one fetch per URL
        HttpResponse<String> bogus = get.apply("id=" + planId + "&outcome=bogus");
        assertThat(bogus.statusCode()).as("a bad filter, not a missing plan").isEqualTo(400);
        assertThat(bogus.body()).isEqualToIgnoringNewLines("No outcome 'bogus'"); // not the server's error page
    }

    private static void uploadAGzipList(Browser b) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("urls", ".txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(file))) {
            out.write((String.join("\n", urls("f", 5)) + "\nftp://www.example.com/bad\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        try {
            b.open("/admin/jobs/create.xhtml");
            b.type("job:name", "From file");
            b.find(By.cssSelector("label[for='job:source:1']")).click();
            b.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            b.clickAndWaitForPage("job:create");

            assertThat(b.byId("accepted").getText()).isEqualTo("5");
            assertThat(b.byId("rejected-count").getText()).isEqualTo("1");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aWaitingPlanIsStartedNowThenStoppedAndStartedAgainFromItsPage(@ArquillianResource URL base) throws Exception {
        Browser b = jobFromText(
                base, "ui-stop", "stop.example.com", "Later", "https://stop.example.com/a\nhttps://stop.example.com/b");
        b.type("job:drafts:0:sliceLen_input", "1");
        b.press("job:drafts:0:sliceLen_input", Keys.TAB);
        b.waitForText(By.cssSelector(".pw-preview-batches"), "2");
        // Typed again if an ajax update of the draft (after the SliceLen change) replaced the field
        // while the date was typed; Tab, not Escape, which would revert the typed date. Each try
        // first closes a date panel the last one may have left open (one CI run in five never got
        // the date through in 20 s), and a failure says what the field and the preview showed.
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Browser.WAIT.multipliedBy(2))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> "the start date was not taken: " + startFieldAndPreview(b))
                .until(d -> {
                    b.find(By.cssSelector("h1.pw-title")).click();
                    b.type("job:drafts:0:start_input", "2099-01-01 00:00");
                    b.press("job:drafts:0:start_input", Keys.TAB);
                    return b.textShowsWithin(
                            By.cssSelector(".pw-preview"), "2099-01-01", java.time.Duration.ofSeconds(3));
                });
        b.find(By.cssSelector("h1.pw-title")).click(); // closes the date panel, as a person would
        b.clickWhenClickable("job:create-plans");
        b.waitForText(By.id("job:plans"), "waiting");

        // Interval 60 s and one URL per batch: after its first batch the plan stays running.
        b.find(By.cssSelector("#job\\:plans a")).click();
        b.byId("plan:start").click();
        b.waitForText(By.id("plan:status"), "running");
        b.byId("plan:stop").click();
        b.waitForText(By.id("plan:status"), "stopped");
        b.byId("plan:start").click();
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Browser.WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the page polls
                .until(d -> !d.findElement(By.id("plan:status")).getText().equals("stopped"));
        b.screenshot("plan");
    }

    private static String startFieldAndPreview(Browser b) {
        try {
            return "field '" + b.byId("job:drafts:0:start_input").getAttribute("value") + "', preview '"
                    + b.find(By.cssSelector(".pw-preview")).getText() + "'";
        } catch (RuntimeException e) {
            return "(page not readable: " + e.getMessage() + ")";
        }
    }

    @Test
    void aMemberSeesOnlyTheirOwnAccountsJobs(@ArquillianResource URL base) throws Exception {
        AdminClient admin = new AdminClient(base.toURI());
        AdminClient.Tenant mine = admin.tenant("ui-member-mine", "mine.example.com");
        AdminClient.Tenant theirs = admin.tenant("ui-member-theirs", "theirs.example.com");
        admin.user("member-one", "member-password-1", mine.accountId());
        String theirJob = createJobThroughTheUi(base, "ui-member-theirs", "https://theirs.example.com/secret");

        Browser b = browser(base);
        b.login("member-one", "member-password-1");
        b.open("/admin/jobs/list.xhtml");
        assertThat(b.byId("jobs:table").getText()).doesNotContain("secret-job");
        assertThat(b.driver().getPageSource()).doesNotContain("nav-users");

        b.open("/admin/jobs/detail.xhtml?id=" + theirJob);
        assertThat(b.path()).isEqualTo("/admin/jobs/list.xhtml");
        assertThat(b.driver().getPageSource()).doesNotContain("theirs.example.com/secret");
        b.open("/admin/jobs/file?list=urls&id=" + theirJob);
        assertThat(b.driver().getPageSource())
                .doesNotContain("theirs.example.com/secret")
                .contains("No such job in this account")
                .doesNotContain("Payara");
    }

    private static String createJobThroughTheUi(URL base, String account, String url) throws Exception {
        Browser b = browser(base);
        b.login(ADMIN, PASSWORD);
        selectAccount(b, account);
        b.open("/admin/jobs/create.xhtml");
        b.type("job:name", "secret-job");
        b.type("job:urls", url);
        b.clickAndWaitForPage("job:create");
        String id = java.net.URI.create(b.driver().getCurrentUrl()).getQuery().replaceAll(".*id=([0-9a-f]+).*", "$1");
        b.logout();
        return id;
    }

    /** Picks the admin's account in the top bar by its name. */
    /** Signs the admin in, opens a new account with one site, and creates a job of {@code urls} there. */
    private static Browser jobFromText(URL base, String account, String domain, String name, String urls)
            throws Exception {
        new AdminClient(base.toURI()).tenant(account, domain);
        Browser b = browser(base);
        b.login(ADMIN, PASSWORD);
        selectAccount(b, account);
        b.open("/admin/jobs/create.xhtml");
        b.type("job:name", name);
        b.type("job:urls", urls);
        b.clickAndWaitForPage("job:create");
        return b;
    }

    private static void selectAccount(Browser b, String name) {
        if (b.byId("topbar:account_label").getText().startsWith(name + " (")) {
            return; // chosen already: choosing it again neither switches nor redirects
        }
        b.byId("topbar:account").click();
        WebElement item =
                b.find(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and starts-with(normalize-space(.), '"
                        + name + " (')]"));
        // The label changes at the click, but the session has the account only once the switch has
        // redirected: a page opened before that was opened without it (seen as a flaky job page).
        b.waitForNewPageAfter(item::click);
        b.waitForText(By.id("topbar:account_label"), name);
    }

    private static java.util.List<String> urls(String prefix, int count) {
        return urlPaths(prefix, count).stream()
                .map(p -> "http://www.example.com" + p)
                .toList();
    }

    private static java.util.List<String> urlPaths(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> "/ui-" + prefix + i)
                .toList();
    }

    private static Map<String, String> siteForm(String name, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("site", "site");
        form.put("site:name", name);
        form.put("site:domains", name + ".example.com");
        form.put("site:status_input", "active");
        form.put("site:variants", "gzip; Accept-Encoding: gzip");
        form.put("site:userAgent", "Prewarm/0.1");
        form.put("site:connectTimeout_input", "5");
        form.put("site:readTimeout_input", "30");
        form.put("site:maxBody_input", "512");
        form.put("site:concurrency_input", "16");
        form.put("site:save", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return form;
    }

    // The access keys, users, accounts, instant preload and audit log pages: AdminPagesChecks.

    @Test
    void accessKeysPage(@ArquillianResource URL base) throws Exception {
        AdminPagesChecks.accessKeys(browser(base), base.toURI());
    }

    @Test
    void usersPage(@ArquillianResource URL base) throws Exception {
        AdminPagesChecks.users(browser(base), base.toURI());
    }

    @Test
    void accountsPage(@ArquillianResource URL base) throws Exception {
        AdminPagesChecks.accounts(browser(base), base.toURI());
    }

    @Test
    void instantPreloadPage(@ArquillianResource URL base) throws Exception {
        AdminPagesChecks.instantPreload(browser(base), base.toURI());
    }

    @Test
    void auditLogPage(@ArquillianResource URL base) throws Exception {
        AdminPagesChecks.auditLog(browser(base), base.toURI());
    }
}
