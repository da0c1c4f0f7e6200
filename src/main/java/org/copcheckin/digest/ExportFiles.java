package org.copcheckin.digest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.insights.TrendExport;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@code export} as a file: the CSV ({@link TrendExport}, published cells only) is uploaded to the caller's direct
 * message with the bot, a file a facilitator can open in a spreadsheet or forward to a funder. When the platform
 * will not take it, the answer carries the CSV as text instead, with the reason.
 */
@Service
public class ExportFiles {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

    private final TrendExport export;
    private final ChatPlatforms platforms;
    private final CommunityLanguages languages;

    ExportFiles(TrendExport export, ChatPlatforms platforms, CommunityLanguages languages) {
        this.export = export;
        this.platforms = platforms;
        this.languages = languages;
    }

    public Message toCaller(Community community, MemberRef caller, LocalDate since) {
        Language l = languages.of(community.id());
        Optional<String> refused = export.refusal(community, since, l);
        if (refused.isPresent()) {
            return Message.text(refused.get());
        }
        TrendQuery period = export.period(community, since);
        String csv = export.csv(community, since);
        String name = fileName(period);
        long rows = csv.lines().count() - 1;
        String what = name + ": " + l.plural("export.rows", rows) + " " + l.plural("export.weeks", period.weekCount());
        String title = l.text("export.title", period.firstWeek());
        try {
            ChatPlatform platform = platforms.of(community.channel());
            ChannelRef dm = platform.openPrivateConversation(community.channel(), List.of(caller),
                    Message.of(title, l.text("export.file.body"), export.note(community, since, l)));
            platform.uploadFile(dm, name, csv.getBytes(StandardCharsets.UTF_8), l.text("export.file.comment",
                    period.firstWeek(), period.lastWeek().plusDays(6), export.k(community)));
            log.info("Sent an export of community {} as a file", community.id());
            return Message.of(title, l.text("export.sent", what), export.note(community, since, l));
        } catch (PlatformException e) {
            log.warn("Could not send an export of community {} as a file: {}", community.id(), e.getMessage());
            Message inline = export.asMessage(community, since, l);
            List<String> paragraphs = new ArrayList<>(inline.paragraphs());
            paragraphs.add(l.text("export.as.text", e.getMessage()));
            return new Message(inline.title(), paragraphs, inline.buttons());
        }
    }

    static String fileName(TrendQuery period) {
        return "cop-export-" + period.firstWeek() + "-to-" + period.lastWeek().plusDays(6) + ".csv";
    }
}
