package dev.prewarm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.prewarm.application.account.Accounts;
import dev.prewarm.application.job.JobIngestion;
import dev.prewarm.application.job.Jobs;
import dev.prewarm.application.plan.PlanScheduling;
import dev.prewarm.application.site.Sites;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.error.NoValidUrlException;
import dev.prewarm.domain.error.PermissionDeniedException;
import dev.prewarm.domain.job.JobName;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.job.PreloadJobRepository.JobWindow;
import dev.prewarm.domain.job.UrlRange;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.plan.PlanCreation;
import dev.prewarm.domain.plan.PlanStatus;
import dev.prewarm.domain.plan.PlanUpdate;
import dev.prewarm.domain.plan.RequestedPlan;
import dev.prewarm.domain.plan.SliceLen;
import dev.prewarm.domain.site.RequestProfile;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.site.SiteDomains;
import dev.prewarm.domain.site.SiteName;
import dev.prewarm.domain.site.SiteStatus;
import dev.prewarm.domain.user.Role;
import dev.prewarm.domain.user.User;
import dev.prewarm.domain.user.UserRepository;
import dev.prewarm.domain.user.Username;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro: it boots, reports ready, and the account → site → job → plan
 * round trip of the use cases persists and reads back. Assertions are JUnit's own: AssertJ is not
 * in the deployment.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {
    @Inject
    Accounts accounts;

    @Inject
    Sites sites;

    @Inject
    JobIngestion ingestion;

    @Inject
    Jobs jobs;

    @Inject
    PlanScheduling scheduling;

    @Inject
    UserRepository users;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Deployment
    static WebArchive realWar() {
        return RealWar.archive();
    }

    @Test
    @RunAsClient
    void theDeployedWarReportsReadyAndLive(@ArquillianResource URL base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI root = base.toURI().resolve("/");
        for (String probe : List.of("health/ready", "health/live")) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(root.resolve(probe)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), probe + ": " + response.body());
            assertTrue(response.body().contains("\"UP\""), probe + ": " + response.body());
        }
    }

    @Test
    void theFirstStartCreatedTheAdminWithTheConfiguredPassword() {
        User admin = users.find(Username.of("admin")).orElseThrow();
        assertEquals(Role.ADMIN, admin.role());
        assertTrue(passwordHash.verify("it-admin-password".toCharArray(), admin.passwordHash()));
    }

    @Test
    void anAccountSiteJobAndPlanPersistAndReadBack() {
        Account account = accounts.open(null, "Launch team");
        Site site = sites.register(
                account.id(),
                SiteName.of("shop"),
                SiteDomains.of("www.example.com", "*.cdn.example.com"),
                RequestProfile.defaults(),
                SiteStatus.ACTIVE);

        PreloadJob job = ingestion.createFromText(
                account.id(),
                site.id(),
                JobName.of("launch"),
                String.join(
                        "\n",
                        "https://www.example.com/",
                        "# a comment",
                        "HTTPS://WWW.EXAMPLE.COM:443/#dup",
                        "https://img.cdn.example.com/a.png",
                        "https://elsewhere.org/x",
                        "not a url"));

        PreloadJob read = jobs.get(account.id(), job.id());
        assertEquals(5, read.urlCount());
        assertEquals(2, read.urlSubmitted());
        assertEquals("InvalidUrl,InvalidDomain", read.errorInfo());
        assertEquals(
                List.of("https://www.example.com/", "https://img.cdn.example.com/a.png"),
                jobs.urls(account.id(), job.id(), new UrlRange(0, 10)).stream()
                        .map(u -> u.url())
                        .toList());
        assertEquals(3, jobs.rejectedLines(account.id(), job.id(), 0, 10).size());
        assertEquals(
                1, jobs.page(account.id(), site.id(), JobWindow.all(), 1, 20).total());

        PlanCreation creation = scheduling.createAll(
                account.id(),
                job.id(),
                List.of(
                        new RequestedPlan("2030-01-01T00:00:00+08:00", null, "30", "10"),
                        new RequestedPlan("2030-01-02T00:00:00Z", "2030-01-01T00:00:00Z", "30", "10")));
        assertEquals(1, creation.created().size());
        assertEquals(1, creation.rejected().size());
        assertTrue(creation.rejected().getFirst().message().startsWith("InvalidEndTime.Mismatch: "));

        Plan plan = creation.created().getFirst();
        scheduling.update(account.id(), plan.id(), PlanUpdate.nothing().withSliceLen(SliceLen.of(20)));
        Plan updated = scheduling.get(account.id(), plan.id());
        assertEquals(20, updated.sliceLen().value());
        assertEquals(PlanStatus.WAITING, updated.status());
        assertEquals("2030-01-01T00:00:00+08:00", updated.window().start().echo());
        assertEquals(
                PlanStatus.RUNNING, scheduling.start(account.id(), plan.id()).status());
        assertEquals(
                PlanStatus.STOPPED, scheduling.stop(account.id(), plan.id()).status());
        assertEquals(
                List.of(plan.id()),
                scheduling.list(account.id(), job.id()).stream().map(Plan::id).toList());
    }

    @Test
    void aRejectedListStoresNothingAndAnotherAccountIsDenied() {
        Account owner = accounts.open(null, "Owner");
        Account stranger = accounts.open(null, "Stranger");
        Site site = sites.register(
                owner.id(),
                SiteName.of("blog"),
                SiteDomains.of("blog.example.com"),
                RequestProfile.defaults(),
                SiteStatus.ACTIVE);

        assertThrows(
                NoValidUrlException.class,
                () -> ingestion.createFromText(
                        owner.id(),
                        site.id(),
                        JobName.of("bad"),
                        "ftp://blog.example.com/x\nhttps://other.example.org/"));
        assertEquals(0, jobs.page(owner.id(), site.id(), JobWindow.all(), 1, 20).total());

        PreloadJob job =
                ingestion.createFromText(owner.id(), site.id(), JobName.of("good"), "https://blog.example.com/post");
        assertThrows(PermissionDeniedException.class, () -> jobs.get(stranger.id(), job.id()));
        assertThrows(PermissionDeniedException.class, () -> sites.get(stranger.id(), site.id()));
    }
}
