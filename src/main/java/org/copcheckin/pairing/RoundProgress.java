package org.copcheckin.pairing;

/**
 * How far a round got, for {@code status}.
 *
 * @param groups      the round's groups
 * @param introduced  groups introduced so far
 * @param failed      groups whose introduction failed and that are not introduced
 * @param introducing whether it is still introducing (here, or with an introduction in the last few minutes)
 */
public record RoundProgress(int groups, int introduced, int failed, boolean introducing) {
}
