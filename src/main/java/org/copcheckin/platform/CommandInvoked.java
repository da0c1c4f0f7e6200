package org.copcheckin.platform;

import java.util.List;
import java.util.Map;

/**
 * A member ran {@code /cop} in a channel.
 *
 * @param input         what they wrote, as text or as the platform's typed options
 * @param platformAdmin whether the platform reports the caller as an admin (counts as facilitator)
 */
public record CommandInvoked(ChannelRef channel, MemberRef caller, Input input, boolean platformAdmin) {

    /** {@code /cop <text>} with no mentions in it. */
    public CommandInvoked(ChannelRef channel, MemberRef caller, String text, boolean platformAdmin) {
        this(channel, caller, new Input.Text(text, List.of()), platformAdmin);
    }

    /** What the member wrote. */
    public sealed interface Input {

        /**
         * Everything after {@code /cop}; the adapter replaced each mention of a member with
         * {@link #mention(int)} of its place in {@code mentions}.
         */
        record Text(String text, List<MemberRef> mentions) implements Input {
            public Text {
                text = text == null ? "" : text;
                mentions = List.copyOf(mentions);
            }

            @Override
            public String toString() {
                return "Text[" + text.length() + " chars, " + mentions.size() + " mentions]";
            }
        }

        /**
         * A platform's own form of the command (Discord's subcommand and options), handed in as it came.
         *
         * @param path    the subcommand's words ({@code schedule add})
         * @param options values by option name: {@code String}, {@code Long}, {@code Boolean} or {@link MemberRef}
         */
        record Typed(List<String> path, Map<String, Object> options) implements Input {
            public Typed {
                path = List.copyOf(path);
                options = Map.copyOf(options);
            }

            @Override
            public String toString() {
                return "Typed[" + String.join(" ", path) + ", options " + options.keySet() + "]";
            }
        }

        /** The neutral token standing for the {@code index}-th mentioned member in {@link Text}. */
        static String mention(int index) {
            return Message.mention(index);
        }
    }
}
