/** Writing comma-separated files (RFC 4180) for exports and templates, guarded against formulas. */
package id.go.lampungprov.kkb.platform.csv;
