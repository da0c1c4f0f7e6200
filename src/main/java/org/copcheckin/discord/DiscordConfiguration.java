package org.copcheckin.discord;

import java.time.Clock;

import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Facilitators;
import org.copcheckin.metrics.CopMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Assembles the Discord adapter, only when {@code DISCORD_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "discord", name = "token")
class DiscordConfiguration {

    @Bean
    InteractionReplies discordInteractionReplies() {
        return new InteractionReplies();
    }

    /**
     * The listeners are looked up when the connection starts, after every bean exists: the command handler
     * needs the platforms, and this platform needs the connection.
     */
    @Bean
    DiscordConnection discordConnection(DiscordProperties properties, ObjectProvider<ListenerAdapter> listeners,
                                        IdentifySlots identifySlots, CopMetrics metrics) {
        return new DiscordConnection(() -> new DiscordConnector(properties,
                listeners.orderedStream().map(EventListener.class::cast).toList(), identifySlots).connect(), metrics);
    }

    /** IDENTIFY turns shared by every replica on the database. */
    @Bean
    IdentifySlots discordIdentifySlots(JdbcClient jdbc, Clock clock) {
        return new IdentifySlots(jdbc, clock);
    }

    @Bean
    CommandRegistrar discordCommandRegistrar(DiscordProperties properties, CommandHandler commands) {
        return new CommandRegistrar(properties.guildId(), commands.catalogue());
    }

    @Bean
    FacilitatorRole discordFacilitatorRole(DiscordProperties properties, JdbcClient jdbc, Clock clock) {
        return new FacilitatorRole(properties.facilitatorRole(), jdbc, clock);
    }

    @Bean
    PlainFacilitatorIds discordPlainFacilitatorIds(Facilitators facilitators) {
        return new PlainFacilitatorIds(facilitators);
    }

    /** Destroyed after the connection has stopped (it depends on nothing that stops later). */
    @Bean(destroyMethod = "close")
    CommandPool discordCommandPool() {
        return new CommandPool(CommandPool.THREADS, CommandPool.QUEUE);
    }

    @Bean
    SlashCommandListener discordSlashCommandListener(CommandHandler commands, InteractionReplies replies,
                                                     FacilitatorRole facilitatorRole, CommandPool pool) {
        return new SlashCommandListener(commands, replies, facilitatorRole, pool);
    }

    @Bean
    ThreadReplyListener discordThreadReplyListener(ReplyIntake intake) {
        return new ThreadReplyListener(intake);
    }

    @Bean
    MemberEventsListener discordMemberEventsListener(Communities communities, ApplicationEventPublisher events) {
        return new MemberEventsListener(communities, events);
    }

    @Bean
    ButtonListener discordButtonListener(ApplicationEventPublisher events, InteractionReplies replies) {
        return new ButtonListener(events, replies);
    }

    @Bean
    DiscordChatPlatform discordChatPlatform(DiscordConnection connection, InteractionReplies replies,
                                            FacilitatorRole facilitatorRole, ApplicationEventPublisher events,
                                            CopMetrics metrics) {
        DiscordCalls calls = new DiscordCalls(metrics);
        return new DiscordChatPlatform(connection::client, new PrivateConversations(events, calls), replies,
                facilitatorRole, calls);
    }

    @Bean
    ShardPlacement discordShardPlacement(DiscordConnection connection) {
        return new ShardPlacement(connection);
    }

    @Bean("discord")
    DiscordHealthIndicator discordHealthIndicator(DiscordConnection connection) {
        return new DiscordHealthIndicator(connection);
    }
}
