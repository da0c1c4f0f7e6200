package org.copcheckin.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.community.Language;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformException;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A prompt's <em>Reply privately</em> button: the press ({@code block_actions}) opens a modal through
 * {@code views.open} with its {@code trigger_id}; the modal's {@code private_metadata} is the signed token of the
 * check-in and the member. The {@code view_submission} is recorded before it is acknowledged, and the modal then
 * shows the member what was counted; a blank answer or a refused token keeps it open with the reason and the text.
 * The answer is never posted; the themes of private replies, when the community wants them, are noted in the thread
 * together a day later (the insights module's {@code PrivateThemeNotes}), never per submission.
 */
@SlackComponent
class PrivateReplyModal implements SlackListeners {

    static final String CALLBACK_ID = "cop_reply_private";
    static final String BLOCK_ID = "reply";
    static final String ACTION_ID = "text";
    private static final int QUESTION_MAX = 2900;

    private static final Logger log = LoggerFactory.getLogger(PrivateReplyModal.class);

    private final PrivateReplies replies;
    private final SlackApi api;
    private final SlackUsers users;
    private final SlackChatPlatform platform;
    private final SlackWork work;

    PrivateReplyModal(PrivateReplies replies, SlackApi api, SlackUsers users, SlackChatPlatform platform,
                      SlackWork work) {
        this.replies = replies;
        this.api = api;
        this.users = users;
        this.platform = platform;
        this.work = work;
    }

    @Override
    public void registerOn(App app) {
        app.blockAction(PrivateReplies.ACTION, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            Optional<ThreadRef> prompt = prompt(payload);
            String triggerId = payload.getTriggerId();
            if (prompt.isPresent() && payload.getUser() != null) {
                MemberRef member = prompt.get().channel().member(payload.getUser().getId());
                work.submit("reply privately", () -> open(prompt.get(), member, triggerId));
            }
            return context.ack();
        });
        app.viewSubmission(CALLBACK_ID, (request, context) -> {
            ViewSubmissionPayload payload = request.getPayload();
            if (payload.getUser() == null || payload.getTeam() == null || payload.getView() == null) {
                Language unknown = payload.getView() == null ? Language.EN
                        : replies.languageOf(Metadata.parse(payload.getView().getPrivateMetadata()).channel());
                return context.ackWithErrors(Map.of(BLOCK_ID, unknown.text("modal.slack.no.user")));
            }
            String team = payload.getTeam().getId();
            MemberRef member = new MemberRef(PlatformKind.SLACK, team, payload.getUser().getId());
            // recorded and committed before the ack, like a thread reply; the text goes no further than the intake
            Metadata metadata = Metadata.parse(payload.getView().getPrivateMetadata());
            PrivateReplies.Submitted submitted = replies.submit(metadata.token(), member, metadata.channel(),
                    ModalInputs.typed(payload, BLOCK_ID, ACTION_ID).orElse(""), users.knownNames(team));
            if (submitted.outcome() == PrivateReplies.Outcome.BLANK
                    || submitted.outcome() == PrivateReplies.Outcome.REFUSED) {
                return context.ackWithErrors(Map.of(BLOCK_ID, submitted.answer().plainText().replace("*", "")));
            }
            // the check-in's community's language, which the token vouches for, not the metadata's channel's
            return context.ack(r -> r.responseAction("update").view(confirmation(submitted.answer(),
                    submitted.language())));
        });
    }

    /** The prompt the button is on: the message's ts roots the check-in's thread. */
    private static Optional<ThreadRef> prompt(BlockActionPayload payload) {
        if (payload.getTeam() == null || payload.getChannel() == null) {
            return Optional.empty();
        }
        String ts = payload.getContainer() != null && payload.getContainer().getMessageTs() != null
                ? payload.getContainer().getMessageTs()
                : payload.getMessage() == null ? null : payload.getMessage().getTs();
        if (ts == null || ts.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadRef(new ChannelRef(PlatformKind.SLACK, payload.getTeam().getId(),
                payload.getChannel().getId()), ts));
    }

    private void open(ThreadRef prompt, MemberRef member, String triggerId) {
        Optional<PrivateReplies.Form> form = replies.formFor(prompt, member);
        if (form.isEmpty()) {
            platform.answerPrivately(prompt.channel(), member, replies.notACheckIn(prompt.channel()));
            return;
        }
        try {
            api.call(prompt.channel().workspaceId(), "views.open", client -> client.viewsOpen(r -> r
                    .triggerId(triggerId).view(modal(form.get(), prompt.channel()))));
        } catch (PlatformException e) {
            log.info("The private reply form could not be opened: {}", e.getMessage());
            platform.answerPrivately(prompt.channel(), member, Message.text(form.get().language()
                    .text("modal.slack.not.opened")));
        }
    }

    /**
     * The modal's {@code private_metadata}: the channel the form was opened from, then the token. Only the token is
     * trusted; the channel, which Slack's {@code view_submission} does not give, picks the language of a refusal.
     */
    record Metadata(Optional<ChannelRef> channel, String token) {
        static Metadata parse(String metadata) {
            String[] parts = String.valueOf(metadata).split("\\|", 3);
            if (parts.length == 3 && !parts[0].isBlank() && !parts[1].isBlank()) {
                return new Metadata(Optional.of(new ChannelRef(PlatformKind.SLACK, parts[0], parts[1])), parts[2]);
            }
            return new Metadata(Optional.empty(), String.valueOf(metadata));
        }

        static String of(ChannelRef channel, String token) {
            return channel.workspaceId() + "|" + channel.channelId() + "|" + token;
        }
    }

    static View modal(PrivateReplies.Form form, ChannelRef channel) {
        Language l = form.language();
        String question = form.question().length() > QUESTION_MAX ? form.question().substring(0, QUESTION_MAX) + "…"
                : form.question();
        return view(v -> v.type("modal").callbackId(CALLBACK_ID).privateMetadata(Metadata.of(channel, form.token()))
                .title(viewTitle(t -> t.type("plain_text").text(form.title())))
                .submit(viewSubmit(s -> s.type("plain_text").text(l.text("modal.private.submit"))))
                .close(viewClose(c -> c.type("plain_text").text(l.text("modal.cancel"))))
                .blocks(asBlocks(
                        // a custom prompt's text is kept as Slack sent it, already escaped
                        section(s -> s.text(markdownText(question))),
                        input(i -> i.blockId(BLOCK_ID).label(plainText(l.text("modal.private.label")))
                                .element(plainTextInput(p -> p.actionId(ACTION_ID).multiline(true)
                                        .maxLength(PrivateReplies.MAX_LENGTH)))),
                        context(c -> c.elements(List.of(markdownText(form.hint())))))));
    }

    private static View confirmation(Message answer, Language l) {
        return view(v -> v.type("modal").callbackId(CALLBACK_ID + "_done")
                .title(viewTitle(t -> t.type("plain_text").text(l.text("private.title"))))
                .close(viewClose(c -> c.type("plain_text").text(l.text("modal.close"))))
                .blocks(BlockKit.blocks(answer)));
    }
}
