/** JAX-RS resources of the recaps and profiles: draft PDFs, XLSX, issuing. */
package id.go.lampungprov.kkb.reporting.rest;
