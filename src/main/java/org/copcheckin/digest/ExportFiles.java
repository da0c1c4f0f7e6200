package org.copcheckin.digest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copcheckin.community.Community;
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

    ExportFiles(TrendExport export, ChatPlatforms platforms) {
        this.export = export;
        this.platforms = platforms;
    }

    public Message toCaller(Community community, MemberRef caller, LocalDate since) {
        Optional<String> refused = export.refusal(community, since);
        if (refused.isPresent()) {
            return Message.text(refused.get());
        }
        TrendQuery period = export.period(community, since);
        String csv = export.csv(community, since);
        String name = fileName(period);
        long rows = csv.lines().count() - 1;
        String what = name + ": " + rows + (rows == 1 ? " row" : " rows") + " over " + period.weekCount()
                + (period.weekCount() == 1 ? " week" : " weeks");
        try {
            ChatPlatform platform = platforms.of(community.channel());
            ChannelRef dm = platform.openPrivateConversation(community.channel(), List.of(caller),
                    Message.of("Export since " + period.firstWeek(), "The export you asked for, as a CSV file.",
                            export.note(community, since)));
            platform.uploadFile(dm, name, csv.getBytes(StandardCharsets.UTF_8), "Published weekly counts, "
                    + period.firstWeek() + " to " + period.lastWeek().plusDays(6) + ", figures of at least "
                    + export.k(community) + " people (k)");
            log.info("Sent an export of community {} as a file", community.id());
            return Message.of("Export since " + period.firstWeek(), "Sent you the export as a file in a direct "
                    + "message: " + what + ".", export.note(community, since));
        } catch (PlatformException e) {
            log.warn("Could not send an export of community {} as a file: {}", community.id(), e.getMessage());
            Message inline = export.asMessage(community, since);
            List<String> paragraphs = new ArrayList<>(inline.paragraphs());
            paragraphs.add("_The file could not be sent (" + e.getMessage() + "), so here it is as text._");
            return new Message(inline.title(), paragraphs, inline.buttons());
        }
    }

    static String fileName(TrendQuery period) {
        return "cop-export-" + period.firstWeek() + "-to-" + period.lastWeek().plusDays(6) + ".csv";
    }
}
