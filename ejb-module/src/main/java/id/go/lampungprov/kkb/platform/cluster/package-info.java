/**
 * What the instances of one deployment share at run time: Payara's Data Grid (Hazelcast), which
 * Payara Server's deployment groups and Payara Micro instances form by themselves, used for maps
 * and messages. Alone (one instance, or Payara Micro with {@code --nocluster}) the same calls stay
 * in memory. No context knows which runtime it runs on.
 */
package id.go.lampungprov.kkb.platform.cluster;
