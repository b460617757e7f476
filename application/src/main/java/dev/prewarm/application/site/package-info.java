/** Use cases on sites: the domains they own, their status and the request profile used to warm them. */
package dev.prewarm.application.site;
