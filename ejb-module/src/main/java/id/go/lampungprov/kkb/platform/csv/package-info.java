/** Reading comma-separated files (RFC 4180 quoting), shared by the gazetteer loader and imports. */
package id.go.lampungprov.kkb.platform.csv;
