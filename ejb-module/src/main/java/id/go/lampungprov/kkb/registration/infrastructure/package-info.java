/** JPA persistence of the registry. */
package id.go.lampungprov.kkb.registration.infrastructure;
