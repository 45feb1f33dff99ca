/**
 * Coaching events (pembinaan dan pengembangan): the event and its life cycle (planned, held,
 * reported, cancelled; frozen once reported), agenda, officials present, participants and their
 * attendance, minutes, follow-ups and photos.
 */
package id.go.lampungprov.kkb.coaching.domain;
