/**
 * Runnable examples of the partnership library. Each example is a final class with a documented
 * {@code main}; {@link dev.partnership.examples.PartosMeetup} is the main job (the report of the
 * meet-up's three alliances, built by {@link dev.partnership.examples.MeetupReport}), and {@link
 * dev.partnership.examples.Alliances} reads the alliances' documents, sessions and scenarios.
 */
package dev.partnership.examples;
