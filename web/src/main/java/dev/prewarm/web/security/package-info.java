/**
 * Who may use the admin UI: form login over the users table (Jakarta Security), the login
 * throttle, logout, and the same-origin check that refuses cross-site state changes. Page
 * beans and what they show belong to their own packages.
 */
package dev.prewarm.web.security;
