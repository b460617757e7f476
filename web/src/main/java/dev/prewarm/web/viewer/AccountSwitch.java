package dev.prewarm.web.viewer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * After an admin picks another account, the page they were on may show an object of the old one:
 * start again from the dashboard of the new account.
 */
@Named
@RequestScoped
public class AccountSwitch {
    public void switched() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/admin/");
    }
}
