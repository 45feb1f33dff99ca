/**
 * Signing and verifying PDFs: PAdES baseline shape (detached CAdES, SHA-256,
 * signing-certificate-v2, no CMS signing time) with PDFBox and BouncyCastle, behind a small API so
 * a remote signing service for certified (BSrE) certificates can replace the local keystore.
 */
package id.go.lampungprov.kkb.reports.signing;
