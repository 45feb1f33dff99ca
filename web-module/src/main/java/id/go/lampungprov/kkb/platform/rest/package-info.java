/**
 * The JAX-RS application under {@code /api} and the one family of exception mappers that turns
 * every failure into an RFC 9457 {@code application/problem+json} answer. Later contexts rely on
 * this contract.
 */
package id.go.lampungprov.kkb.platform.rest;
