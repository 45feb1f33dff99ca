/**
 * Uploaded files (photos, scanned decrees): inspection of what the bytes really are before anything
 * is stored, and storage in the database so a file lives and dies with its record's transaction and
 * is part of every backup.
 */
package id.go.lampungprov.kkb.platform.files;
