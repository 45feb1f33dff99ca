package id.go.lampungprov.kkb.architecture;

/** The EJB module keeps the boundaries of {@link Boundaries}. */
class EjbBoundariesTest extends BoundariesTest {}
