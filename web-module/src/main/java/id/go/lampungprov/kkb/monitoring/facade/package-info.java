/**
 * The reporting cycle as transfer objects and the calls its resources and pages share: rate tables,
 * missing reports with the responsible operators, reporting months and their exports; the Inpres
 * catalogue, an intervention's tags and the Inpres recap with its export.
 */
package id.go.lampungprov.kkb.monitoring.facade;
