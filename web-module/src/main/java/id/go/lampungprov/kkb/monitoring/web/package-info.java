/**
 * The page "Kelengkapan laporan" (laporan-bulanan.xhtml) and the Beranda's missing-reports panel;
 * the page "Sasaran Inpres" (inpres.xhtml) and the Inpres part of an intervention's page, which
 * belongs to registration (kampung-kb/intervensi.xhtml, through
 * WEB-INF/includes/inpres-tags.xhtml).
 */
package id.go.lampungprov.kkb.monitoring.web;
