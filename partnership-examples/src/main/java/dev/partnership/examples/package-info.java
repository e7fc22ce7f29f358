/**
 * Runnable examples of the partnership library. Each example is a final class with a documented
 * {@code main}; {@link dev.partnership.examples.GppacExample} is the main job.
 */
package dev.partnership.examples;
