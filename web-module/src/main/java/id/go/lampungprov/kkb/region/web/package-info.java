/** Faces backing beans of the region context (the Wilayah page). */
package id.go.lampungprov.kkb.region.web;
