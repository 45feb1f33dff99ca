/**
 * The region context as the web layer sees it: DTOs for REST and Faces, assembled from the region
 * service so that no entity leaves the EJB tier.
 */
package id.go.lampungprov.kkb.region.facade;
