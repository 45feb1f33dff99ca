/**
 * The audit trail: who did what to which record, when and from where, with old and new values. It
 * is append-only for the application; entities opt in by extending {@link
 * id.go.lampungprov.kkb.audit.domain.AuditedEntity}.
 */
package id.go.lampungprov.kkb.audit.domain;
