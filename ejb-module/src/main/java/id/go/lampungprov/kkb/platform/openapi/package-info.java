/**
 * Additions to the generated OpenAPI document. Kept in the EJB module because Payara reads the
 * application's MicroProfile config, and loads the filter, through the EAR's class loader.
 */
package id.go.lampungprov.kkb.platform.openapi;
