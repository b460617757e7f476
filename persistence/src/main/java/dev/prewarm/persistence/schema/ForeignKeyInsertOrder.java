package dev.prewarm.persistence.schema;

import dev.prewarm.domain.account.AccessKey;
import dev.prewarm.domain.account.Account;
import dev.prewarm.domain.job.PreloadJob;
import dev.prewarm.domain.plan.Batch;
import dev.prewarm.domain.plan.Plan;
import dev.prewarm.domain.site.Site;
import dev.prewarm.domain.task.PreloadTask;
import dev.prewarm.domain.user.User;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Tells EclipseLink which tables reference which. Aggregates refer to each other by id, not by
 * mapped relationships, so EclipseLink would otherwise insert the entities of one transaction in
 * class-name order (a Batch before its Plan, a PreloadJob before its Site) and break a foreign key.
 */
public class ForeignKeyInsertOrder implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        dependsOn(session, AccessKey.class, Account.class);
        dependsOn(session, User.class, Account.class);
        dependsOn(session, Site.class, Account.class);
        dependsOn(session, PreloadJob.class, Site.class);
        dependsOn(session, Plan.class, PreloadJob.class);
        dependsOn(session, Batch.class, Plan.class);
        dependsOn(session, PreloadTask.class, Site.class);
    }

    private static void dependsOn(Session session, Class<?> child, Class<?> parent) {
        session.getDescriptor(child).addConstraintDependency(parent);
    }
}
