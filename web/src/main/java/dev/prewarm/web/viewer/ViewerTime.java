package dev.prewarm.web.viewer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Times in the viewer's time zone, always with the offset printed so a screenshot or a copied
 * line is never ambiguous. The browser reports its zone in a cookie (resources/js/prewarm.js);
 * until it has, times are shown in UTC, which the printed offset makes plain.
 */
@Named("when")
@RequestScoped
public class ViewerTime {
    static final String COOKIE = "prewarm_tz";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'xxx");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    Clock clock;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = fromCookie();
        }
        return zone;
    }

    /** For example "Asia/Shanghai (UTC+08:00)". */
    public String getZoneLabel() {
        return zone().getId() + " (UTC" + OFFSET.withZone(zone()).format(clock.instant()) + ")";
    }

    /** An Instant, or an Optional of one (domain records expose optional times); empty text for none. */
    public String format(Object time) {
        Object value = time instanceof Optional<?> optional ? optional.orElse(null) : time;
        return value instanceof Instant instant ? FORMAT.withZone(zone()).format(instant) : "";
    }

    /** For date-time inputs, which take the viewer's local time without an offset. */
    public String formatInput(Instant instant) {
        return instant == null ? "" : INPUT.withZone(zone()).format(instant);
    }

    private static ZoneId fromCookie() {
        Object cookie = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestCookieMap()
                .get(COOKIE);
        if (cookie instanceof Cookie c && c.getValue() != null) {
            try {
                return ZoneId.of(URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8));
            } catch (DateTimeException | IllegalArgumentException unknownZone) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }
}
