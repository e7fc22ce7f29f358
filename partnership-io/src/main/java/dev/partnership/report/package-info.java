/**
 * Reports: the Markdown report of a PAT session ({@link dev.partnership.report.AssessmentReport}),
 * and the full report of partnerships ({@link dev.partnership.report.PartnershipReport}) as
 * self-contained HTML, Markdown, SVG pictures ({@link dev.partnership.report.Charts}, {@link
 * dev.partnership.report.Diagrams}) and CSV tables with a data dictionary. An adapter at the edge:
 * nothing is written except where a {@code write} method is told to write.
 *
 * <p>Most users need {@link dev.partnership.report.PartnershipReport}.
 */
package dev.partnership.report;
