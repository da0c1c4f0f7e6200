package org.copcheckin.playground;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;

/**
 * Someone the newcomer can act as, in one of the playground's channels. The facilitator is reported as a platform
 * admin, which is how every adapter tells the core who facilitates.
 */
record Persona(String id, String name, boolean facilitator, String channelId) {

    /** A persona of the English channel, #cop-playground. */
    Persona(String id, String name, boolean facilitator) {
        this(id, name, facilitator, Personas.CHANNEL_ID);
    }

    MemberRef ref() {
        return new MemberRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, id);
    }

    ChannelRef channel() {
        return new ChannelRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, channelId);
    }

    ChannelMember asChannelMember() {
        return new ChannelMember(ref(), name, facilitator);
    }
}
