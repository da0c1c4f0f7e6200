package org.copcheckin.playground;

import java.util.List;

import org.copcheckin.checkins.PrivateReplies;
import org.copcheckin.commands.Catalogue;
import org.copcheckin.commands.CommandTable;
import org.copcheckin.community.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The playground page and the small JSON API its script calls. */
@Controller
@ConditionalOnPlayground
@RequestMapping("/playground")
class PlaygroundController {

    static final int MAX_COMMAND = 20_000; // a pasted CSV of organisations (partners import) may be long
    /** A thread reply's limit; a private reply's is the core's {@link PrivateReplies#MAX_LENGTH}, as Slack's modal. */
    static final int MAX_REPLY = 4000;
    /**
     * Commands the intro and the README's story use that no catalogue row gives as its example, each offered next
     * to the first example of its command.
     */
    static final List<String> MORE_EXAMPLES = List.of("/cop prompt challenge", "/cop prompt custom", "/cop pair",
            "/cop pair ecomap", "/cop digest");

    private final PlaygroundActions actions;
    private final StateViews views;
    private final Timeline timeline;
    private final JsonMapper json;
    private final List<String> examples;
    private final PlaygroundDirectory directory;
    private final PlaygroundClock playgroundClock;

    PlaygroundController(PlaygroundActions actions, StateViews views, Timeline timeline, JsonMapper json,
                         Catalogue catalogue, PlaygroundDirectory directory, PlaygroundClock playgroundClock) {
        this.directory = directory;
        this.playgroundClock = playgroundClock;
        this.examples = examples(CommandTable.examples(catalogue));
        this.actions = actions;
        this.views = views;
        this.timeline = timeline;
        this.json = json;
    }

    @GetMapping
    String page(@RequestParam(name = "as", defaultValue = "fran") String as, Model model) {
        directory.fillInOnce();
        Persona persona = Personas.find(as).orElse(Personas.FACILITATOR);
        Personas.Channel channel = Personas.channelOf(persona);
        model.addAttribute("channels", Personas.CHANNELS);
        model.addAttribute("channel", channel);
        model.addAttribute("personas", channel.personas());
        model.addAttribute("as", persona);
        model.addAttribute("examples", examples);
        model.addAttribute("initial", new EmbeddedState(json.writeValueAsString(views.stateFor(persona))));
        Language language = languageOf(channel);
        model.addAttribute("t", language);
        model.addAttribute("texts", new EmbeddedState(json.writeValueAsString(PageTexts.forScript(language))));
        return "playground/index";
    }

    /** The catalogue's examples with {@link #MORE_EXAMPLES} after the first one of the same command. */
    static List<String> examples(List<String> catalogue) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String example : catalogue) {
            out.add(example);
            String command = String.join(" ", java.util.Arrays.asList(example.split(" ")).subList(0, 2));
            MORE_EXAMPLES.stream().filter(more -> more.equals(command) || more.startsWith(command + " "))
                    .forEach(out::add);
        }
        MORE_EXAMPLES.forEach(out::add);
        return List.copyOf(out);
    }

    /** The language the channel's community works in now, the channel's own until it has a community. */
    private Language languageOf(Personas.Channel channel) {
        return views.language(channel);
    }

    @GetMapping("/api/state")
    @ResponseBody
    StateView state(@RequestParam("as") String as) {
        return views.stateFor(persona(as));
    }

    @PostMapping("/api/command")
    @ResponseBody
    ActionResult command(@RequestBody CommandRequest request) {
        Persona persona = persona(request.as());
        String outcome = actions.command(persona, required(request.text(), MAX_COMMAND));
        return new ActionResult(outcome, views.stateFor(persona));
    }

    @PostMapping("/api/reply")
    @ResponseBody
    ActionResult reply(@RequestBody ReplyRequest request) {
        Persona persona = persona(request.as());
        String outcome = actions.reply(persona, required(request.threadId(), 100), required(request.text(), MAX_REPLY))
                .map(Enum::name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No such thread in the playground (it forgets everything on restart)"));
        return new ActionResult(outcome, views.stateFor(persona));
    }

    /** The form under each prompt: a private reply, never shown in the thread; the confirmation is the persona's. */
    @PostMapping("/api/private-reply")
    @ResponseBody
    ActionResult privateReply(@RequestBody ReplyRequest request) {
        Persona persona = persona(request.as());
        String outcome = actions.privateReply(persona, required(request.threadId(), 100),
                        required(request.text(), PrivateReplies.MAX_LENGTH)).map(Enum::name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No such thread in the playground (it forgets everything on restart)"));
        return new ActionResult(outcome, views.stateFor(persona));
    }

    @PostMapping("/api/react")
    @ResponseBody
    ActionResult react(@RequestBody ReactRequest request) {
        Persona persona = persona(request.as());
        String outcome = actions.react(persona, required(request.threadId(), 100), required(request.emoji(), 20))
                .map(Enum::name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No such post or emoji in the playground (it forgets everything on restart)"));
        return new ActionResult(outcome, views.stateFor(persona));
    }

    @PostMapping("/api/button")
    @ResponseBody
    ActionResult button(@RequestBody ButtonRequest request) {
        Persona persona = persona(request.as());
        if (!actions.button(persona, request.channelId(), required(request.actionId(), 200), request.value())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such conversation for this persona");
        }
        return new ActionResult("published", views.stateFor(persona));
    }

    /** Moves the playground's clock forward (1 to 24 hours at a time) and sends the reminders due by then. */
    @PostMapping("/api/clock")
    @ResponseBody
    ActionResult clock(@RequestBody ClockRequest request) {
        Persona persona = persona(request.as());
        if (request.hours() < 1 || request.hours() > 24) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Move the clock 1 to 24 hours at a time");
        }
        PlaygroundClock.Moved moved = playgroundClock.forward(java.time.Duration.ofHours(request.hours()));
        Language l = languageOf(Personas.channelOf(persona));
        String outcome = moved.sent() < 0
                ? l.text("playground.clock.limit", PlaygroundClock.MAX_DAYS)
                : l.text("playground.clock.moved", moved.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString().replace('T', ' ').replace("Z", " UTC"), moved.ahead().toHours())
                + " " + l.plural("playground.clock.reminders", moved.sent())
                + (moved.noted() > 0 ? " " + l.text("playground.clock.noted") : "");
        return new ActionResult(outcome, views.stateFor(persona));
    }

    @GetMapping("/api/images/{id}")
    ResponseEntity<byte[]> image(@PathVariable("id") String id) {
        return timeline.findImage(id)
                .map(image -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore()).body(image.png().clone()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A file as a download, named as uploaded (an export's CSV). */
    @GetMapping("/api/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable("id") String id) {
        return timeline.findFile(id)
                .map(file -> ResponseEntity.ok().contentType(file.fileName().endsWith(".csv")
                                ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                                : MediaType.APPLICATION_OCTET_STREAM)
                        .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                                org.springframework.http.ContentDisposition.attachment().filename(file.fileName())
                                        .build().toString())
                        .cacheControl(CacheControl.noStore()).body(file.content().clone()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private Persona persona(String id) {
        directory.fillInOnce();
        return Personas.find(id == null ? "" : id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown persona"));
    }

    private static String required(String text, int maxLength) {
        if (text == null || text.isBlank() || text.length() > maxLength) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Text must be 1 to " + maxLength + " characters");
        }
        return text;
    }

    record CommandRequest(String as, String text) {
        @Override
        public String toString() {
            return "CommandRequest[as=" + as + "]";
        }
    }

    /** Its string form leaves the text out: debug logs of request bodies must not carry replies. */
    record ReplyRequest(String as, String threadId, String text) {
        @Override
        public String toString() {
            return "ReplyRequest[as=" + as + ", threadId=" + threadId + "]";
        }
    }

    /** @param channelId the channel or private conversation the button was in; blank means the community channel */
    record ButtonRequest(String as, String channelId, String actionId, String value) {
    }

    /** @param emoji one the page offers: {@code thumbsup}, {@code heart} or {@code tada} */
    record ReactRequest(String as, String threadId, String emoji) {
    }

    record ClockRequest(String as, int hours) {
    }

    record ActionResult(String outcome, StateView state) {
    }

    /** The state as JSON for the page's first paint; its string form stays out of debug logs of the model. */
    record EmbeddedState(String json) {
        @Override
        public String toString() {
            return "EmbeddedState[" + json.length() + " chars]";
        }
    }
}
