package org.copcheckin.playground;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.checkins.ReplyOutcome;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.commands.Reply;
import org.copcheckin.participation.Reactions;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.PromptReacted;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The playground's inbound side: what a persona does on the page becomes the same neutral record a Slack or
 * Discord event would, handed to the core. Logs carry ids only, never what anyone typed.
 */
@Component
@ConditionalOnPlayground
class PlaygroundActions {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundActions.class);
    private static final Pattern MENTION = Pattern.compile("(?:<@|@)([A-Za-z]+)>?");

    private final CommandHandler commands;
    private final ReplyIntake intake;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PrivateReplies privateReplies;
    private final Reactions reactions;

    /** The emoji the page offers under each post, by their Slack names. */
    static final List<String> EMOJI = List.of("thumbsup", "heart", "tada");

    PlaygroundActions(CommandHandler commands, ReplyIntake intake, Timeline timeline, ApplicationEventPublisher events,
                      Clock clock, PrivateReplies privateReplies, Reactions reactions) {
        this.privateReplies = privateReplies;
        this.reactions = reactions;
        this.commands = commands;
        this.intake = intake;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs {@code /cop <text>} as the persona; the answer goes to their private panel, like an ephemeral. A
     * facilitator's bare {@code /cop prompt custom} answers nothing and asks the page to open its prompt form,
     * as Slack opens a modal.
     *
     * A question to confirm ({@code forget-me}) is answered with its confirm and cancel buttons.
     *
     * @return {@code answered}, or {@code form} when the page should ask for the prompt's text
     */
    String command(Persona persona, String text) {
        String body = withoutSlashCommand(text);
        CommandInvoked invoked = new CommandInvoked(persona.channel(), persona.ref(), input(body), persona.facilitator());
        Message answer;
        try {
            Reply reply = commands.handle(invoked);
            if (reply instanceof Reply.OpenForm) {
                return "form";
            }
            // a question to confirm shows its two buttons; the page asks once more before sending the confirm
            answer = reply instanceof Reply.Confirm confirm ? confirm.withButtons() : reply.message();
        } catch (RuntimeException e) {
            log.warn("A playground command by {} failed", persona.id(), e);
            answer = Message.text(Personas.channelOf(persona).language().text("playground.failed"));
        }
        timeline.ephemeral(persona.channelId(), persona.id(), "/cop " + body, answer);
        return "answered";
    }

    /**
     * Shows the reply in its thread (the platform's part), then hands it to the core, as a platform event would.
     *
     * @return empty when the thread is not in the timeline
     */
    Optional<ReplyOutcome> reply(Persona persona, String threadId, String text) {
        Optional<Item.Post> post = timeline.findPost(threadId);
        if (post.isEmpty()) {
            return Optional.empty();
        }
        String messageId = timeline.newId("m");
        if (!timeline.reply(threadId, persona.id(), messageId, Message.text(text))) {
            return Optional.empty();
        }
        ThreadRef thread = new ThreadRef(channel(post.get().channelId()), threadId);
        ReplyOutcome outcome = intake.receive(new ThreadReplyReceived(thread, persona.ref(), messageId, text,
                clock.instant(), Personas.names()));
        log.debug("Playground reply {} in thread {}: {}", messageId, threadId, outcome);
        return Optional.of(outcome);
    }

    /**
     * A private reply from the form under the prompt, as a Slack or Discord modal's submission: the form's token is
     * issued and checked as theirs are, the answer goes through the same intake and is never shown in the thread;
     * the persona's private panel gets the confirmation of what was counted, and the thread the themes alone when
     * the community wants them (once k members replied privately).
     *
     * @return the outcome, empty when the thread is not in the timeline
     */
    Optional<PrivateReplies.Outcome> privateReply(Persona persona, String threadId, String text) {
        Optional<Item.Post> post = timeline.findPost(threadId);
        if (post.isEmpty()) {
            return Optional.empty();
        }
        ThreadRef thread = new ThreadRef(channel(post.get().channelId()), threadId);
        Optional<PrivateReplies.Form> form = privateReplies.formFor(thread, persona.ref());
        if (form.isEmpty()) {
            timeline.ephemeral(post.get().channelId(), persona.id(), null, PrivateReplies.notACheckIn());
            return Optional.of(PrivateReplies.Outcome.REFUSED);
        }
        PrivateReplies.Submitted submitted = privateReplies.submit(form.get().token(), persona.ref(), text,
                Personas.names());
        timeline.ephemeral(post.get().channelId(), persona.id(), null, submitted.answer());
        log.debug("Playground private reply to thread {}: {}", threadId, submitted.outcome());
        return Optional.of(submitted.outcome());
    }

    /**
     * Adds the persona's reaction to a post, or removes it when they had it (the platform's part), then hands the
     * change to the core, as a Slack {@code reaction_added} or {@code reaction_removed} event would.
     *
     * @return empty when the post is not in the timeline or the emoji is not one the page offers
     */
    Optional<Reactions.Outcome> react(Persona persona, String threadId, String emoji) {
        if (!EMOJI.contains(emoji)) {
            return Optional.empty();
        }
        Optional<Item.Post> post = timeline.findPost(threadId);
        Optional<Boolean> added = timeline.toggleReaction(threadId, persona.id(), emoji);
        if (post.isEmpty() || added.isEmpty()) {
            return Optional.empty();
        }
        Reactions.Outcome outcome = reactions.receive(new PromptReacted(
                new ThreadRef(channel(post.get().channelId()), threadId), persona.ref(), emoji, added.get()));
        log.debug("Playground reaction in thread {}: {}", threadId, outcome);
        return Optional.of(outcome);
    }

    /**
     * Publishes the press as a {@link ButtonPressed} application event, for whichever feature owns the button.
     *
     * @return false when the persona cannot see that channel
     */
    boolean button(Persona persona, String channelId, String actionId, String value) {
        String where = channelId == null || channelId.isBlank() ? persona.channelId() : channelId;
        boolean visible = where.equals(persona.channelId()) || timeline.findConversation(where)
                .filter(c -> c.memberIds().contains(persona.id())).isPresent();
        if (!visible) {
            return false;
        }
        events.publishEvent(new ButtonPressed(channel(where), persona.ref(), actionId, value));
        return true;
    }

    /** {@code /cop help}, {@code cop help} and {@code help} all mean {@code help}. */
    static String withoutSlashCommand(String text) {
        String body = text.strip();
        for (String prefix : List.of("/cop", "cop")) {
            if (body.regionMatches(true, 0, prefix, 0, prefix.length())
                    && (body.length() == prefix.length() || Character.isWhitespace(body.charAt(prefix.length())))) {
                return body.substring(prefix.length()).strip();
            }
        }
        return body;
    }

    /** A persona mentions another as {@code @ana}; the core gets the member and no name. */
    static CommandInvoked.Input.Text input(String body) {
        List<MemberRef> mentions = new ArrayList<>();
        Matcher mention = MENTION.matcher(body);
        StringBuilder neutral = new StringBuilder();
        while (mention.find()) {
            String id = Personas.find(mention.group(1).toLowerCase(Locale.ROOT)).map(Persona::id).orElse(null);
            if (id == null) {
                continue;
            }
            mention.appendReplacement(neutral, Matcher.quoteReplacement(CommandInvoked.Input.mention(mentions.size())));
            mentions.add(new MemberRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, id));
        }
        mention.appendTail(neutral);
        return new CommandInvoked.Input.Text(neutral.toString(), mentions);
    }

    private static ChannelRef channel(String channelId) {
        return new ChannelRef(PlatformKind.PLAYGROUND, Personas.WORKSPACE, channelId);
    }
}
