/** Facade between the report resources and the reporting services: parses parameters. */
package id.go.lampungprov.kkb.reporting.facade;
