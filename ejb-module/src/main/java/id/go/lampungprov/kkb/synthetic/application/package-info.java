/**
 * Deterministic synthetic data at Lampung or national scale, for load tests and benchmarks: pure
 * plans from a seed and the gazetteer, written through the entity constructors in chunks.
 */
package id.go.lampungprov.kkb.synthetic.application;
