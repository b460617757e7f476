/** The source of time for the application: a UTC clock, injected wherever time is read. */
package dev.prewarm.application.time;
