/** REST resources of the registry under {@code /api/kampung-kb}. */
package id.go.lampungprov.kkb.registration.rest;
