/** JSON resources of coaching events under {@code /api/events} and {@code /api/follow-ups}. */
package id.go.lampungprov.kkb.coaching.rest;
