/**
 * Transfer objects every context's facade shares: one page of a longer result, in the one JSON
 * shape every paged endpoint answers with.
 */
package id.go.lampungprov.kkb.platform.facade;
