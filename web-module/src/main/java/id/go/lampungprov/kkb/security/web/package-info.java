/**
 * Authentication for the web tier: one mechanism for both doors (form login with a session for the
 * staff pages, HTTP Basic without a session for the API), the identity store over the account
 * table, the login and password pages, the filter that tells the audit trail who is acting, and the
 * logged-in user as the page layout shows them.
 */
package id.go.lampungprov.kkb.security.web;
