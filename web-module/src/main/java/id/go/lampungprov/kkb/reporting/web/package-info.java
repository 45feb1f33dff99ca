/**
 * Staff pages of the reports and the dashboard, the downloads those pages link to, and the JAX-RS
 * application under {@code /unduh} that serves every staff page's downloads (reports, photos,
 * evidence).
 */
package id.go.lampungprov.kkb.reporting.web;
