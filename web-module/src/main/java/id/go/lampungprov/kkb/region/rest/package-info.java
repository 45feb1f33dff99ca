/** REST resources of the region context under {@code /api/regions}. */
package id.go.lampungprov.kkb.region.rest;
