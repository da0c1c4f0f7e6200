package org.copcheckin.commands;

import java.util.List;

import org.copcheckin.insights.CommunityVocabulary;
import org.springframework.stereotype.Component;

/** {@code vocabulary}: the channel's own words, counted in trends besides everyday words. */
@Component
class VocabularyCommands {

    private final CommunityVocabulary vocabulary;

    VocabularyCommands(CommunityVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Subcommand> rows() {
        return List.of(
                Subcommand.in("vocabulary", "vocabulary", "add").facilitator()
                        .option(Option.text("word", "e.g. McKinney-Vento or head lease"))
                        .form("vocabulary add <word or phrase>")
                        .does("add this channel's own word (\"McKinney-Vento\", \"head lease\") to its trends")
                        .example("vocabulary add McKinney-Vento")
                        .answers((context, args) -> vocabulary.add(context.community(), args.string("word").orElseThrow(),
                                context.language())),
                Subcommand.in("vocabulary", "vocabulary", "remove").facilitator().alias("delete", "rm")
                        .option(Option.text("word", "The word or phrase")).form("vocabulary remove <word or phrase>")
                        .does("remove a word or phrase from this channel's vocabulary")
                        .example("vocabulary remove head lease")
                        .answers((context, args) -> vocabulary.remove(context.community(), args.string("word").orElseThrow(),
                                context.language())),
                Subcommand.in("vocabulary", "vocabulary", "list").member().does("this channel's own words")
                        .answers((context, args) -> vocabulary.listMessage(context.community(), context.language())));
    }
}
