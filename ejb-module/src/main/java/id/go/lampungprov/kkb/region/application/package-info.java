/**
 * Use cases over the region gazetteer: look-ups and searches for every other context, and loading a
 * province's regions from the bundled gazetteer (Lampung by migration, others on request).
 */
package id.go.lampungprov.kkb.region.application;
