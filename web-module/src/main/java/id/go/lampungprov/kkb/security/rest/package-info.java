/**
 * REST resources for accounts ({@code /api/accounts}) and the caller's own account ({@code
 * /api/me}).
 */
package id.go.lampungprov.kkb.security.rest;
