/** Benchmarks run by {@code mvn -Pbench -Dbench=<name> verify}, printing one {@code name: value} line per figure. */
package org.copcheckin.bench;
