package dev.prewarm.domain.job;

import dev.prewarm.domain.error.InvalidParameterException;
import java.util.Arrays;

/** Where a job's URL list came from: the {@code InsertWay} parameter, wire names as in the contract. */
public enum InsertWay {
    TEXT_BOX("textBox"),
    OSS("oss"),
    SITEMAP("sitemap");

    private final String wireName;

    InsertWay(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static InsertWay parse(String text) {
        return Arrays.stream(values())
                .filter(way -> way.wireName.equals(text))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(
                        "InsertWay", "must be textBox, oss or sitemap, got '" + text + "'"));
    }
}
