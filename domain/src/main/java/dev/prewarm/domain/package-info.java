/**
 * The Prewarm domain in pure Java: accounts, sites, preload jobs and their URL rules, plans with
 * their state machine and schedule maths, quotas, fetch outcomes and the error catalogue. Nothing
 * here imports a framework, reads the clock or does I/O; storage and HTTP live in outer modules
 * behind the ports declared here.
 */
package dev.prewarm.domain;
