package org.copcheckin.community;

/** Whether members are paired unless they opt out (default) or only once they opt in. */
public enum PairingMode {
    OPT_OUT, OPT_IN
}
