package dev.prewarm.domain.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.domain.error.LimitExceededException;
import dev.prewarm.domain.error.PrewarmException;
import dev.prewarm.domain.plan.Interval;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuotaPolicyTest {
    private final QuotaPolicy defaults = QuotaPolicy.defaults();

    @Test
    void the_defaults_are_the_limits_of_the_contract() {
        assertThat(defaults.jobsPerSite()).isEqualTo(100);
        assertThat(defaults.urlsPerJob()).isEqualTo(1_000_000);
        assertThat(defaults.urlListBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(defaults.remoteFileBytes()).isEqualTo(256L * 1024 * 1024);
        assertThat(defaults.remoteDownloadTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.urlBytes()).isEqualTo(4096);
        assertThat(defaults.plansPerJob()).isEqualTo(100);
        assertThat(defaults.apiCallsPerSecond()).isEqualTo(50);
        assertThat(defaults.apiBurst()).isEqualTo(100);
    }

    @Test
    void the_hundred_and_first_job_of_a_site_is_refused() {
        assertThatNoException().isThrownBy(() -> defaults.ensureJobSlot(99));
        assertThatThrownBy(() -> defaults.ensureJobSlot(100))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidJob.JobCountOfSiteFull");
                    assertThat(e.limit()).isEqualTo(100);
                });
    }

    @Test
    void an_account_override_changes_only_what_it_names() {
        QuotaPolicy policy = defaults.with(QuotaOverrides.none().withPlansPerJob(2));

        assertThat(policy.plansPerJob()).isEqualTo(2);
        assertThat(policy.jobsPerSite()).isEqualTo(100);
        assertThatThrownBy(() -> policy.ensurePlanSlot(2))
                .isInstanceOfSatisfying(
                        PrewarmException.class, e -> assertThat(e.code()).isEqualTo("InvalidExecution.CountOfJobFull"));
    }

    @Test
    void an_oversized_url_list_is_an_invalid_parameter_naming_its_size() {
        assertThatThrownBy(() -> defaults.ensureUrlListSize(16L * 1024 * 1024 + 1))
                .isInstanceOfSatisfying(PrewarmException.class, e -> {
                    assertThat(e.code()).isEqualTo("InvalidParameter.UrlList");
                    assertThat(e.getMessage()).contains("16777217 bytes");
                });
    }

    @Test
    void urls_beyond_the_job_limit_and_overlong_urls_are_reported() {
        assertThat(defaults.urlsLeftInJob(999_990)).isEqualTo(10);
        assertThat(defaults.urlsLeftInJob(2_000_000)).isZero();
        assertThat(defaults.isUrlTooLong(4097)).isTrue();
        assertThat(defaults.isUrlTooLong(4096)).isFalse();
    }

    @Test
    void an_account_may_narrow_the_interval_range() {
        QuotaPolicy policy = defaults.with(new QuotaOverrides(
                null, null, null, null, null, null, null, new Interval(60), null, null, null, null, null));

        assertThatThrownBy(() -> policy.ensureInterval(new Interval(30)))
                .isInstanceOfSatisfying(
                        PrewarmException.class,
                        e -> assertThat(e.getMessage()).contains("between 60 and 86400 seconds, got 30"));
    }
}
