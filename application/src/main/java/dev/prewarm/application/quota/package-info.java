/**
 * Use cases that enforce the per-account limits of API.md §6 at run time, such as the API call
 * rate of each AccessKey. Setting the limits belongs to {@code account}.
 */
package dev.prewarm.application.quota;
