/**
 * Partnerships, PAT sessions and rule-set selections as YAML and JSON documents: {@link
 * PartnershipDocuments} reads and writes them, {@link DocumentException} says where a document is
 * wrong, and {@code partnership.schema.json} (a resource of this package) is the JSON Schema of the
 * format.
 */
package dev.partnership.document;
