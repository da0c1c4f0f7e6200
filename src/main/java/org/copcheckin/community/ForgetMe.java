package org.copcheckin.community;

import java.util.ArrayList;
import java.util.List;

import org.copcheckin.platform.MemberRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code forget-me}: every feature's {@link MemberErasure} in one transaction, across every community of the
 * member's platform account; what was erased comes back so the member can read it.
 */
@Service
public class ForgetMe {

    private static final Logger log = LoggerFactory.getLogger(ForgetMe.class);

    private final List<MemberErasure> erasures;

    ForgetMe(List<MemberErasure> erasures) {
        this.erasures = erasures;
    }

    @Transactional
    public List<MemberErasure.Erased> forget(MemberRef member) {
        List<MemberErasure.Erased> erased = new ArrayList<>();
        erasures.forEach(erasure -> erased.addAll(erasure.erase(member)));
        log.info("Forgot a member: {} records erased", erased.stream().mapToInt(MemberErasure.Erased::records).sum());
        return erased;
    }
}
