/**
 * Demo data of monitoring, for trying the product only: with {@code KKB_DEMO_DATA=true} a modest,
 * deterministic set of invented cross-sector interventions in the demo registry, some tagged to
 * Inpres 3/2022 activities, so the Sasaran Inpres page, a Kampung KB's intervention tab and the
 * recap's Inpres annex show something on a fresh demo. Kept here rather than in registration's demo
 * package because the tags are monitoring's, and monitoring builds on registration.
 */
package id.go.lampungprov.kkb.monitoring.application.demo;
