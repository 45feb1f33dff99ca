/**
 * Authentication against the account store (with lock-out and login auditing), account
 * administration, the initial administrator, and the one place where regional scope is enforced.
 */
package id.go.lampungprov.kkb.security.application;
