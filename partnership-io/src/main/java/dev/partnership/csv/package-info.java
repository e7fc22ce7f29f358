/**
 * CSV at the edge: PAT sessions in the matrix form facilitators keep in spreadsheets.
 *
 * <p>Most users need {@link dev.partnership.csv.PatCsv} ({@code write}, {@code read}) and {@link
 * dev.partnership.csv.PatCsvException}, which names file, row, column, value and rule.
 */
package dev.partnership.csv;
