/** QR codes drawn as PNG images. */
package id.go.lampungprov.kkb.reports.qr;
