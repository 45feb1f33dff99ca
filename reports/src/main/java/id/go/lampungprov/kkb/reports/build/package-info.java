/** Build-time tools: the templates are compiled when the module is built, never at request time. */
package id.go.lampungprov.kkb.reports.build;
