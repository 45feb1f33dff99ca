/**
 * The readiness check of the synthetic load (load-test EAR only): {@code /health/ready} stays DOWN
 * until the data a benchmark asked for are complete.
 */
package id.go.lampungprov.kkb.synthetic.health;
