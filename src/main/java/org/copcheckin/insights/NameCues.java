package org.copcheckin.insights;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The cues people leave when they write about someone, in the language a community is analysed in: the words before
 * a name ("with", "avec", "con"), titles ("Mrs", "Mme", "Sra."), relations ("son", "sa fille", "su hijo"), a
 * person's verbs after a name ("said", "m'a dit", "dijo"), and the given names each language also uses as everyday
 * words ("Paz", "Amparo", "Blanche"), which need a cue to be removed. French and Spanish cues come with the English
 * ones: a community's replies mix languages, and a cue more only removes more. Every word is folded (lower case,
 * accents dropped, straight apostrophes), as {@link Folding} folds the words it is compared with. Pure.
 *
 * @param beforeAName  words after which a word that may be a name is one: "met with rose", "chez rose", "con paz"
 * @param titles       words after which any word but a stop word is a name: "ms okafor", "mme petit", "sra. blanco"
 * @param afterAName   a person's verbs, after a name typed in lower case too: "will said", "rose m'a", "paz dijo"
 * @param personVerbs  after a capitalised word opening a sentence, these make it a person: "Rose m'a dit"
 * @param family       after a surname that is also a word: "the brown family"
 * @param school       after a surname that is also a word: "park elementary"
 * @param nameWords    given names of the language that are also its everyday words, removed only with a cue
 * @param titleAndName a title and the capitalised name after it ("Mrs Okafor", "Mme Dubois", "la señora Gutiérrez")
 * @param elisions     elided words a name may be written after, in one word with it: "d'Ange", "qu'Amparo"
 */
record NameCues(Set<String> beforeAName, Set<String> titles, Set<String> afterAName, Set<String> personVerbs,
                Set<String> family, Set<String> school, Set<String> nameWords, Pattern titleAndName,
                Set<String> elisions) {

    private static final String EN_TITLES = "Mr|Mrs|Ms|Mx|Miss|Dr|Mister|Madam|Auntie|Aunt|Uncle|Grandma|Grandpa|Coach|"
            + "Officer|Principal|Judge|Nurse|Pastor|Father|Sister";

    static final NameCues ENGLISH = new NameCues(
            words("with", "to", "named", "called", "call", "met", "told", "asked", "helped", "saw", "visited",
                    "texted", "emailed", "student", "son", "daughter", "brother", "sister", "cousin", "niece", "nephew",
                    "grandson", "granddaughter", "baby", "kid", "client", "youth", "mom", "mum", "dad", "mama", "papa",
                    "little", "connected", "mr", "mrs", "ms", "mx", "miss", "dr", "mister", "madam", "coach", "auntie",
                    "aunt", "uncle", "grandma", "grandpa", "granny", "principal", "officer", "nurse", "pastor"),
            words("mr", "mrs", "ms", "mx", "miss", "dr", "mister", "madam"),
            words("said", "says", "told", "tells", "asked", "asks", "texted", "emailed", "wrote", "mentioned", "shared",
                    "reported", "explained", "missed", "misses", "moved", "lives", "lived", "needs", "needed", "wants",
                    "wanted", "came", "went", "left", "whose", "turned", "cried", "disclosed", "stayed", "slept"),
            // removing a few ordinary words by mistake is the safe side of this trade
            words("said", "says", "told", "tells", "asked", "asks", "called", "calls", "texted", "emailed", "wrote",
                    "mentioned", "shared", "reported", "explained", "missed", "misses", "moved", "lives", "lived",
                    "needs", "needed", "wants", "wanted", "came", "went", "left", "got", "has", "had", "was", "is",
                    "and", "or", "from", "at", "in", "who", "whose"),
            words("family", "household", "siblings", "twins"),
            words("elementary", "middle", "high", "academy", "prep", "charter", "primary", "secondary", "montessori",
                    "magnet", "collegiate"),
            words(),
            titled(EN_TITLES), words());

    static final NameCues FRENCH = ENGLISH.with(
            words("avec", "chez", "pour", "a", "nomme", "nommee", "appele", "appelee", "appelle", "s'appelle",
                    "rencontre", "rencontree", "vu", "vue", "aide", "aidee", "appele", "ecrit", "texte", "dit",
                    "fille", "fils", "mere", "pere", "frere", "soeur", "cousin", "cousine", "niece", "neveu",
                    "petit-fils", "petite-fille", "bebe", "enfant", "eleve", "client", "cliente", "jeune", "maman",
                    "papa", "mamie", "papi", "tante", "tata", "oncle", "tonton", "grand-mere", "grand-pere",
                    "collegue", "voisin", "voisine", "ami", "amie", "copain", "copine", "conjoint", "conjointe", "mari",
                    "femme", "directeur", "directrice", "infirmiere", "infirmier", "prof", "professeur",
                    "professeure", "enseignant", "enseignante", "intervenant", "intervenante", "mme", "m", "mlle",
                    "mmes", "dr", "docteur", "docteure", "monsieur", "madame", "mademoiselle", "me", "maitre"),
            words("mme", "m", "mlle", "mmes", "dr", "docteur", "docteure", "monsieur", "madame", "mademoiselle",
                    "maitre"),
            words("dit", "disait", "m'a", "m'avait", "nous", "raconte", "racontait", "explique", "expliquait",
                    "ecrit", "pleure", "pleurait", "manque", "manquait", "vit", "habite", "habitait", "veut", "voulait",
                    "doit", "est", "etait", "a", "avait", "va", "allait", "vient", "venait", "part", "partait",
                    "demenage", "dort", "dormait", "qui", "dont"),
            words("dit", "disait", "m'a", "m'avait", "nous", "raconte", "explique", "ecrit", "pleure", "manque",
                    "vit", "habite", "veut", "voulait", "doit", "est", "etait", "a", "avait", "va", "vient", "venait",
                    "et", "ou", "qui", "dont", "de", "du", "chez", "avec"),
            words("famille", "foyer"),
            words("ecole", "college", "lycee", "primaire", "secondaire", "academie"),
            words("rose", "blanche", "perle", "fleur", "colombe", "aimee", "aime", "desire", "desiree", "ange",
                    "prudence", "felicite", "patience", "marguerite", "capucine", "violette", "olive", "jade",
                    "constance", "clemence", "clement", "constant", "juste", "prosper", "aurore", "claire", "ambre",
                    "iris", "mirabelle", "pervenche", "victoire", "noel", "pascal", "france", "esperance",
                    "modeste", "franc", "serein", "sereine", "bienvenu", "dominique", "pierre", "gaie", "leger",
                    "sage", "belle", "bijou", "cerise", "prune", "reine", "celeste", "fidele", "honore", "oceane",
                    "real"),
            titled(EN_TITLES + "|(?i:Mme|Mmes|Mlle|M(?=\\.)|Docteure?|Monsieur|Madame|Mademoiselle|Ma[iî]tre)|"
                    + "Tante|Tata|Tonton|Oncle|Mamie|Papi|Père|Frère|Sœur|Soeur|Abbé|Cousine?"),
            words("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'"));

    static final NameCues SPANISH = ENGLISH.with(
            words("con", "para", "a", "llamado", "llamada", "llama", "llame", "vi", "ayude", "conoci", "escribi",
                    "dijo", "hijo", "hija", "madre", "padre", "mama", "papa", "hermano", "hermana", "primo", "prima",
                    "sobrino", "sobrina", "nieto", "nieta", "tia", "tio", "abuela", "abuelo", "bebe", "nino", "nina",
                    "chico", "chica", "alumno", "alumna", "estudiante", "cliente", "joven", "companero", "companera",
                    "colega", "vecino", "vecina", "amigo", "amiga", "esposo", "esposa", "pareja", "director",
                    "directora", "maestro", "maestra", "profe", "profesor", "profesora", "enfermera", "enfermero",
                    "doctor", "doctora", "dr", "dra", "sr", "sra", "srta", "don", "dona", "senor", "senora",
                    "senorita", "lic"),
            words("sr", "sra", "srta", "sres", "dr", "dra", "don", "dona", "senor", "senora", "senorita", "lic",
                    "doctor", "doctora"),
            words("dijo", "decia", "me", "conto", "contaba", "explico", "escribio", "lloro", "lloraba", "falto",
                    "faltaba", "vive", "vivia", "quiere", "queria", "necesita", "necesitaba", "tiene", "tenia", "esta",
                    "estaba", "es", "era", "fue", "vino", "venia", "llamo", "se", "durmio", "duerme", "que", "cuyo",
                    "cuya"),
            words("dijo", "decia", "me", "conto", "explico", "escribio", "lloro", "falto", "vive", "vivia", "quiere",
                    "necesita", "tiene", "tenia", "esta", "estaba", "es", "era", "fue", "vino", "llamo", "se", "y", "e",
                    "o", "que", "de", "del", "con"),
            words("familia", "hogar"),
            words("escuela", "colegio", "primaria", "secundaria", "preparatoria", "liceo", "academia", "instituto"),
            words("rosa", "blanca", "dolores", "mercedes", "paz", "luz", "amparo", "estrella", "nieves", "milagros",
                    "socorro", "remedios", "consuelo", "caridad", "fe", "reyes", "angeles", "rocio", "cielo", "alba",
                    "aurora", "victoria", "gloria", "iris", "flor", "azucena", "perla", "salud", "dulce", "sol",
                    "esperanza", "soledad", "pilar", "lourdes", "rosario", "carmen", "natividad", "asuncion",
                    "concepcion", "encarnacion", "purificacion", "inmaculada", "angel", "cruz", "jesus", "santos",
                    "leal", "clemente", "modesto", "modesta", "serena", "feliz", "prudencio", "amado", "amada",
                    "bienvenido", "celeste", "primavera", "paloma", "violeta", "margarita", "jazmin", "fuensanta"),
            titled(EN_TITLES + "|(?i:Sr|Sra|Srta|Sres|Dra|Lic|Don|Doña|Dona|Señor|Señora|Señorita|Senor|Senora|"
                    + "Senorita|Doctor|Doctora)|Profe|Profesora?|Maestr[oa]|Tía|Tío|Abuel[oa]|Herman[oa]|Madre|Padre"),
            words());

    /** The cues of a community's language (its ISO code); English for any other. */
    static NameCues of(String language) {
        return switch (language) {
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> ENGLISH;
        };
    }

    /** These cues with a language's own added; the title pattern and name words are the language's. */
    private NameCues with(Set<String> before, Set<String> moreTitles, Set<String> after, Set<String> verbs,
                          Set<String> moreFamily, Set<String> moreSchool, Set<String> words, Pattern titled,
                          Set<String> elided) {
        return new NameCues(union(beforeAName, before), union(titles, moreTitles), union(afterAName, after),
                union(personVerbs, verbs), union(family, moreFamily), union(school, moreSchool), Set.copyOf(words),
                titled, elided);
    }

    /** A title of these and the capitalised name after it, one word or two: "Mme Dubois", "Sra. Gutiérrez Ruiz". */
    private static Pattern titled(String titles) {
        return Pattern.compile("\\b(?:" + titles + ")\\.?\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?");
    }

    /** Duplicates allowed, so a word listed twice is no error at start-up. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
