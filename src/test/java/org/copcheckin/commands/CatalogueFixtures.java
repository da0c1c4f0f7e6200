package org.copcheckin.commands;

import java.util.List;

/** The catalogue's rows without the services behind them: enough to parse, list and register, not to run. */
public final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    public static Catalogue withoutServices() {
        return new Catalogue(new FacilitatorCommands(null, null, null, null, null), new PairingCommands(null, null, null, null, null),
                new DigestCommands(null, null, null), new VocabularyCommands(null),
                new SettingsCommands(null, null, List.of()), new MemberCommands(null, null, null, null, null, null),
                new CareCommands(null), new DirectoryCommands(null, null, null), new DashboardCommands(null),
                new CalendarCommands(null), new PrivateReplyCommands(null), new FeelingCommands(null),
                new ReminderCommands(null, null, null), new LanguageCommands(null));
    }
}
