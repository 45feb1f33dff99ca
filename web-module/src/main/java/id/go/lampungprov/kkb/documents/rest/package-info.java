/** JSON resources of the document registry: download, verification, issuers. */
package id.go.lampungprov.kkb.documents.rest;
