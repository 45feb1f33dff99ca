/** JPA repositories of coaching events and the key that signs check-in links. */
package id.go.lampungprov.kkb.coaching.infrastructure;
