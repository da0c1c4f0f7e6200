package org.copcheckin.slack;

/** Events API and interactivity payloads shaped as Slack sends them. */
final class SlackPayloads {

    private SlackPayloads() {
    }

    static String callback(String eventId, String teamId, String eventJson) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + teamId + "\",\"api_app_id\":\"A-COP\",\"event\":" + eventJson
                + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000100,"
                + "\"authorizations\":[{\"team_id\":\"" + teamId + "\",\"user_id\":\"U-BOT\",\"is_bot\":true}]}";
    }

    static String threadReply(String channel, String threadTs, String user, String ts, String text) {
        return "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"" + user + "\",\"text\":\"" + text
                + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"event_ts\":\"" + ts
                + "\",\"channel_type\":\"channel\"}";
    }

    static String botReply(String channel, String threadTs, String ts, String text) {
        return "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"U-OTHER-BOT\",\"bot_id\":\"B-OTHER\","
                + "\"text\":\"" + text + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + threadTs + "\",\"event_ts\":\""
                + ts + "\",\"channel_type\":\"channel\"}";
    }

    static String edit(String channel, String threadTs, String user, String ts, String text) {
        return "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"" + channel + "\",\"hidden\":true,"
                + "\"message\":{\"type\":\"message\",\"user\":\"" + user + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts
                + "\",\"thread_ts\":\"" + threadTs + "\"},\"ts\":\"1700000999.000001\",\"event_ts\":\"1700000999.000001\"}";
    }

    static String deletion(String channel, String ts) {
        return "{\"type\":\"message\",\"subtype\":\"message_deleted\",\"channel\":\"" + channel + "\",\"hidden\":true,"
                + "\"deleted_ts\":\"" + ts + "\",\"ts\":\"1700000998.000001\",\"event_ts\":\"1700000998.000001\"}";
    }

    /** {@code reaction_added} or {@code reaction_removed} on a message of the channel. */
    static String reaction(boolean added, String channel, String messageTs, String user, String emoji) {
        return "{\"type\":\"" + (added ? "reaction_added" : "reaction_removed") + "\",\"user\":\"" + user
                + "\",\"reaction\":\"" + emoji + "\",\"item_user\":\"U-BOT\",\"item\":{\"type\":\"message\","
                + "\"channel\":\"" + channel + "\",\"ts\":\"" + messageTs + "\"},\"event_ts\":\"1700000200.000100\"}";
    }

    static String memberLeft(String channel, String user, String teamId) {
        return "{\"type\":\"member_left_channel\",\"user\":\"" + user + "\",\"channel\":\"" + channel
                + "\",\"channel_type\":\"C\",\"team\":\"" + teamId + "\",\"event_ts\":\"1700000500.000100\"}";
    }

    static String buttonPress(String teamId, String channel, String user, String actionId, String value) {
        return "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + teamId + "\",\"domain\":\"district\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"team_id\":\"" + teamId + "\"},\"api_app_id\":\"A-COP\","
                + "\"token\":\"legacy\",\"trigger_id\":\"1.2.3\",\"channel\":{\"id\":\"" + channel + "\",\"name\":\"cop\"},"
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000100\",\"channel_id\":\"" + channel
                + "\"},\"response_url\":\"http://127.0.0.1:1/unused\",\"actions\":[{\"type\":\"button\",\"action_id\":\""
                + actionId + "\",\"block_id\":\"b1\",\"value\":\"" + value + "\",\"text\":{\"type\":\"plain_text\","
                + "\"text\":\"Go\"},\"action_ts\":\"1700000600.000100\"}]}";
    }

    /**
     * A modal's {@code view_submission} as Slack sends it: {@code text} typed in the input {@code blockId}/{@code text},
     * already escaped for JSON (plain words need nothing).
     */
    static String viewSubmission(String teamId, String user, String callbackId, String metadata, String blockId,
                                 String text) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + teamId + "\",\"domain\":\"district\"},"
                + "\"user\":{\"id\":\"" + user + "\",\"team_id\":\"" + teamId + "\"},\"api_app_id\":\"A-COP\","
                + "\"token\":\"legacy\",\"trigger_id\":\"9.8.7\",\"view\":{\"id\":\"V-1\",\"team_id\":\"" + teamId
                + "\",\"type\":\"modal\",\"callback_id\":\"" + callbackId
                + "\",\"private_metadata\":\"" + metadata + "\",\"state\":{\"values\":{\"" + blockId + "\":{\"text\":"
                + "{\"type\":\"plain_text_input\",\"value\":\"" + text + "\"}}}},\"hash\":\"h-1\","
                + "\"app_id\":\"A-COP\",\"bot_id\":\"B-BOT\"},\"response_urls\":[]}";
    }

    static String appUninstalled(String teamId) {
        return callback("Ev-UNINSTALL-" + teamId, teamId, "{\"type\":\"app_uninstalled\",\"event_ts\":\"1700000700.000100\"}");
    }
}
