package org.copcheckin.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.copcheckin.community.Communities;
import org.copcheckin.community.CommunityLanguages;
import org.copcheckin.community.Language;
import org.copcheckin.community.MemberProfile;
import org.copcheckin.community.Members;
import org.copcheckin.platform.Message;
import org.springframework.stereotype.Component;

/** Builds what one persona sees from the timeline: the channel for everyone, private items for them alone. */
@Component
@ConditionalOnPlayground
class StateViews {

    static final String IMAGE_PATH = "/playground/api/images/";
    static final String FILE_PATH = "/playground/api/files/";

    private final Timeline timeline;
    private final Communities communities;
    private final Members members;
    private final CommunityLanguages languages;
    private final LightMarkdown markdown = new LightMarkdown(Personas::nameOf);

    StateViews(Timeline timeline, Communities communities, Members members, CommunityLanguages languages) {
        this.languages = languages;
        this.timeline = timeline;
        this.communities = communities;
        this.members = members;
    }

    /** The language the channel's community works in now, the channel's own until it has a community. */
    Language language(Personas.Channel channel) {
        return communities.find(channel.ref()).map(community -> languages.of(community.id()))
                .orElse(channel.language());
    }

    StateView stateFor(Persona persona) {
        Language language = language(Personas.channelOf(persona));
        Timeline.Snapshot snapshot = timeline.snapshotFor(persona.channelId(), persona.id());
        List<StateView.ItemView> channel = new ArrayList<>();
        List<StateView.ItemView> answers = new ArrayList<>();
        for (Item item : snapshot.items()) {
            if (item instanceof Item.Ephemeral) {
                answers.add(view(item));
            } else if (item.channelId().equals(persona.channelId())) {
                channel.add(view(item));
            }
        }
        List<StateView.ConversationView> conversations = snapshot.conversations().stream()
                .map(c -> new StateView.ConversationView(c.id(), title(c, persona, language),
                        c.memberIds().size() > 1, snapshot.items().stream()
                        .filter(item -> item.channelId().equals(c.id()) && !(item instanceof Item.Ephemeral))
                        .map(this::view).toList()))
                .toList();
        Map<String, List<StateView.ReactionView>> reactions = new java.util.LinkedHashMap<>();
        channel.stream().filter(item -> "post".equals(item.kind())).forEach(post -> reactions.put(post.threadId(),
                timeline.reactionsOn(post.threadId()).entrySet().stream().map(e -> new StateView.ReactionView(
                        e.getKey(), e.getValue().size(), e.getValue().contains(persona.id()))).toList()));
        return new StateView(snapshot.version(), persona.id(), language.code(), personas(Personas.channelOf(persona)), channel, answers, conversations, reactions);
    }

    private List<StateView.PersonaView> personas(Personas.Channel of) {
        Map<String, MemberProfile> profiles = communities.find(of.ref())
                .map(community -> members.all(community).stream()
                        .collect(Collectors.toMap(MemberProfile::userId, p -> p, (a, b) -> a)))
                .orElse(Map.of());
        return of.personas().stream().map(p -> {
            java.util.Optional<MemberProfile> profile = java.util.Optional.ofNullable(profiles.get(p.id()));
            return new StateView.PersonaView(p.id(), p.name(), p.facilitator(),
                    profile.flatMap(MemberProfile::organisation).orElse(null),
                    profile.flatMap(MemberProfile::region).orElse(null));
        }).toList();
    }

    private StateView.ItemView view(Item item) {
        String at = item.at().toString();
        if (item instanceof Item.Post post) {
            List<StateView.ReplyView> replies = post.replies().stream()
                    .map(r -> new StateView.ReplyView(r.authorId(), r.authorId() == null ? "cop-checkin"
                            : Personas.nameOf(r.authorId()), markdown.message(r.message()), r.at().toString()))
                    .toList();
            return new StateView.ItemView("post", post.channelId(), post.threadId(), null,
                    markdown.message(post.message()), buttons(post.message()), replies, null, null, at, item.seq());
        }
        if (item instanceof Item.Image image) {
            return new StateView.ItemView(image.message() == null ? "image" : "message-image", image.channelId(), null,
                    null, image.message() == null
                    ? LightMarkdown.escape(image.fileName()) : markdown.message(image.message()),
                    List.of(), List.of(), IMAGE_PATH + image.imageId(), image.altText(), at, item.seq());
        }
        if (item instanceof Item.File file) {
            return new StateView.ItemView("file", file.channelId(), null, null, LightMarkdown.escape(file.fileName()),
                    List.of(), List.of(), FILE_PATH + file.fileId(), file.title(), at, item.seq());
        }
        Item.Ephemeral answer = (Item.Ephemeral) item;
        return new StateView.ItemView("answer", answer.channelId(), null, answer.command(),
                markdown.message(answer.message(), true), buttons(answer.message()), List.of(), null, null, at, item.seq());
    }

    private static List<StateView.ButtonView> buttons(Message message) {
        return message.buttons().stream()
                .map(b -> new StateView.ButtonView(b.actionId(), b.label(), b.value(), b.row())).toList();
    }

    private static String title(Timeline.Conversation conversation, Persona viewer, Language l) {
        List<String> others = conversation.memberIds().stream().filter(id -> !id.equals(viewer.id()))
                .map(Personas::nameOf).toList();
        return others.isEmpty() ? l.text("playground.conversation.bot")
                : l.text("playground.conversation.with", String.join(", ", others));
    }
}
