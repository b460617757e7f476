package dev.prewarm.web.viewer;

import dev.prewarm.domain.error.PrewarmException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts from the message bundle in the viewer's language, and messages placed next to the
 * component that caused them. A domain error keeps its precise (English) detail — the same text
 * the APIs return — under a translated summary of its error code.
 */
@ApplicationScoped
public class UiMessages {
    public static final String BUNDLE = "dev.prewarm.web.messages";

    public String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }

    /** Shown next to the component with this client id, or at the top of the page when null. */
    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments), null);
    }

    public void error(String clientId, PrewarmException e) {
        add(clientId, FacesMessage.SEVERITY_ERROR, summaryOf(e), e.getMessage());
    }

    /** An information kept for the page shown after a redirect (post-redirect-get). */
    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments), null);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * An information on the page being rendered (an ajax update or a page that stays): unlike
     * {@link #info}, not kept in the flash, which would show it a second time on the next page.
     */
    public void note(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments), null);
    }

    private String summaryOf(PrewarmException e) {
        try {
            return text("error." + e.errorCode().name());
        } catch (MissingResourceException noTranslation) {
            return text("error.generic");
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(severity, summary, detail == null ? summary : detail));
    }
}
