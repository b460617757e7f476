package dev.prewarm.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the web module built, exactly as it ships: every IT deploys this, nothing assembled. */
final class RealWar {
    private RealWar() {}

    static WebArchive archive() {
        File war = new File(System.getProperty("prewarm.war", "../web/target/prewarm.war"));
        return ShrinkWrap.create(ZipImporter.class, "prewarm.war")
                .importFrom(war)
                .as(WebArchive.class);
    }
}
