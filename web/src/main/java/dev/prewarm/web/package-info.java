/**
 * The admin UI under {@code /admin} (Faces + PrimeFaces); this module also assembles the single
 * WAR (descriptors in WEB-INF). Pages call use cases of the application module only.
 */
package dev.prewarm.web;
