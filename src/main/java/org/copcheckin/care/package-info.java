/**
 * Care and safeguarding: {@link org.copcheckin.care.CrisisSignals} tells which kinds of crisis signal (possible
 * self-harm, abuse or neglect, violence, no safe place tonight, a missing child) an anonymised reply carries,
 * from a curated phrase list with its sources; it returns kinds only and never keeps or logs what it reads.
 */
package org.copcheckin.care;
