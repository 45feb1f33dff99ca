/** In-memory caches bounded in size, for what the server keeps between requests. */
package id.go.lampungprov.kkb.platform.cache;
