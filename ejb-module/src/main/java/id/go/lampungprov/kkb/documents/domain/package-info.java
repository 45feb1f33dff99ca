/**
 * Official documents: issuers (letterhead, numbering template, signatory), yearly number counters
 * and the registry of every issued PDF with its fingerprint, for public verification.
 */
package id.go.lampungprov.kkb.documents.domain;
