/** Benchmarks run with {@code mvn -Pbench -Dbench=<name> verify}: figures printed as {@code name: value} lines. */
package org.copcheckin.bench;
