/**
 * IATI import: a hardened, streaming reader for {@code iati-activities} files (standard 2.01 to
 * 2.03, and what D-Portal adds), a data-quality report of everything skipped or guessed, the
 * conversion to organisations and a {@link dev.partnership.funding.FundingNetwork}, activity
 * links (traceability), and optional schema validation from a local schema folder.
 *
 * <p>An adapter at the edge: this package reads files. Most users need
 * {@link dev.partnership.iati.IatiReader} and {@link dev.partnership.iati.IatiConversion}.
 */
package dev.partnership.iati;
