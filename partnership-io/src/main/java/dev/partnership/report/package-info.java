/**
 * Reports: plain-text Markdown renderings of the library's values, readable in a terminal and on
 * GitHub. An adapter at the edge: it returns strings and writes nothing itself.
 *
 * <p>Most users need {@link dev.partnership.report.AssessmentReport}.
 */
package dev.partnership.report;
