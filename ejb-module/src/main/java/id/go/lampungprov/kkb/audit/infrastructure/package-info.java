/**
 * How the audit trail is written (plain JDBC inserts enlisted in the caller's transaction, fed by a
 * JPA entity listener) and read (JPA queries).
 */
package id.go.lampungprov.kkb.audit.infrastructure;
