/** Staff pages of the registry: the Kampung KB list and a Kampung KB with its tabs. */
package id.go.lampungprov.kkb.registration.web;
