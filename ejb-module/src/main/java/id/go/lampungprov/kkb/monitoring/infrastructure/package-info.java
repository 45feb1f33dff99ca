/**
 * The reporting months in JPA, the rates and missing reports counted in SQL, and the answer to
 * registration's question whether a month is locked; the Inpres catalogue and tags in JPA and the
 * Inpres recap counted in SQL.
 */
package id.go.lampungprov.kkb.monitoring.infrastructure;
