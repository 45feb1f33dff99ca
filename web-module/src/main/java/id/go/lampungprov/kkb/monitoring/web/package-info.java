/**
 * The page "Kelengkapan laporan" (laporan-bulanan.xhtml) and the Beranda's missing-reports panel.
 */
package id.go.lampungprov.kkb.monitoring.web;
