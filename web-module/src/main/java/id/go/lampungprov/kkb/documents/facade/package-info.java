/** Issued documents and issuers as DTOs. */
package id.go.lampungprov.kkb.documents.facade;
