package dev.prewarm.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAuthenticationTest {
    @Test
    void onlyPathsUnderAdminNeedAnAdmin() {
        assertThat(AdminAuthentication.isAdminPath("admin/accounts")).isTrue();
        assertThat(AdminAuthentication.isAdminPath("/admin")).isTrue();
        assertThat(AdminAuthentication.isAdminPath("administrators")).isFalse();
        assertThat(AdminAuthentication.isAdminPath("jobs")).isFalse();
    }
}
