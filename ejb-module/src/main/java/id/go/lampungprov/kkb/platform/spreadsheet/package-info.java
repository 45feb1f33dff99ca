/**
 * Tables read from uploaded CSV and XLSX files and written as XLSX templates and exports, through
 * Apache Commons CSV and Apache POI's streaming reader and writer. Reading is bounded before memory
 * is spent ({@link id.go.lampungprov.kkb.platform.spreadsheet.SheetLimits}, the zip check, a fixed
 * number of files parsed at once), so a hostile file is refused with a rule, never an {@code
 * OutOfMemoryError}.
 */
package id.go.lampungprov.kkb.platform.spreadsheet;
