/**
 * JPA repository for regions, and the bulk loader that copies the bundled gazetteer (ODbL, see
 * {@code region/gazetteer/NOTICE}) into the database with plain JDBC batches.
 */
package id.go.lampungprov.kkb.region.infrastructure;
