package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;
import static org.copcheckin.support.Fixtures.command;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ButtonPressed;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.ConfirmButtons;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.Fixtures;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A French or Spanish channel gets the answers of the settings, calendar, partner directory, reminders, export,
 * member and care commands in its language, a refusal of bad input included, and bad input changes nothing. Each
 * answer carries a word of its translation and no word of the English sentence it replaces; command words in
 * backticks, platform mentions (@channel) and what members typed stay as they are.
 */
@CoreSpringTest
class CommandAnswersInLanguageTest {

    /** Words of the English answers these commands gave; none is a French or Spanish word. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|members?|people|you|your|this|only|"
            + "with|nothing|changed|channel|settings|time zone|pairing|reminders?|nudges?|skip|skips|skipped|"
            + "calendar|organisations?|offers|directory|region|listed|sent|file|export|rows?|weeks?|erase|"
            + "everything|done|cancel|cancelled|protocol|alerts?|safeguarding|feelings?|theme|themes|language|"
            + "is not|not a|now|already|mon|tue|dec|jan)\\b");

    @Autowired
    CommandHandler handler;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Communities communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private ChannelRef channel;
    private String run;

    @BeforeEach
    void start() {
        platform.reset();
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
    }

    @AfterEach
    void stop() {
        platform.reset();
        clock.set(Instant.now());
    }

    /**
     * The distinctive words of each answer, French first, Spanish second; in a command SERVICE is a theme's word and
     * EVERYDAY an everyday word, in the channel's language.
     */
    private record Expected(String command, boolean facilitator, String fr, String es) {
    }

    private static final List<Expected> ANSWERS = List.of(
            // settings: the overview, every change and a refusal of each
            new Expected("settings", false, "Paramètres de ce canal", "Configuración de este canal"),
            new Expected("settings", false, "*Fuseau horaire* : UTC", "*Zona horaria*: UTC"),
            new Expected("settings zone Mars/Olympus", true, "Je ne connais pas le fuseau horaire `Mars/Olympus`",
                    "No conozco la zona horaria `Mars/Olympus`"),
            new Expected("settings zone America/Toronto", true, "est maintenant America/Toronto",
                    "ahora es America/Toronto"),
            new Expected("settings zone America/Toronto", true, "est déjà America/Toronto; rien n’a changé",
                    "ya es America/Toronto; no se cambió nada"),
            new Expected("settings k 4", true, "k vaut maintenant 4", "k ahora es 4"),
            new Expected("settings k 1", true, "`k` doit être un nombre entier de 2 à 50 (vous avez tapé 1)",
                    "`k` debe ser un número entero del 2 al 50 (usted escribió 1)"),
            new Expected("pair size 5", true, "(vous avez tapé 5)", "(usted escribió 5)"),
            // a word that is no command: the groups, "pairing choices" in the channel's language
            new Expected("zorglub", false, "choix de jumelage (`optout`, `optin`, `pause`)",
                    "opciones de emparejamiento (`optout`, `optin`, `pause`)"),
            new Expected("settings language de", true, "n’est pas l’une des valeurs en, fr, es", "no es uno de estos valores"),
            new Expected("settings feelings espoir,espoir", true, "Chaque émotion", "Cada sentimiento"),
            new Expected("settings private-themes on", true, "Les thèmes des réponses privées sont maintenant notés",
                    "Los temas de las respuestas privadas ahora se anotan"),
            // an on/off word agrees with its setting's noun (masculine plural themes here)
            new Expected("settings", false, "*Thèmes des réponses privées dans le fil* : activés (",
                    "*Temas de las respuestas privadas en el hilo*: activados ("),
            // reminders
            new Expected("settings reminders 5s", true, "Je ne peux pas utiliser le délai `5s`",
                    "No puedo usar la demora `5s`"),
            new Expected("settings reminders 4h quiet 25:00-99:00", true, "n’est pas une plage d’heures",
                    "no es un rango de horas"),
            new Expected("settings reminders 4h", true, "Les rappels sont activés dans ce canal",
                    "Los recordatorios están activados en este canal"),
            new Expected("settings", false, "*Rappels* : 4h après chaque invitation",
                    "*Recordatorios*: 4h después de cada pregunta"),
            new Expected("status", true, "*Rappels* (4h après chaque invitation)",
                    "*Recordatorios* (4h después de cada pregunta)"),
            new Expected("reminders off", false, "Les rappels sont désactivés pour vous",
                    "Los recordatorios están desactivados para usted"),
            new Expected("settings reminders off", true, "Les rappels sont désactivés dans ce canal",
                    "Los recordatorios están desactivados en este canal"),
            new Expected("settings", false, "*Rappels* : désactivés (", "*Recordatorios*: desactivados ("),
            // care
            new Expected("nudges off", false, "désactivés pour vous", "desactivados para usted"),
            new Expected("settings nudges off", true, "Les rappels de confidentialité sont désactivés dans ce canal",
                    "Los avisos de privacidad están desactivados en este canal"),
            new Expected("settings", false, "*Rappels de confidentialité* : désactivés (",
                    "*Avisos de privacidad*: desactivados ("),
            new Expected("settings safeguarding on Tell @channel now", true, "ne peut pas mentionner @channel",
                    "no puede mencionar @channel"),
            new Expected("settings safeguarding on Appeler la personne responsable", true,
                    "Les alertes de protection sont activées", "Las alertas de protección están activadas"),
            new Expected("settings", false, "*Alertes de protection* : activées, avec votre protocole",
                    "*Alertas de protección*: activadas, con su protocolo"),
            // calendar
            new Expected("calendar skip 2027-01-04 2026-12-21", true, "La période est dans le mauvais ordre",
                    "El período está en el orden equivocado"),
            new Expected("calendar skip 2026-12-21 2027-01-04", true, "Journées sautées", "Días omitidos"),
            new Expected("calendar list", false, "Les exécutions prévues sautent ces journées",
                    "Las ejecuciones programadas omiten estos días"),
            new Expected("calendar list", false, "congé scolaire", "receso escolar"),
            new Expected("calendar remove next-week", true, "n’est ni le numéro d’un congé",
                    "no es el número de un receso"),
            new Expected("calendar import ftp://example.org/x.ics", true, "Je n’ai pas pu lire ce calendrier",
                    "No pude leer ese calendario"),
            new Expected("calendar import ftp://example.org/x.ics", true, "n’est pas une adresse Web",
                    "no es una dirección web"),
            new Expected("calendar remove 2026-12-25", true, "Retiré", "Se quitó"),
            // partner directory
            new Expected("profile region Tell <@U-SOMEONE>", false, "pas une personne ni une adresse",
                    "no una persona ni una dirección"),
            new Expected("profile region Limoilou", false, "Le secteur de votre organisme est maintenant *Limoilou*",
                    "La región de su organización ahora es *Limoilou*"),
            new Expected("profile offers zorglub", false, "n’est ni un thème ni un mot du vocabulaire",
                    "no es un tema ni una palabra del vocabulario"),
            new Expected("profile offers SERVICE", false, "Votre organisme offre : Logement et propriétaires",
                    "Su organización ofrece: Vivienda y arrendadores"),
            new Expected("profile listed yes", false, "peuvent maintenant vous nommer", "ahora pueden nombrarlo"),
            new Expected("partners SERVICE", false, "Organismes qui offrent *Logement et propriétaires*",
                    "Organizaciones que ofrecen *Vivienda y arrendadores*"),
            new Expected("partners add Seulement un nom", false, "séparés par `|`", "separados por `|`"),
            new Expected("partners add Centre Jacques-Cartier | Limoilou | SERVICE | 418-555-0100", false,
                    "est dans le répertoire", "está en el directorio"),
            new Expected("partners import a,b || x,y", true, "Rien n’a été importé", "No se importó nada"),
            new Expected("partners import name,region,services,contact || Refuge,Limoilou,SERVICE,1 || "
                    + "Autre,Limoilou,zorglub,2", true, "ligne 3 : *zorglub* n’est ni un thème",
                    "línea 3: *zorglub* no es un tema"),
            new Expected("partners remove Personne inconnue", true, "n’est pas dans le répertoire",
                    "no está en el directorio"),
            new Expected("partners remove Refuge", true, "est retiré du répertoire", "Se quitó *Refuge*"),
            // pairing's mode and its refusals, and the dashboard's link
            new Expected("pair mode opt-in size 3", true, "`mode` s’emploie seul", "`mode` va solo"),
            new Expected("pair ecomap mode opt-in", true, "une sorte de jumelage, pas un mode",
                    "es un tipo de ronda, no un modo"),
            new Expected("pair mode opt-out", true, "est déjà pour tous sauf désinscription",
                    "ya son para todos salvo quien se retire"),
            new Expected("pair mode opt-in", true, "maintenant sur inscription (opt-in)",
                    "ahora son por inscripción (opt-in)"),
            new Expected("pair mode opt-out", true, "maintenant pour tous (opt-out)", "ahora son para todos (opt-out)"),
            new Expected("dashboard", true, "Votre tableau de bord pour ce canal", "Su tablero para este canal"),
            new Expected("dashboard", true, "ne le transférez pas", "no lo reenvíe"),
            // export
            new Expected("export since 2027-06-01", true, "rien à exporter", "no hay nada que exportar"),
            new Expected("export", true, "Je vous ai envoyé l’exportation", "Le envié la exportación"),
            // the closed vocabulary of the channel's language: an everyday word there is not added
            new Expected("vocabulary add EVERYDAY", true, "*fatigue* est déjà un mot courant",
                    "*cansancio* ya es una palabra común"),
            new Expected("vocabulary add Sylvie", true, "*Sylvie* est aussi un prénom",
                    "*Sylvie* también es un nombre de pila"),
            // a member's own commands
            new Expected("optout", false, "Vous ne participez plus", "Ya no participa"),
            new Expected("optin", false, "C’est fait", "Listo"),
            new Expected("pause 2", false, "aucun jumelage pendant 2 semaines, jusqu’au mardi 15 décembre",
                    "sin parejas durante 2 semanas, hasta el martes 15 de diciembre"),
            new Expected("profile org Someone <@U-SOMEONE>", false, "pas une personne", "no una persona"),
            new Expected("profile org Centre de services scolaire", false, "Votre organisme est maintenant",
                    "Su organización ahora es"),
            new Expected("profile zone Mars/Olympus", false, "Je ne connais pas le fuseau horaire",
                    "No conozco la zona horaria"),
            new Expected("profile zone America/Toronto", false, "Votre fuseau horaire est maintenant America/Toronto",
                    "Su zona horaria ahora es America/Toronto"));

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyAnswerOfTheseCommandsComesInTheChannelsLanguage(String language) {
        run = language + System.nanoTime();
        channel = channel("C-ANS-" + run);
        boolean fr = language.equals("fr");
        assertThat(admin("settings language " + language)).doesNotContain("This channel");
        List<String> failures = new ArrayList<>();
        for (Expected expected : ANSWERS) {
            String text = expected.command().replace("SERVICE", fr ? "logement" : "vivienda")
                    .replace("EVERYDAY", fr ? "fatigue" : "cansancio");
            String answer = expected.facilitator() ? admin(text) : member(text);
            String wanted = fr ? expected.fr() : expected.es();
            if (!answer.contains(wanted)) {
                failures.add("`" + expected.command() + "` lacks «" + wanted + "»:\n" + answer);
            }
            if (!english(answer).isEmpty()) {
                failures.add("`" + expected.command() + "` keeps English " + english(answer) + ":\n" + answer);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(platform.sent("file")).as("the export went out as a file")
                .anySatisfy(sent -> assertThat(sent.target()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void badInputIsRefusedInTheLanguageAndChangesNothing(String language) {
        run = language + System.nanoTime();
        channel = channel("C-BAD-" + run);
        admin("settings language " + language);
        Community before = communities.findOrCreate(channel);

        assertThat(admin("settings zone Mars/Olympus")).contains(language.equals("fr") ? "fuseau" : "zona");
        assertThat(admin("settings reminders 5s")).contains(language.equals("fr") ? "délai" : "demora");
        assertThat(admin("calendar skip 2027-01-04 2026-12-21")).contains(language.equals("fr") ? "ordre" : "orden");
        assertThat(admin("calendar import ftp://example.org/x.ics")).contains(language.equals("fr") ? "Rien" : "nada");
        assertThat(admin("settings safeguarding on Tell @here now")).contains("@here");
        assertThat(member("profile region Tell <@U-SOMEONE>")).contains(language.equals("fr") ? "personne" : "persona");
        assertThat(admin("partners import a,b || x,y")).contains(language.equals("fr") ? "Rien" : "nada");

        Community after = communities.findOrCreate(channel);
        assertThat(after.zone()).isEqualTo(before.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(count("SELECT COUNT(*) FROM reminder_setting WHERE community_id = ?", after.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM calendar_skip WHERE community_id = ?", after.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM care_setting WHERE community_id = ? AND protocol IS NOT NULL",
                after.id())).isZero();
        assertThat(count("SELECT COUNT(*) FROM partner_org WHERE community_id = ?", after.id())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void forgetMeAsksConfirmsAndRefusesInTheLanguage(String language) {
        run = language + System.nanoTime();
        channel = channel("C-FORGET-" + run);
        boolean fr = language.equals("fr");
        admin("settings language " + language);
        handler.handle(command(channel, "U-M-" + run, "profile org Centre de services scolaire"));

        Reply asked = handler.handle(command(channel, "U-M-" + run, "forget-me"));
        assertThat(asked).isInstanceOf(Reply.Confirm.class);
        Reply.Confirm confirm = (Reply.Confirm) asked;
        assertThat(confirm.message().title()).isEqualTo(fr ? "Tout effacer à votre sujet?" : "¿Borrar todo sobre usted?");
        assertThat(confirm.confirmLabel()).isEqualTo(fr ? "Oui, tout effacer" : "Sí, borrar todo");
        assertThat(confirm.withButtons().buttons()).extracting(Message.Button::label)
                .containsExactly(fr ? "Oui, tout effacer" : "Sí, borrar todo", fr ? "Annuler" : "Cancelar");
        assertThat(english(confirm.message().plainText())).isEmpty();

        events.publishEvent(new ButtonPressed(channel, Fixtures.member("U-M-" + run), Reply.Confirm.CANCEL,
                confirm.token()));
        assertThat(lastPrivateAnswer().plainText()).isEqualTo(fr ? "Annulé : rien n’a été fait."
                : "Cancelado: no se hizo nada.");
        events.publishEvent(new ButtonPressed(channel, Fixtures.member("U-OTHER-" + run), Reply.Confirm.CONFIRM,
                confirm.token()));
        assertThat(platform.sent("ephemeral").get(platform.sent("ephemeral").size() - 1).message().plainText())
                .contains(fr ? "Ce bouton était destiné" : "Ese botón era para");

        String done = ConfirmButtons.confirmed(handler, events, platform, command(channel, "U-M-" + run, "forget-me"))
                .plainText();
        assertThat(done).contains(fr ? "C’est fait : tout ce que cop-checkin conservait" : "Listo: todo lo que")
                .contains(fr ? "préférences de jumelage et organisme" : "preferencias de parejas y organización")
                .contains(fr ? "1 enregistrement" : "1 registro");
        assertThat(english(done)).isEmpty();
    }

    private Message lastPrivateAnswer() {
        List<RecordingChatPlatform.Sent> answers = platform.sent("ephemeral").stream()
                .filter(sent -> sent.target().equals("U-M-" + run)).toList();
        return answers.get(answers.size() - 1).message();
    }

    private int count(String sql, long community) {
        return jdbc.sql(sql).param(community).query(Integer.class).single();
    }

    private String admin(String text) {
        Reply reply = handler.handle(adminCommand(channel, "U-ADMIN-" + run, text));
        return reply.message().title() + "\n" + reply.message().plainText();
    }

    private String member(String text) {
        Reply reply = handler.handle(command(channel, "U-MEMBER-" + run, text));
        return reply.message().title() + "\n" + reply.message().plainText();
    }

    /** The English words left once command words (in backticks), mentions and file names are taken out. */
    static List<String> english(String answer) {
        String prose = answer.replaceAll("`[^`]*`", " ").replaceAll("@[\\w-]+", " ").replaceAll("\\S+\\.csv", " ");
        List<String> found = new ArrayList<>();
        Matcher matcher = ENGLISH.matcher(prose);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
