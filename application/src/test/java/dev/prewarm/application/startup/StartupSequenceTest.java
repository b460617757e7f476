package dev.prewarm.application.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prewarm.application.user.AdminBootstrap;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** The admin step of the start-up when instances start together (JpaUserRepositoryTest shows the clash is real). */
class StartupSequenceTest {
    private static final RuntimeException CLASH = new PersistenceException(
            "Unique index or primary key violation", new SQLIntegrityConstraintViolationException("admin", "23505"));

    @Test
    void anInstanceThatLostTheRaceToCreateTheAdminStartsWithTheWinnersAdmin() {
        BootstrapLosingTo clash = new BootstrapLosingTo(CLASH, true);

        assertThatCode(() -> StartupSequence.ensureAnAdmin(clash)).doesNotThrowAnyException();
        assertThat(clash.checkedAgain).isTrue();
    }

    @Test
    void aClashWithNoAdminAfterwardsStillFailsTheStart() {
        assertThatThrownBy(() -> StartupSequence.ensureAnAdmin(new BootstrapLosingTo(CLASH, false)))
                .isSameAs(CLASH);
    }

    @Test
    void anotherFailureWithNoAdminAfterwardsFailsTheStart() {
        RuntimeException down =
                new PersistenceException("no connection", new SQLException("Connection refused", "08001"));
        BootstrapLosingTo failing = new BootstrapLosingTo(down, false);

        assertThatThrownBy(() -> StartupSequence.ensureAnAdmin(failing)).isSameAs(down);
        assertThat(failing.checkedAgain).isTrue();
    }

    @Test
    void aClashWrappedBeyondRecognitionStillStartsWhenTheAdminExists() {
        BootstrapLosingTo wrapped = new BootstrapLosingTo(new IllegalStateException("commit failed"), true);

        assertThatCode(() -> StartupSequence.ensureAnAdmin(wrapped)).doesNotThrowAnyException();
    }

    @Test
    void aSecondLookThatFailsOnABrokenConnectionIsTriedAgain() {
        BootstrapLosingTo clash = new BootstrapLosingTo(CLASH, true) {
            private int looks;

            @Override
            public boolean anAdminExists() {
                if (++looks == 1) {
                    throw new IllegalStateException("This connection has been closed.");
                }
                return super.anAdminExists();
            }
        };

        assertThatCode(() -> StartupSequence.ensureAnAdmin(clash)).doesNotThrowAnyException();
    }

    /** Creating the admin fails as given; the second look finds an admin or not. */
    private static class BootstrapLosingTo extends AdminBootstrap {
        private final RuntimeException failure;
        private final boolean adminAfterwards;
        private boolean checkedAgain;

        BootstrapLosingTo(RuntimeException failure, boolean adminAfterwards) {
            this.failure = failure;
            this.adminAfterwards = adminAfterwards;
        }

        @Override
        public void ensureAnAdminExists() {
            throw failure;
        }

        @Override
        public boolean anAdminExists() {
            checkedAgain = true;
            return adminAfterwards;
        }
    }
}
