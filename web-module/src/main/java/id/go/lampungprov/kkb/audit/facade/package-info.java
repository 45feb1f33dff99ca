/** The audit trail as the web tier sees it: DTOs, filters parsed from requests, CSV export. */
package id.go.lampungprov.kkb.audit.facade;
