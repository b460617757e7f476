/** Use cases about the people who sign in: the first admin, and (later) user management. */
package dev.prewarm.application.user;
