package org.copcheckin.care;

import java.util.List;

import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.MemberRef;
import org.springframework.stereotype.Component;

/** {@code forget-me}: the member's choice to receive no nudges is erased with the rest. */
@Component
class CareMemberErasure implements MemberErasure {

    private final CareSettings settings;

    CareMemberErasure(CareSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Erased> erase(MemberRef member) {
        boolean erased = settings.setMemberNudges(member, true);
        return erased ? List.of(new Erased(Kind.NUDGE_PREFERENCE, 1, 1)) : List.of();
    }
}
