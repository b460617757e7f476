/** MicroProfile Health probes: readiness follows the database, liveness the application. */
package dev.prewarm.application.health;
