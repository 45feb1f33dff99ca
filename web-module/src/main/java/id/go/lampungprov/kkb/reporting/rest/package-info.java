/** JAX-RS resources of the recaps and profiles: draft PDFs, XLSX, issuing, the benchmark. */
package id.go.lampungprov.kkb.reporting.rest;
