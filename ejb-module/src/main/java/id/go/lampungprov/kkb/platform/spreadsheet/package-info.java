/**
 * Tables read from uploaded CSV and XLSX files and written as XLSX templates and exports. The XLSX
 * reader is deliberately small (first sheet, values only, entity expansion off, size-capped) so an
 * import needs no office library and a hostile workbook cannot exhaust the server.
 */
package id.go.lampungprov.kkb.platform.spreadsheet;
