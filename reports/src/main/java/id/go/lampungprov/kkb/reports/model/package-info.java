/**
 * The rows reports print: records whose component names are the templates' field names, and
 * JavaBeans where a getter computes the value (a photo's fresh stream, a recap line's figures).
 */
package id.go.lampungprov.kkb.reports.model;
