package id.go.lampungprov.kkb.architecture;

/**
 * The web module keeps the boundaries of {@link Boundaries}, checked together with the EJB module
 * it builds on.
 */
class WebBoundariesTest extends BoundariesTest {}
