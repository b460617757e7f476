package dev.prewarm.domain.user;

/** What a user may do: operate the whole installation, or act within one account. */
public enum Role {
    ADMIN("admin"),
    USER("user");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
