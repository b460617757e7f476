/**
 * People who sign in: installation operators ({@code admin}) and account members ({@code user}).
 * Password hashing is the platform's job; this package only holds the hash and the role.
 */
package dev.prewarm.domain.user;
