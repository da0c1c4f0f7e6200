package org.copcheckin.community;

import java.time.Instant;
import java.time.ZoneId;

import org.copcheckin.platform.ChannelRef;

/** One channel on one platform, with its own zone and k-anonymity threshold. */
public record Community(long id, ChannelRef channel, ZoneId zone, int kAnonymity, PairingMode pairingMode,
                        Instant createdAt) {
}
