/** The public verification page a document's QR code opens. */
package id.go.lampungprov.kkb.documents.web;
