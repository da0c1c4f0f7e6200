/**
 * Pairing rounds: a pure group builder that never leaves anyone out and avoids repeat partners, the rounds
 * that introduce each group privately, their history, and the "did you meet?" answers.
 */
package org.copcheckin.pairing;
