package org.copcheckin.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends digests privately: one direct message per facilitator (those added with {@code facilitator add}, the
 * channel's platform admins, and {@code COP_FACILITATORS} ids who are in the channel), with the chart.
 */
@Component
class DigestDelivery {

    private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

    private final ChatPlatforms platforms;
    private final Facilitators facilitators;
    private final CopMetrics metrics;

    DigestDelivery(ChatPlatforms platforms, Facilitators facilitators, CopMetrics metrics) {
        this.platforms = platforms;
        this.facilitators = facilitators;
        this.metrics = metrics;
    }

    /** @return how many facilitators got it; throws when there were some and none could be reached */
    int deliver(Community community, Digest digest) {
        List<MemberRef> recipients = recipients(community);
        Message message = DigestMessage.of(digest);
        ChatPlatform platform = platforms.of(community.channel());
        byte[] png = digest.chart().isEmpty() ? null : DigestChart.png(digest.chart());
        int sent = 0;
        PlatformException last = null;
        for (MemberRef recipient : recipients) {
            try {
                ChannelRef dm = platform.openPrivateConversation(community.channel(), List.of(recipient), message);
                if (png != null) {
                    platform.uploadImage(dm, fileName(digest), png, DigestMessage.altText(digest));
                }
                sent++;
            } catch (PlatformException e) {
                last = e;
                log.warn("Could not send the digest of community {} to one facilitator: {}", community.id(), e.getMessage());
            }
        }
        if (sent == 0 && last != null) {
            throw last;
        }
        log.info("Sent the digest of community {} to {} facilitators", community.id(), sent);
        if (sent > 0) {
            metrics.digestSent(true);
        }
        return sent;
    }

    /** Sends only the chart, privately; @return the problem when it could not be sent */
    Optional<String> sendChart(Community community, List<MemberRef> to, Digest digest) {
        if (digest.chart().isEmpty()) {
            return Optional.empty();
        }
        try {
            ChatPlatform platform = platforms.of(community.channel());
            ChannelRef dm = platform.openPrivateConversation(community.channel(), to, Message.of("Digest chart",
                    "Themes per week over the last 8 weeks, for the digest you asked for."));
            platform.uploadImage(dm, fileName(digest), DigestChart.png(digest.chart()), DigestMessage.altText(digest));
            return Optional.empty();
        } catch (PlatformException e) {
            return Optional.of(e.getMessage());
        }
    }

    List<MemberRef> recipients(Community community) {
        Set<String> ids = new LinkedHashSet<>(facilitators.added(community));
        try {
            for (ChannelMember member : platforms.of(community.channel()).listHumanMembers(community.channel())) {
                if (member.platformAdmin() || facilitators.isConfigured(community, member.ref().userId())) {
                    ids.add(member.ref().userId());
                }
            }
        } catch (PlatformException e) {
            log.warn("Could not list the members of community {}; sending to added facilitators only", community.id());
        }
        List<MemberRef> refs = new ArrayList<>();
        ChannelRef channel = community.channel();
        ids.forEach(id -> refs.add(channel.member(id)));
        return refs;
    }

    private static String fileName(Digest digest) {
        return "digest-" + digest.firstWeek() + "-to-" + digest.lastWeek().plusDays(6) + ".png";
    }
}
