package org.copcheckin.commands;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.MemberRef;

/**
 * What a subcommand runs with: the community, the invocation, the caller's role, the row being run and the
 * community's language (answers that come from the bundle use it).
 */
public record Context(Community community, CommandInvoked invoked, boolean callerIsFacilitator,
                      Subcommand subcommand, Language language) {

    public MemberRef caller() {
        return invoked.caller();
    }

    /** The answer to input the options could not catch: what is wrong, and the usage line. */
    public Message malformed(String problem) {
        return Usage.malformed(problem, java.util.List.of(subcommand), language);
    }

    public Reply.Answer answer(Message message) {
        return new Reply.Answer(message);
    }
}
