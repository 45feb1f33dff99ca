/**
 * Demo data for trying the product, nothing else: with {@code KKB_DEMO_DATA=true} an empty registry
 * is filled once with a deterministic, invented Lampung registry (461 Kampung KB with Pokja,
 * cadres, profiles and monthly figures, Sidodadi among them). Never on by default; no other code
 * depends on it in production (the load-test data of {@code loadtest/} borrow its names and
 * figures).
 */
package id.go.lampungprov.kkb.registration.application.demo;
