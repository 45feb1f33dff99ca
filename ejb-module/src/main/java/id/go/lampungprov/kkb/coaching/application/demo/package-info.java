/**
 * Demo data for trying the product, nothing else: the coaching events of the demo registry ({@code
 * KKB_DEMO_DATA=true}), among them the reference event at Sidodadi, so the event pages, attendance
 * and reports have something to show. Never on by default; no other code depends on it.
 */
package id.go.lampungprov.kkb.coaching.application.demo;
