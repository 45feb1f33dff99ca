/** Accounts as the web tier sees them: request and response DTOs and the facade that maps them. */
package id.go.lampungprov.kkb.security.facade;
