/**
 * The registry of Kampung KB: the designated village, its formation criteria, model status and life
 * cycle. Pokja, cadres, decrees, profiles and programme figures hang off this aggregate.
 */
package id.go.lampungprov.kkb.registration.domain;
