/** Services that assemble and print the Profil Kampung KB and the Rekapitulasi Provinsi. */
package id.go.lampungprov.kkb.reporting.application;
