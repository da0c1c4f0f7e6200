package org.copcheckin.commands;

import java.time.Clock;
import java.time.LocalDate;

import org.copcheckin.digest.Digests;
import org.copcheckin.insights.TrendExport;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** {@code digest} and {@code export}: the facilitator's private views of the anonymised trends. */
@Component
class DigestCommands {

    private final Digests digests;
    private final TrendExport export;
    private final Clock clock;

    DigestCommands(Digests digests, TrendExport export, Clock clock) {
        this.digests = digests;
        this.export = export;
        this.clock = clock;
    }

    Message digest(CommandHandler.Context context, Command.Digest digest) {
        return digests.forCaller(context.community(), context.invoked().caller(), digest.since());
    }

    Message export(CommandHandler.Context context, Command.Export command) {
        LocalDate today = LocalDate.now(clock.withZone(context.community().zone()));
        return export.asMessage(context.community(), command.since().orElse(today.minusWeeks(12)));
    }
}
