/**
 * Uploaded files (photos, scanned decrees, issued PDFs): inspection of what the bytes really are
 * before anything is stored, and the stored file, kept in the database so it lives and dies with
 * its record's transaction and is part of every backup. A context of its own, not part of {@code
 * platform}: a stored file is an audited entity, and {@code platform} builds on no context.
 */
package id.go.lampungprov.kkb.files.domain;
