/** The rows reports print, as JavaBeans (JasperReports reads getters, not record accessors). */
package id.go.lampungprov.kkb.reports.model;
