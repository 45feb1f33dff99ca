/** Browsing and exporting the audit trail, for administrators and province officers. */
package id.go.lampungprov.kkb.audit.application;
