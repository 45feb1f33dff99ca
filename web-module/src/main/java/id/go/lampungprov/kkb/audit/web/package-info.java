/** The audit trail viewer for administrators and province officers. */
package id.go.lampungprov.kkb.audit.web;
