/**
 * Authentication against the account store (with login throttling and auditing), account
 * administration, the initial administrator, and the one place where regional scope is enforced.
 */
package id.go.lampungprov.kkb.security.application;
