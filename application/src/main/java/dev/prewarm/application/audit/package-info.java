/**
 * Capture and reading of the audit log. The edges name the actor of a request ({@link
 * dev.prewarm.application.audit.AuditActor}); use-case methods that change something carry
 * {@link dev.prewarm.application.audit.Audited}, whose interceptor writes the event in the same
 * transaction once the method succeeded. A change with no actor (the engine) is not audited.
 */
package dev.prewarm.application.audit;
