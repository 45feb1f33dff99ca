/** Images prepared for printing: photos scaled to print size. */
package id.go.lampungprov.kkb.reports.images;
