package dev.prewarm.persistence.convert;

import dev.prewarm.domain.site.SiteStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class SiteStatusConverter extends WireNameConverter<SiteStatus>
        implements AttributeConverter<SiteStatus, String> {
    public SiteStatusConverter() {
        super(SiteStatus.class, SiteStatus::wireName);
    }
}
