/**
 * Helpers that no user of the library needs; this package is not exported by {@code module-info}.
 */
package dev.partnership.internal;
