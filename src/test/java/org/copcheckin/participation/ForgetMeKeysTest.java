package org.copcheckin.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.member;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.ForgetMe;
import org.copcheckin.community.Language;
import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelMember;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.privacy.Pseudonyms;
import org.copcheckin.reminders.QuietHours;
import org.copcheckin.reminders.ReminderSetting;
import org.copcheckin.reminders.ReminderSettings;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.DatabaseScan;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 2026-12-03 privacy review: {@code forget-me} left a feeling button's receipt (keyed by the member's own message
 * id for the check-in) and reminders' claims behind. A member presses a feeling, replies privately, takes part and is
 * reminded; after forget-me no table holds any keyed hash of that member, and none of their ids.
 */
@CoreSpringTest
class ForgetMeKeysTest {

    @Autowired
    Communities communities;
    @Autowired
    CheckIns checkIns;
    @Autowired
    PrivateReplies privateReplies;
    @Autowired
    ReminderSettings reminderSettings;
    @Autowired
    org.copcheckin.reminders.Reminders reminders;
    @Autowired
    ForgetMe forgetMe;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void afterForgetMeNoTableHoldsAnyKeyedHashOfTheMember() {
        clock.set(Instant.parse("2027-02-09T14:00:00Z"));
        String user = "U-OLU-5521";
        MemberRef olu = member(user);
        Community community = communities.findOrCreate(channel("C-FORGETKEYS-" + System.nanoTime()));
        platform.setMembers(community.channel(), List.of(new ChannelMember(olu, "Olu", false)));
        reminderSettings.turnOn(community.id(), new ReminderSetting(Duration.ofHours(1), QuietHours.DEFAULT));
        try {
            CheckIn word = checkIns.post(community, PromptKind.WORD, null, OptionalLong.empty());
            Message.Button hopeful = platform.sent("post").stream()
                    .filter(sent -> sent.target().startsWith(community.channel().channelId() + "/"))
                    .flatMap(sent -> sent.message().buttons().stream())
                    .filter(button -> button.actionId().equals(FeelingButtons.ACTION)).findFirst().orElseThrow();
            events.publishEvent(new ButtonPressed(community.channel(), olu, hopeful.actionId(), hopeful.value()));
            PrivateReplies.Form form = privateReplies.formFor(word.thread(), olu).orElseThrow();
            assertThat(privateReplies.submit(form.token(), olu, "The landlord wants the flat back", Set.of()).outcome())
                    .isEqualTo(PrivateReplies.Outcome.RECORDED);
            CheckIn challenge = checkIns.post(community, PromptKind.CHALLENGE, null, OptionalLong.empty());
            clock.advance(Duration.ofHours(2));
            reminders.sweep(clock.instant());

            List<String> keys = keysOf(olu, community, List.of(word, challenge));
            assertThat(keyedRows(keys)).as("each way of taking part left a keyed row")
                    .anyMatch(found -> found.startsWith("REPLY_RECEIPT: ") && found.endsWith(keys.get(0)))
                    .anyMatch(found -> found.startsWith("REPLY_RECEIPT: ") && found.endsWith(keys.get(1)))
                    .anyMatch(found -> found.startsWith("CHECKIN_PARTICIPATION: "))
                    .anyMatch(found -> found.startsWith("REMINDER_SENT: "));

            List<MemberErasure.Erased> erased = forgetMe.forget(olu);

            assertThat(erased).extracting(e -> e.kind().in(Language.EN)).contains("feeling buttons' receipts",
                    "private replies' receipts", "reminders sent to you");
            assertThat(keyedRows(keys)).isEmpty();
            assertThat(DatabaseScan.find(jdbc, List.of(user))).isEmpty();
        } finally {
            reminderSettings.turnOff(community.id());
        }
    }

    /**
     * "table: key" for each key held anywhere. {@link DatabaseScan#find} leaves hashes out on purpose (a name spelt in
     * hex letters turns up in them by chance); here the hashes are what is looked for.
     */
    private List<String> keyedRows(List<String> keys) {
        List<String> found = new ArrayList<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE UPPER(table_schema) = "
                + "'PUBLIC' AND table_type = 'BASE TABLE'").query(String.class).list()) {
            for (java.util.Map<String, Object> row : jdbc.sql("SELECT * FROM \"" + table + "\"").query().listOfRows()) {
                for (Object value : row.values()) {
                    for (String key : keys) {
                        if (String.valueOf(value).contains(key)) {
                            found.add(table + ": " + key);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Every keyed hash the features derive from this member: receipts, participation, claims. */
    private List<String> keysOf(MemberRef member, Community community, List<CheckIn> posted) {
        List<String> keys = new ArrayList<>();
        String platformName = member.platform().name();
        CheckIn word = posted.get(0);
        keys.add(pseudonyms.of("reply-delivery-in-channel", platformName, community.channel().channelId(),
                ReplyIntake.ownAnswerId(word.id(), member)));
        keys.add("p" + pseudonyms.of("private-reply", Long.toString(word.id()), platformName, member.userId())
                .substring(1));
        for (CheckIn checkIn : posted) {
            keys.add(pseudonyms.of("checkin-participation", Long.toString(checkIn.id()), platformName, member.userId()));
            keys.add(pseudonyms.of("reminder-sent", Long.toString(checkIn.id()), platformName, member.userId()));
        }
        keys.add(pseudonyms.of("member-zone", platformName, member.userId()));
        return keys;
    }
}
