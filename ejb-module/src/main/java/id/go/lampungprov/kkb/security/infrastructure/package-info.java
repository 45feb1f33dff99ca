/** JPA persistence of accounts. */
package id.go.lampungprov.kkb.security.infrastructure;
