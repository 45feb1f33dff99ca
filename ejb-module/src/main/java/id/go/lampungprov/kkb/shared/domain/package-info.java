/**
 * Building blocks every bounded context uses: the typed business exceptions that the REST layer
 * turns into problem+json answers, the checks every free-text field gets, and the page of results
 * returned by list queries.
 */
package id.go.lampungprov.kkb.shared.domain;
