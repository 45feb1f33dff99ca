/** REST access to the audit trail under {@code /api/audit}: browse, filter, export as CSV. */
package id.go.lampungprov.kkb.audit.rest;
