/**
 * IATI import: a hardened, streaming reader for {@code iati-activities} files (standard 2.01 to
 * 2.03, and what D-Portal adds), a data-quality report of everything skipped, guessed or noticed,
 * the conversion to organisations and a {@link dev.partnership.funding.FundingNetwork}, activity
 * links (traceability), the IATI codelists used in code ({@link
 * dev.partnership.iati.OrganisationRole}, {@link dev.partnership.iati.TransactionType}), and
 * optional schema validation from a local schema folder. Nothing inside an activity stops an
 * import; only a file that is not IATI XML at all does ({@link
 * dev.partnership.iati.IatiFormatException}).
 *
 * <p>An adapter at the edge: this package reads files. Most users need {@link
 * dev.partnership.iati.IatiReader} and {@link dev.partnership.iati.IatiConversion} (built with its
 * {@link dev.partnership.iati.IatiConversion.Builder}).
 */
package dev.partnership.iati;
