/**
 * Admin endpoints for the sites of an account: register, list, read and partly change them,
 * including the request profile (edge targets, header variants, timeouts, caps). Jobs and plans
 * of a site are not here.
 */
package dev.prewarm.rest.admin.site;
