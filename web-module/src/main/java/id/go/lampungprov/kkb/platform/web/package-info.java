/** Faces beans shared by every staff page: the language choice and, later, the page layout. */
package id.go.lampungprov.kkb.platform.web;
