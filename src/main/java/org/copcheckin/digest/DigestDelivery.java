package org.copcheckin.digest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.community.Facilitators;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.Attachment;
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
 * channel's platform admins, and {@code COP_FACILITATORS} ids who are in the channel), with the chart attached to
 * the digest's own message.
 */
@Component
class DigestDelivery {

    private static final Logger log = LoggerFactory.getLogger(DigestDelivery.class);

    private final ChatPlatforms platforms;
    private final Facilitators facilitators;
    private final CopMetrics metrics;
    private final CommunityLanguages languages;

    DigestDelivery(ChatPlatforms platforms, Facilitators facilitators, CopMetrics metrics,
                   CommunityLanguages languages) {
        this.languages = languages;
        this.platforms = platforms;
        this.facilitators = facilitators;
        this.metrics = metrics;
    }

    /** @return how many facilitators got it; throws when there were some and none could be reached */
    int deliver(Community community, Digest digest) {
        List<MemberRef> recipients = recipients(community);
        Message message = DigestMessage.of(digest, languages.of(community.id()));
        ChatPlatform platform = platforms.of(community.channel());
        Attachment chart = chart(digest, languages.of(community.id()));
        int sent = 0;
        PlatformException last = null;
        for (MemberRef recipient : recipients) {
            try {
                if (chart == null) {
                    platform.openPrivateConversation(community.channel(), List.of(recipient), message);
                } else {
                    platform.openPrivateConversation(community.channel(), List.of(recipient), message, chart);
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

    /**
     * Sends the digest with its chart attached as one private message (nothing when it has no chart);
     * @return the problem when it could not be sent
     */
    Optional<String> sendWithChart(Community community, List<MemberRef> to, Digest digest) {
        Attachment chart = chart(digest, languages.of(community.id()));
        if (chart == null) {
            return Optional.empty();
        }
        try {
            platforms.of(community.channel()).openPrivateConversation(community.channel(), to, DigestMessage.of(digest, languages.of(community.id())),
                    chart);
            return Optional.empty();
        } catch (PlatformException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Attachment chart(Digest digest, Language l) {
        return digest.chart().isEmpty() ? null
                : new Attachment(fileName(digest), DigestChart.png(digest.chart(), l), DigestMessage.altText(digest, l));
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
