package org.copcheckin.commands;

import java.time.Duration;
import java.util.List;

import org.copcheckin.community.Communities;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.community.Community;
import org.copcheckin.community.Facilitators;
import org.copcheckin.community.Members;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Answers {@code /cop}: finds the catalogue row (from text, or from a platform's typed options as they came),
 * checks its options, gates it and runs its handler. The reply is the caller's private answer, or a form to
 * open; commands that post to the channel by nature (prompt, pair) do so through the platform port.
 */
@Service
public class CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandHandler.class);

    private final Catalogue catalogue;
    private final Communities communities;
    private final Facilitators facilitators;
    private final Members members;
    private final CopMetrics metrics;
    private final CommunityLanguages languages;

    CommandHandler(Catalogue catalogue, Communities communities, Facilitators facilitators, Members members,
                   CopMetrics metrics, CommunityLanguages languages) {
        this.languages = languages;
        this.catalogue = catalogue;
        this.communities = communities;
        this.facilitators = facilitators;
        this.members = members;
        this.metrics = metrics;
    }

    public Reply handle(CommandInvoked invoked) {
        long started = System.nanoTime();
        String name = "malformed";
        Community community = communities.findOrCreate(invoked.channel());
        Language language = languages.of(community.id());
        try {
            TextParser.Parsed parsed = parse(invoked.input(), language);
            if (parsed instanceof TextParser.Parsed.Unknown unknown) {
                log.info("Unknown /cop subcommand in community {}", community.id());
                return new Reply.Answer(Help.unknown(catalogue, unknown.word(), language));
            }
            if (parsed instanceof TextParser.Parsed.Malformed malformed) {
                log.info("Malformed /cop {} in community {}", malformed.usage().get(0).path().get(0), community.id());
                return new Reply.Answer(Usage.malformed(malformed.problem(), malformed.usage(), language));
            }
            TextParser.Parsed.Found found = (TextParser.Parsed.Found) parsed;
            Subcommand row = found.subcommand();
            Binding.Result bound = Binding.bind(row, found.raw(), language);
            if (bound instanceof Binding.Result.Problem problem) {
                log.info("Malformed /cop {} in community {}", row.key(), community.id());
                return new Reply.Answer(Usage.malformed(problem.problem(), List.of(row), language));
            }
            name = row.metricName();
            return run(invoked, community, row, ((Binding.Result.Bound) bound).args(), language);
        } finally {
            metrics.commandHandled(name, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private Reply run(CommandInvoked invoked, Community community, Subcommand row, Args args, Language language) {
        boolean facilitator = facilitators.isFacilitator(community, invoked.caller(), invoked.platformAdmin());
        if (row.facilitatorOnly() && !facilitator) {
            log.info("Refused /cop {} to a non-facilitator in community {}", row.key(), community.id());
            return new Reply.Answer(Message.of("", language.text("refusal.facilitator"), language.text("refusal.help")));
        }
        log.info("Running /cop {} in community {}", row.key(), community.id());
        // using a command is activity: the caller's member and facilitator rows outlive platform-id retention
        members.seen(community, invoked.caller().userId());
        facilitators.seen(community, invoked.caller().userId());
        return row.handler().run(new Context(community, invoked, facilitator, row, language), args);
    }

    /** The catalogue's rows, for adapters that register them with their platform. */
    public Catalogue catalogue() {
        return catalogue;
    }

    private TextParser.Parsed parse(CommandInvoked.Input input, Language language) {
        if (input instanceof CommandInvoked.Input.Text text) {
            return TextParser.parse(catalogue, text.text(), text.mentions(), language);
        }
        CommandInvoked.Input.Typed typed = (CommandInvoked.Input.Typed) input;
        return catalogue.find(typed.path()).<TextParser.Parsed>map(row -> new TextParser.Parsed.Found(row, typed.options()))
                .orElseGet(() -> new TextParser.Parsed.Unknown(String.join(" ", typed.path())));
    }
}
