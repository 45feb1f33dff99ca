/** Issuing (number, render, sign, register) and verifying official documents. */
package id.go.lampungprov.kkb.documents.application;
