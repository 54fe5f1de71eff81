/**
 * Passwords: Argon2id hashes from Bouncy Castle at or above OWASP's minimum (19 MiB, 2 passes, 1 lane), stored with
 * their parameters so that a later, stronger setting can verify old hashes (shared/engineering-notes.md, "Passwords
 * and encryption"; 21 CFR 11.300: controls for identification codes and passwords). A password lives only in a
 * {@code char[]} that is wiped after use; it never reaches a string, a log, an exception message or a file.
 * <p>
 * Layer: used by persistence, service, ui (to wipe a typed password) and app; uses nothing of BedsideNeuro
 * (ArchitectureTest).
 */
package org.bedsideneuro.security;
