/**
 * Operator tools that run beside the application rather than in it: {@link org.copcheckin.ops.H2ToPostgres}
 * carries an embedded H2 database over to PostgreSQL when a community outgrows one machine.
 */
package org.copcheckin.ops;
