package id.go.lampungprov.kkb.security.application;

/**
 * An account's password, role, scope or state changed: what any instance remembers of it must go
 * (fired by {@link AccountService}, acted on after the commit by {@link AccountCache}).
 */
public record AccountChanged(String username) {}
