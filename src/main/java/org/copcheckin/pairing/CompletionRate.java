package org.copcheckin.pairing;

/**
 * How many groups introduced in a period said they met ("did you meet?" answered by at least one member).
 */
public record CompletionRate(int groupsIntroduced, int groupsMet) {

    /** Between 0 and 1; 0 when no group was introduced. */
    public double rate() {
        return groupsIntroduced == 0 ? 0 : (double) groupsMet / groupsIntroduced;
    }
}
