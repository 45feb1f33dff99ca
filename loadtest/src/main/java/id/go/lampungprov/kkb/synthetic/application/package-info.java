/**
 * Deterministic synthetic data at Lampung or national scale, for load tests and benchmarks: pure
 * plans from a seed and the gazetteer, written through the entity constructors in chunks. Load-test
 * tooling: only in the load-test EAR ({@code loadtest/}), never in the production EAR. The demo
 * data for trying the product are elsewhere ({@code registration.application.demo}).
 */
package id.go.lampungprov.kkb.synthetic.application;
