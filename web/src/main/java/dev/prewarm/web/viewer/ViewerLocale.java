package dev.prewarm.web.viewer;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of the pages: English or Simplified Chinese. Chosen in the top bar and remembered
 * for a year in a cookie, so it survives logout and a new session; until chosen, the browser's
 * Accept-Language decides.
 */
@Named
@SessionScoped
public class ViewerLocale implements Serializable {
    static final String COOKIE = "prewarm_lang";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCookie().orElseGet(ViewerLocale::fromBrowser);
        }
        return locale;
    }

    public boolean isChinese() {
        return CHINESE.equals(getLocale());
    }

    /** Switches and reloads the same page with its parameters, so the choice shows at once. */
    public String switchTo(String tag) {
        locale = "zh".equals(tag) ? CHINESE : Locale.ENGLISH;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext()
                .addResponseCookie(
                        COOKIE,
                        "zh".equals(tag) ? "zh" : "en",
                        Map.of("maxAge", ONE_YEAR, "path", "/", "httpOnly", true, "SameSite", "Lax"));
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private static Optional<Locale> fromCookie() {
        Object cookie = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestCookieMap()
                .get(COOKIE);
        if (cookie instanceof Cookie c) {
            return Optional.of("zh".equals(c.getValue()) ? CHINESE : Locale.ENGLISH);
        }
        return Optional.empty();
    }

    private static Locale fromBrowser() {
        Locale requested =
                FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
        return requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : Locale.ENGLISH;
    }
}
