/** {@code /api/reporting-rates} and {@code /api/reporting-months}: the monthly reporting cycle. */
package id.go.lampungprov.kkb.monitoring.rest;
