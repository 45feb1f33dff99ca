/**
 * Use cases of coaching events: planning, invitations from the registry, attendance by staff and by
 * signed QR link, minutes and follow-ups, the reference event of the demo data.
 */
package id.go.lampungprov.kkb.coaching.application;
