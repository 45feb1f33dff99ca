/** Storing, reading and removing uploaded files, in the caller's transaction. */
package id.go.lampungprov.kkb.files.application;
