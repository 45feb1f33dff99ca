/** Faces backing beans of coaching events, including the public QR check-in page. */
package id.go.lampungprov.kkb.coaching.web;
