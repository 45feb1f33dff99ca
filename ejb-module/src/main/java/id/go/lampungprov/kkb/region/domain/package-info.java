/**
 * The Kemendagri administrative hierarchy (province, regency/city, district, village) that every
 * other context hangs its records on. Codes are the identity; the hierarchy is derived from them.
 */
package id.go.lampungprov.kkb.region.domain;
