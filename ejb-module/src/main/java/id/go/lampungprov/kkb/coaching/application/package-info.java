/**
 * Use cases of coaching events: planning, invitations from the registry, attendance by staff and by
 * signed QR link, minutes and follow-ups (the demo events are in {@code demo}).
 */
package id.go.lampungprov.kkb.coaching.application;
