/**
 * {@code /api/reporting-rates} and {@code /api/reporting-months}: the monthly reporting cycle;
 * {@code /api/inpres} and {@code /api/interventions/{id}/inpres}: the Inpres 3/2022 catalogue, the
 * recap and an intervention's tags.
 */
package id.go.lampungprov.kkb.monitoring.rest;
