/**
 * Registering, correcting, deactivating and finding Kampung KB, always within the caller's scope.
 */
package id.go.lampungprov.kkb.registration.application;
