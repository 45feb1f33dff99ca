/** JPA repositories of the document registry and the signing keystore of the installation. */
package id.go.lampungprov.kkb.documents.infrastructure;
