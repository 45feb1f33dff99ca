/** Coaching events as DTOs for the REST resources and the staff pages. */
package id.go.lampungprov.kkb.coaching.facade;
