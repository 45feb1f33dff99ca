package id.go.lampungprov.kkb.registration.domain;

/**
 * Announced (as a CDI event, in the changing transaction) when data that describes how a Kampung KB
 * works has changed: its profile, monthly figures or interventions. Other contexts (the
 * classification) listen; the registry does not know them.
 */
public record KampungKbDataChanged(long kampungKbId) {}
