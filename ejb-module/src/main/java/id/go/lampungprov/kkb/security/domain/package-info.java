/**
 * Staff accounts, their roles and regional scope, password hashing, and the validated identifiers
 * of Indonesian officials and residents (NIP, NIK) with the masking and encryption that UU PDP
 * requires.
 */
package id.go.lampungprov.kkb.security.domain;
