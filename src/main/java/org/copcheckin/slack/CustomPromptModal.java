package org.copcheckin.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.List;
import java.util.Map;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import org.copcheckin.checkins.PromptTexts;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /cop prompt custom} with no text opens a modal where a facilitator writes a longer prompt (several
 * lines are fine). Submitting it runs {@code prompt custom <text>} in the channel the command came from, through
 * the same command handler, so the same authorisation and the same answers apply. A blank or over-long prompt
 * is refused inside the modal, which stays open with the facilitator's text. Members who are not facilitators
 * never see the modal: they get the usual private answer.
 */
@SlackComponent
class CustomPromptModal implements SlackListeners {

    static final String CALLBACK_ID = "cop_prompt_custom";
    static final String BLOCK_ID = "prompt";
    static final String ACTION_ID = "text";

    private static final Logger log = LoggerFactory.getLogger(CustomPromptModal.class);

    private final CommandHandler commands;
    private final Communities communities;
    private final CommunityLanguages languages;
    private final SlackApi api;
    private final SlackUsers users;
    private final SlackChatPlatform platform;
    private final SlackWork work;

    CustomPromptModal(CommandHandler commands, SlackApi api, SlackUsers users, SlackChatPlatform platform,
                      SlackWork work, Communities communities, CommunityLanguages languages) {
        this.commands = commands;
        this.communities = communities;
        this.languages = languages;
        this.api = api;
        this.users = users;
        this.platform = platform;
        this.work = work;
    }

    /**
     * Opens the modal, as the command's reply asked. False when Slack would not open it (an expired trigger): the
     * caller then gets the reply's answer instead.
     */
    boolean open(ChannelRef channel, String triggerId) {
        if (triggerId == null || triggerId.isBlank()) {
            return false;
        }
        try {
            api.call(channel.workspaceId(), "views.open", client -> client.viewsOpen(r -> r.triggerId(triggerId)
                    .view(modal(channel, languageOf(channel)))));
            return true;
        } catch (PlatformException e) {
            log.info("The custom prompt form could not be opened: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void registerOn(App app) {
        app.viewSubmission(CALLBACK_ID, (request, context) -> {
            ViewSubmissionPayload payload = request.getPayload();
            String text = ModalInputs.typed(payload, BLOCK_ID, ACTION_ID).orElse("").strip();
            // the channel and its workspace as the command had them (on Enterprise Grid or a shared channel the
            // submitting user's team can differ from the channel's)
            String[] origin = String.valueOf(payload.getView().getPrivateMetadata()).split("\\|", -1);
            Language l = origin.length == 2 ? languageOf(new ChannelRef(PlatformKind.SLACK, origin[0], origin[1]))
                    : Language.EN;
            if (text.isEmpty()) {
                return context.ackWithErrors(Map.of(BLOCK_ID, l.text("modal.prompt.blank")));
            }
            if (escaped(text).length() > PromptTexts.MAX_CUSTOM_LENGTH) { // as long as the slash command would see it
                return context.ackWithErrors(Map.of(BLOCK_ID, l.text("prompt.custom.long",
                        PromptTexts.MAX_CUSTOM_LENGTH)));
            }
            String user = payload.getUser() == null ? null : payload.getUser().getId();
            if (origin.length != 2 || origin[0].isBlank() || origin[1].isBlank() || user == null) {
                return context.ackWithErrors(Map.of(BLOCK_ID, l.text("modal.prompt.lost")));
            }
            // posting is work for after the ack, like every command; the modal closes at once
            String team = origin[0];
            String channel = origin[1];
            work.submit("custom prompt", () -> post(team, channel, user, escaped(text)));
            return context.ack();
        });
    }

    private void post(String team, String channelId, String userId, String text) {
        ChannelRef channel = new ChannelRef(PlatformKind.SLACK, team, channelId);
        MemberRef caller = new MemberRef(PlatformKind.SLACK, team, userId);
        Message answer;
        try {
            boolean admin = users.isAdmin(team, userId);
            answer = commands.handle(new CommandInvoked(channel, caller, new CommandInvoked.Input.Typed(
                    List.of("prompt"), Map.of("kind", "custom", "text", text)), admin)).message();
        } catch (RuntimeException e) {
            log.warn("A custom prompt from the Slack form failed: {}", e.getClass().getSimpleName());
            answer = SlashCommands.FAILED;
        }
        platform.answerPrivately(channel, caller, answer);
    }

    /**
     * A text box's value arrives as typed, unlike a slash command's text, which Slack sends with {@code &}, {@code <}
     * and {@code >} escaped. Escaped the same way, {@code <!channel>} or {@code <https://x|label>} stay text instead
     * of pinging everyone or hiding a link.
     */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private Language languageOf(ChannelRef channel) {
        return communities.find(channel).map(community -> languages.of(community.id())).orElse(Language.EN);
    }

    static View modal(ChannelRef channel) {
        return modal(channel, Language.EN);
    }

    static View modal(ChannelRef channel, Language l) {
        return view(v -> v.type("modal").callbackId(CALLBACK_ID)
                .privateMetadata(channel.workspaceId() + "|" + channel.channelId())
                .title(viewTitle(t -> t.type("plain_text").text(l.text("modal.prompt.title"))))
                .submit(viewSubmit(s -> s.type("plain_text").text(l.text("modal.prompt.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(l.text("modal.cancel"))))
                .blocks(asBlocks(
                        input(i -> i.blockId(BLOCK_ID).label(plainText(l.text("modal.prompt.label")))
                                .element(plainTextInput(p -> p.actionId(ACTION_ID).multiline(true)
                                        .maxLength(PromptTexts.MAX_CUSTOM_LENGTH)
                                        .placeholder(plainText(l.text("modal.prompt.placeholder")))))),
                        context(c -> c.elements(List.of(markdownText(l.text("modal.prompt.hint"))))))));
    }
}
