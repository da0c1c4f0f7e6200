package org.copcheckin.commands;

import java.time.Duration;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.community.Members;
import org.copcheckin.insights.CommunityVocabulary;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers {@code /cop}: parses, authorises and dispatches. The returned message is the caller's private
 * answer; commands that post to the channel by nature (prompt, pair) do so through the platform port.
 */
@Service
public class CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandHandler.class);

    private final Communities communities;
    private final Facilitators facilitators;
    private final FacilitatorCommands facilitatorCommands;
    private final MemberCommands memberCommands;
    private final PairingCommands pairingCommands;
    private final DigestCommands digestCommands;
    private final CareCommands careCommands;
    private final CommunityVocabulary vocabulary;
    private final Members members;
    private final CopMetrics metrics;

    CommandHandler(Communities communities, Facilitators facilitators, FacilitatorCommands facilitatorCommands,
                   MemberCommands memberCommands, PairingCommands pairingCommands, DigestCommands digestCommands,
                   CareCommands careCommands, CommunityVocabulary vocabulary, Members members, CopMetrics metrics) {
        this.vocabulary = vocabulary;
        this.members = members;
        this.communities = communities;
        this.facilitators = facilitators;
        this.facilitatorCommands = facilitatorCommands;
        this.memberCommands = memberCommands;
        this.pairingCommands = pairingCommands;
        this.digestCommands = digestCommands;
        this.careCommands = careCommands;
        this.metrics = metrics;
    }

    public Message handle(CommandInvoked invoked) {
        long started = System.nanoTime();
        ParseResult parsed = CommandParser.parse(invoked.text());
        try {
            return handle(invoked, parsed);
        } finally {
            String name = parsed instanceof ParseResult.Parsed ok ? ok.command().getClass().getSimpleName() : "malformed";
            metrics.commandHandled(name, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /**
     * Whether to ask for a custom prompt's text in a form (a Slack modal, the playground's dialog) instead of
     * answering: the command is {@code prompt custom} with no text, and the caller may post prompts here. Anyone
     * else gets the usual answer from {@link #handle}. Submitting the form runs {@code prompt custom <text>}.
     */
    public boolean opensCustomPromptForm(CommandInvoked invoked) {
        return CommandParser.isBareCustomPrompt(invoked.text()) && facilitators.isFacilitator(
                communities.findOrCreate(invoked.channel()), invoked.caller(), invoked.platformAdmin());
    }

    private Message handle(CommandInvoked invoked, ParseResult parsed) {
        Community community = communities.findOrCreate(invoked.channel());
        boolean facilitator = facilitators.isFacilitator(community, invoked.caller(), invoked.platformAdmin());
        if (parsed instanceof ParseResult.Malformed malformed) {
            log.info("Malformed /cop {} in community {}", malformed.subcommand(), community.id());
            return Message.of("", malformed.problem(), "Usage: " + Usage.of(malformed.subcommand()));
        }
        Command command = ((ParseResult.Parsed) parsed).command();
        String name = command.getClass().getSimpleName();
        if (command.facilitatorOnly() && !facilitator) {
            log.info("Refused /cop {} to a non-facilitator in community {}", name, community.id());
            return Message.of("", "Sorry, only this channel's facilitators can do that. If you think you should be "
                            + "one, ask a facilitator to run `/cop facilitator add` for you.",
                    "`/cop help` shows what you can do.");
        }
        log.info("Running /cop {} in community {}", name, community.id());
        // using a command is activity: the caller's member and facilitator rows outlive platform-id retention
        members.seen(community, invoked.caller().userId());
        facilitators.seen(community, invoked.caller().userId());
        return dispatch(command, new Context(community, invoked, facilitator));
    }

    // Java 17: no pattern matching for switch yet, so an instanceof chain over the sealed Command
    private Message dispatch(Command command, Context context) {
        if (command instanceof Command.Help) {
            return Help.message(context.callerIsFacilitator());
        } else if (command instanceof Command.Prompt prompt) {
            return facilitatorCommands.prompt(context, prompt);
        } else if (command instanceof Command.ScheduleAdd add) {
            return facilitatorCommands.scheduleAdd(context, add);
        } else if (command instanceof Command.ScheduleList) {
            return facilitatorCommands.scheduleList(context);
        } else if (command instanceof Command.ScheduleRemove remove) {
            return facilitatorCommands.scheduleRemove(context, remove);
        } else if (command instanceof Command.Status) {
            return pairingCommands.withPairingStatus(context, facilitatorCommands.status(context));
        } else if (command instanceof Command.FacilitatorAdd add) {
            return facilitatorCommands.facilitatorAdd(context, add);
        } else if (command instanceof Command.FacilitatorRemove remove) {
            return facilitatorCommands.facilitatorRemove(context, remove);
        } else if (command instanceof Command.Pair pair) {
            return pairingCommands.pair(context, pair);
        } else if (command instanceof Command.PairPreview) {
            return pairingCommands.preview(context);
        } else if (command instanceof Command.PairMode mode) {
            return pairingCommands.mode(context, mode);
        } else if (command instanceof Command.Digest digest) {
            return digestCommands.digest(context, digest);
        } else if (command instanceof Command.Export export) {
            return digestCommands.export(context, export);
        } else if (command instanceof Command.OptOut) {
            return memberCommands.optOut(context);
        } else if (command instanceof Command.OptIn) {
            return memberCommands.optIn(context);
        } else if (command instanceof Command.Pause pause) {
            return memberCommands.pause(context, pause);
        } else if (command instanceof Command.ProfileOrg org) {
            return memberCommands.profileOrg(context, org);
        } else if (command instanceof Command.ForgetMe) {
            return memberCommands.forgetMe(context);
        } else if (command instanceof Command.VocabularyAdd add) {
            return vocabulary.add(context.community(), add.entry());
        } else if (command instanceof Command.VocabularyRemove remove) {
            return vocabulary.remove(context.community(), remove.entry());
        } else if (command instanceof Command.VocabularyList) {
            return vocabulary.listMessage(context.community());
        } else if (command instanceof Command.Nudges nudges) {
            return careCommands.nudges(context, nudges);
        } else if (command instanceof Command.SettingsNudges nudges) {
            return careCommands.settingsNudges(context, nudges);
        } else if (command instanceof Command.SettingsSafeguarding safeguarding) {
            return careCommands.settingsSafeguarding(context, safeguarding);
        }
        throw new IllegalStateException("Unhandled command " + command.getClass().getSimpleName());
    }

    /** What a command runs with. */
    record Context(Community community, CommandInvoked invoked, boolean callerIsFacilitator) {
    }
}
