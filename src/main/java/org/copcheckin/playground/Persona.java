package org.copcheckin.playground;

import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;

/**
 * Someone the newcomer can act as. The facilitator is reported as a platform admin, which is how every
 * adapter tells the core who facilitates.
 */
record Persona(String id, String name, boolean facilitator) {

    MemberRef ref() {
        return new MemberRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, id);
    }

    ChannelMember asChannelMember() {
        return new ChannelMember(ref(), name, facilitator);
    }
}
