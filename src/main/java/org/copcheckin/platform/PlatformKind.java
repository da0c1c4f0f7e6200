package org.copcheckin.platform;

/** The chat platforms an adapter can speak for. */
public enum PlatformKind {
    SLACK, DISCORD, PLAYGROUND
}
