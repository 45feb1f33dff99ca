/**
 * The reporting cycle as transfer objects and the calls its resources and pages share: rate tables,
 * missing reports with the responsible operators, reporting months and their exports.
 */
package id.go.lampungprov.kkb.monitoring.facade;
