package dev.prewarm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser checks of the access keys, users, accounts, instant preload and audit log pages, called
 * by AdminUiIT. Each changes something through its page, sees the change, sees one bad input
 * explained beside its field, and saves a screenshot. Names carry a random suffix so the checks
 * can run more than once against one server.
 */
final class AdminPagesChecks {
    static final String MEMBER_PASSWORD = "member-password-123";
    private static final Duration TASKS_SETTLE = Duration.ofSeconds(60);

    private AdminPagesChecks() {}

    /** A member creates a key (secret shown once), disables it, deletes it after confirming. */
    static void accessKeys(Browser b, URI base) throws Exception {
        AdminClient admin = new AdminClient(base);
        AdminClient.Tenant tenant = admin.tenant("ui-keys-" + suffix(), "keys.example.test");
        String member = "keys-member-" + suffix();
        admin.user(member, MEMBER_PASSWORD, tenant.accountId());
        b.login(member, MEMBER_PASSWORD);
        b.clickAndWaitForPage("nav-keys");

        assertThat(b.byId("keys:list").getText()).contains(tenant.accessKeyId());
        b.byId("keys:create").click();
        String id = b.byId("keys:issued-id").getText();
        String secret = b.byId("keys:issued-secret").getText();
        assertThat(id).startsWith("LTAI");
        assertThat(secret).hasSize(30);
        assertThat(b.byId("keys:issued").getText()).contains("will not be shown again");
        b.waitForText(By.id("keys:list"), id);
        b.screenshot("keys");

        keyRowButton(b, id, "disable").click();
        new WebDriverWait(b.driver(), Browser.WAIT)
                .ignoring(StaleElementReferenceException.class) // ajax updates replace the rows
                .until(d -> keyRow(b, id).getText().contains("disabled"));
        assertThat(b.driver().findElements(By.id("keys:issued")))
                .as("the secret is shown once")
                .isEmpty();

        keyRowButton(b, id, "delete").click();
        b.byId("keys:confirm-yes").click();
        new WebDriverWait(b.driver(), Browser.WAIT)
                .ignoring(StaleElementReferenceException.class) // ajax updates replace the rows
                .until(ExpectedConditions.not(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("keys:list"), id)));
        assertThat(b.byId("keys:list").getText()).contains(tenant.accessKeyId());
        b.logout();
    }

    /** An operator adds a member; a bad username and a short password are explained; nobody disables themself. */
    static void users(Browser b, URI base) throws Exception {
        new AdminClient(base).tenant("ui-users-" + suffix(), "users.example.test");
        b.login(AdminUiIT.ADMIN, AdminUiIT.PASSWORD);
        // Opened by its address (a bookmark, the page after sign-in), not only by the menu.
        b.open("/admin/keys/list.xhtml");
        assertThat(b.find(By.cssSelector("h1")).getText()).isNotEqualTo("This page has expired");
        b.open("/admin/users/list.xhtml");
        assertThat(b.find(By.cssSelector("h1")).getText()).isNotEqualTo("This page has expired");
        b.clickAndWaitForPage("nav-users");

        b.type("add:username", "no spaces allowed");
        b.type("add:password", "long enough password");
        b.byId("add:submit").click();
        assertThat(b.errorBeside("add:username")).contains("must be 3 to 64");

        String member = "ui-member-" + suffix();
        b.type("add:username", member);
        b.type("add:password", "short");
        b.byId("add:submit").click();
        assertThat(b.errorBeside("add:password")).contains("at least 12 characters");

        b.type("add:password", MEMBER_PASSWORD);
        b.byId("add:submit").click();
        b.waitForText(By.id("users:list"), member);
        b.screenshot("users");

        userRowButton(b, member, "disable").click();
        b.byId("users:confirm-yes").click();
        new WebDriverWait(b.driver(), Browser.WAIT)
                .ignoring(StaleElementReferenceException.class) // ajax updates replace the rows
                .until(d -> userRow(b, member).getText().contains("disabled"));

        userRowButton(b, AdminUiIT.ADMIN, "disable").click();
        b.byId("users:confirm-yes").click();
        b.waitForText(By.id("users:users-messages"), "signed in");
        assertThat(userRow(b, AdminUiIT.ADMIN).getText()).contains("enabled");
        b.logout();
    }

    /** An operator opens an account (a bad id is explained) and overrides one of its quotas. */
    static void accounts(Browser b, URI base) throws Exception {
        b.login(AdminUiIT.ADMIN, AdminUiIT.PASSWORD);
        b.clickAndWaitForPage("nav-accounts");

        b.type("open:name", "UI account");
        b.type("open:id", "12ab");
        b.byId("open:submit").click();
        assertThat(b.errorBeside("open:id")).contains("1 to 20 digits");

        String id = "77" + (100_000_000L + ThreadLocalRandom.current().nextLong(899_999_999L));
        b.type("open:id", id);
        b.byId("open:submit").click();
        b.waitForText(By.id("accounts:list"), id);

        accountRowButton(b, id, "quota").click();
        typeNumber(b, "quota:jobsPerSite_input", "0");
        b.byId("quota:save").click();
        assertThat(b.errorBeside("quota:jobsPerSite_input")).contains("jobsPerSite must be positive");
        typeNumber(b, "quota:jobsPerSite_input", "7");
        b.byId("quota:save").click();
        b.waitForText(By.id("page-messages"), "saved");
        String saved = b.byId("page-messages").getText();
        assertThat(saved.split("saved", -1))
                .as("shown once, not as summary and detail: " + saved)
                .hasSize(2);
        b.screenshot("accounts");

        JsonObject quota = (JsonObject) new AdminClient(base).get("accounts/" + id + "/quota");
        assertThat(quota.getInt("jobsPerSite")).isEqualTo(7);
        b.logout();
    }

    /** A member submits URLs; a bad URL is explained; the statuses move on without a reload. */
    static void instantPreload(Browser b, URI base) throws Exception {
        AdminClient admin = new AdminClient(base);
        AdminClient.Tenant tenant = admin.tenant("ui-tasks-" + suffix(), "tasks.example.test");
        String member = "tasks-member-" + suffix();
        admin.user(member, MEMBER_PASSWORD, tenant.accountId());
        b.login(member, MEMBER_PASSWORD);
        b.clickAndWaitForPage("nav-tasks");
        assertThat(b.byId("tasks:list").getText()).contains("No instant preload yet");

        b.type("preload:urls", "http://elsewhere.example.org/x");
        b.byId("preload:submit").click();
        assertThat(b.errorBeside("preload:urls")).contains("is not on a domain of site");

        b.type("preload:urls", "http://tasks.example.test/a\nhttp://tasks.example.test/b");
        b.type("preload:headers", "Accept-Encoding: br");
        b.byId("preload:submit").click();
        b.waitForText(By.id("tasks:list"), "http://tasks.example.test/b");

        // The host does not resolve, so both tasks end Failed; the poll shows it without a reload.
        WebElement form = b.byId("tasks");
        new WebDriverWait(b.driver(), TASKS_SETTLE)
                .ignoring(StaleElementReferenceException.class) // the task list polls
                .until(d -> !b.byId("tasks:list").getText().contains("refreshing"));
        assertThat(b.byId("tasks:list").getText()).contains("failed");
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView(true)", b.byId("tasks:list"));
        b.screenshot("tasks");
        assertThat(form.isDisplayed()).as("same page, not reloaded").isTrue();
        b.logout();
    }

    /**
     * A member sees their account's changes (their own from the pages, the operator's from the
     * admin API) and none of another account; a bad filter is explained; members cannot open the
     * operator pages.
     */
    static void auditLog(Browser b, URI base) throws Exception {
        AdminClient admin = new AdminClient(base);
        AdminClient.Tenant mine = admin.tenant("ui-audit-" + suffix(), "audit.example.test");
        AdminClient.Tenant other = admin.tenant("ui-other-" + suffix(), "other.example.test");
        String member = "audit-member-" + suffix();
        admin.user(member, MEMBER_PASSWORD, mine.accountId());
        b.login(member, MEMBER_PASSWORD);
        b.clickAndWaitForPage("nav-keys");
        b.byId("keys:create").click();
        String issued = b.byId("keys:issued-id").getText();

        b.clickAndWaitForPage("nav-audit");
        String events = b.byId("events:list").getText();
        assertThat(events)
                .contains("key.issue", issued, member, "site.register", mine.accessKeyId(), "admin API")
                .doesNotContain(other.accessKeyId(), other.accountId());

        b.type("filters:action", "key stop!");
        b.byId("filters:apply").click();
        assertThat(b.errorBeside("filters:action")).contains("lower-case letter");
        b.type("filters:action", "site");
        b.byId("filters:apply").click();
        new WebDriverWait(b.driver(), Browser.WAIT)
                .ignoring(StaleElementReferenceException.class) // ajax updates replace the rows
                .until(d -> !b.byId("events:list").getText().contains("key.issue"));
        assertThat(b.byId("events:list").getText()).contains("site.register");
        b.type("filters:action", "");
        b.byId("filters:apply").click();
        b.waitForText(By.id("events:list"), "key.issue");
        b.screenshot("audit");

        b.open("/admin/accounts/list.xhtml");
        assertThat(b.find(By.cssSelector("h1")).getText()).isEqualTo("Not allowed");
        b.open("/admin/index.xhtml");
        assertThat(b.driver().findElements(By.id("nav-users"))).isEmpty();
        b.logout();

        FormSession session = new FormSession(base);
        session.login(member, MEMBER_PASSWORD);
        HttpResponse<String> users = session.get("/admin/users/list.xhtml");
        HttpResponse<String> accounts = session.get("/admin/accounts/list.xhtml");
        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(accounts.statusCode()).isEqualTo(403);
        assertThat(accounts.body()).doesNotContain(other.accountId());
    }

    /** p:inputNumber formats as you type; select everything and replace it. */
    private static void typeNumber(Browser b, String id, String value) {
        WebElement field = b.byId(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(value);
    }

    private static WebElement keyRow(Browser b, String keyId) {
        return b.find(By.xpath("//tbody[@id='keys:list_data']/tr[td[1][normalize-space(.)='" + keyId + "']]"));
    }

    private static WebElement keyRowButton(Browser b, String keyId, String button) {
        return keyRow(b, keyId)
                .findElement(By.xpath(
                        ".//button[substring(@id, string-length(@id) - " + button.length() + ") = ':" + button + "']"));
    }

    private static WebElement userRow(Browser b, String username) {
        return b.find(By.xpath("//tbody[@id='users:list_data']/tr[td[1][normalize-space(.)='" + username + "']]"));
    }

    private static WebElement userRowButton(Browser b, String username, String button) {
        return userRow(b, username)
                .findElement(By.xpath(
                        ".//button[substring(@id, string-length(@id) - " + button.length() + ") = ':" + button + "']"));
    }

    private static WebElement accountRowButton(Browser b, String accountId, String button) {
        return b.find(By.xpath("//tbody[@id='accounts:list_data']/tr[td[1][normalize-space(.)='" + accountId
                + "']]//button[substring(@id, string-length(@id) - " + button.length() + ") = ':" + button + "']"));
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
    }
}
