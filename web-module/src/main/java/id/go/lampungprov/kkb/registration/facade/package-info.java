/** The registry as the web tier sees it: request and response DTOs and the facade mapping them. */
package id.go.lampungprov.kkb.registration.facade;
