/**
 * Staff pages of the reports and the dashboard, and the downloads those pages link to (served by
 * JAX-RS under {@code /unduh}).
 */
package id.go.lampungprov.kkb.reporting.web;
