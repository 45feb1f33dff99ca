/**
 * Tests against the real EAR on a managed Payara Server, over HTTP as a client would call it. Each
 * class deploys once; put new checks into the class of their area to keep the suite's deploys few.
 */
package id.go.lampungprov.kkb.it;
