package dev.gofit.system;

import io.quarkus.qute.TemplateInstance;

/**
 * The signed-in user's home: a feature supplies it (system knows no feature), {@link HomeResource} shows it
 * instead of the public page after login.
 */
public interface HomeDashboard {

    /** The dashboard of the signed-in user. */
    TemplateInstance render();
}
