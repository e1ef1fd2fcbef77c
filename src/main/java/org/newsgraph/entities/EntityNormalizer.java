package org.newsgraph.entities;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.NameSpans;
import org.newsgraph.nlp.RawMention;

/**
 * Gives every mention a canonical name and a stable id. Plain Java, no Spark.
 *
 * <ul>
 *   <li>Surface forms are normalised: quotes and spacing, possessives ("Biden's", "China's Xi Jinping"), leading
 *       titles and roles on people ("Mr", "President", "Singer"), honours after a person's name ("QC",
 *       "MP"), a leading "the" on other names.
 *   <li>Within one article a one-word name resolves to the article's only full person name that
 *       ends with it ("Mr Biden" to "Joe Biden"), and "Sir" or "Dame" with one word to the only full
 *       name that begins with it ("Sir Nicholas" to "Nicholas Scott"); when two full names share it, it
 *       stays as is, and one-word places ("Europe" beside "Nintendo Europe"), function words ("Up")
 *       and "names" made of them ("Wake Me Up") take no part in this. A
 *       possessive prefix that the article or the alias table shows to be a place or organisation
 *       goes ("Russia's Zvonareva" is "Zvonareva", then the article's full name ending with it).
 *   <li>The alias table (conf/aliases.tsv) maps known variants to one name ("US" to "United States").
 *   <li>The key is the lower-cased name without full stops; the id is a hash of the key, so the
 *       same name gets the same id in every run. Values (dates, money) are keyed by type too.
 * </ul>
 */
public final class EntityNormalizer implements Serializable {
  /** A mention's canonical entity; {@code type} is the alias table's type, else the mention's own. */
  public record Resolved(String name, String key, long id, EntityType type) {}

  private static final Set<String> PERSON_TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "president", "vice-president",
      "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
      "mayor", "minister", "chancellor", "secretary", "king", "queen", "prince", "princess", "sir",
      "dame", "lord", "lady", "general", "gen", "colonel", "col", "captain", "capt", "pope", "judge",
      "justice", "chairman", "chairwoman", "sheikh", "ayatollah", "rev", "reverend", "premier",
      "commissioner", "ambassador", "leader", "coach", "manager", "striker", "midfielder", "defender",
      // Ranks and offices that American copy abbreviates ("Supt. Cole", "Lt. Marcus Green"); the
      // sentence detector no longer splits them off (nlp.SentenceSplits), so the model may take them in.
      "lt", "lieutenant", "sgt", "sergeant", "cpl", "corporal", "pvt", "maj", "adm", "admiral", "cmdr",
      "commander", "cdr", "brig", "brigadier", "supt", "superintendent", "det", "detective", "insp",
      "inspector", "msgr", "fr", "hon", "atty", "attorney", "pres", "sens", "reps", "messrs",
      // What a person does, which news writes before the name and the model often takes into it
      // ("Singer George Michael", "Musician Alan Wass"): none of these begins an English name.
      "singer", "rapper", "musician", "songwriter", "drummer", "guitarist", "producer", "actor",
      "actress", "comedian", "presenter", "director", "writer", "author", "novelist", "playwright",
      "model", "designer", "boss", "solicitor", "barrister", "lawyer", "economist", "analyst",
      "sprinter", "athlete", "goalkeeper", "keeper", "winger", "flanker", "hooker", "skipper");
  /**
   * Honours and posts written after a British name ("Philippe Sands QC", "Tony Wright MP"): not
   * part of it. Matched as written ("Gary Mp" keeps its last word) and only after two words or more.
   */
  private static final Set<String> POST_NOMINALS = Set.of(
      "QC", "KC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD");
  /**
   * A company's legal form written after its name ("Apple Inc.", "Deutsche Bank AG", "Goldman
   * Sachs & Co."), as keys write them (lower case, no full stops). Names with and without it are one
   * entity: the key drops it, the name keeps it as written.
   */
  private static final Set<String> LEGAL_FORMS = Set.of(
      "inc", "corp", "co", "ltd", "plc", "llc", "llp", "ag", "sa", "nv", "gmbh", "spa");
  /**
   * Words of a company's formal name that say nothing of its business ("Group", "Holdings", "Motor"
   * in "Toyota Motor Corp"), as keys write them: after the name wire copy shortens it to.
   */
  private static final Set<String> COMPANY_WORDS = Set.of(
      "group", "holdings", "holding", "corporation", "company", "international", "industries", "industry",
      "motor", "technologies", "technology", "electronics", "enterprises", "brands", "systems");
  /** Generations written after a person's name: not the surname ("Martin Luther King Jr."). */
  private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Pattern COMMA_GENERATION = Pattern.compile(",\\s*(Jr\\.?|Sr\\.?|II|III|IV)$");
  /** Titles that go with a first name ("Sir Nicholas" is Sir Nicholas Scott, not Mr Nicholas). */
  private static final Set<String> FIRST_NAME_TITLES = Set.of("sir", "dame");
  /**
   * Titles that Gulf news puts before a royal's first name ("Prince Mohammed", "Sheikh Tamim"):
   * such a mention is the article's only full name with "bin" or "ibn" that begins with the word,
   * where there is one ("Mohammed bin Salman"); elsewhere the word is looked up as a surname.
   */
  private static final Set<String> ARAB_FIRST_NAME_TITLES = Set.of("prince", "princess", "sheikh", "sheikha", "emir", "king");

  /**
   * English closed-class words (pronouns, prepositions, determiners, conjunctions, auxiliaries).
   * A full "name" with one of these in it is a title or a phrase the model tagged as a person
   * ("Wake Me Up", a song), not somebody's name, and such a word on its own is no surname: neither
   * takes part in the in-article resolution of one-word names. Words that are also names or name
   * parts are left out: May (Theresa May), Will, He (a Chinese surname), I (Elizabeth I), An, Do,
   * de, van, bin, al.
   */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our",
      "their", "me", "you", "him", "she", "it", "we", "us", "they", "them", "who", "what",
      "which", "and", "or", "but", "nor", "if", "so", "as", "at", "by", "for", "from", "in", "into",
      "of", "off", "on", "onto", "out", "over", "to", "up", "down", "with", "without", "about", "after",
      "before", "under", "is", "are", "was", "were", "be", "been", "does", "did", "have",
      "has", "had", "would", "could", "shall", "should", "must", "not", "no",
      "all", "any", "some", "every", "there", "here", "when", "where", "how", "why");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\"'“”‘’(\\[,;:]+|[\"'“”‘’)\\],;:]+$");

  private final Map<String, Aliases.Entry> aliases;

  /** @param aliases variant key to known entity, as {@link Aliases#parse} returns. */
  public EntityNormalizer(Map<String, Aliases.Entry> aliases) {
    this.aliases = new HashMap<>(aliases);
  }

  /** The display name of one surface form, before any in-article resolution. */
  public String displayName(String surface, EntityType type) {
    String s = SPACES.matcher(surface.replace('’', '\'').replace('‘', '\'')).replaceAll(" ").strip();
    s = EDGE_PUNCT.matcher(s).replaceAll("");
    if (!type.isNamed()) {
      return s;
    }
    Aliases.Entry whole = alias(s);
    if (whole != null) {
      return whole.name(); // a known name, possessive and all ("Lloyd's", "Standard & Poor's")
    }
    if (s.endsWith("'s") || s.endsWith("'S")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("s'")) {
      s = s.substring(0, s.length() - 1);
    }
    if (type == EntityType.PERSON) {
      int possessive = s.lastIndexOf("'s ");
      if (possessive > 0) {
        // "China's Xi Jinping", "Britain's Prince Charles"; but one plain word after the
        // possessive is a title of a work tagged as a person ("Corelli's Mandolin"): keep it whole.
        String rest = s.substring(possessive + 3).strip();
        if (rest.indexOf(' ') > 0) {
          s = rest;
        }
      }
      s = stripPostNominals(stripTitles(COMMA_GENERATION.matcher(s).replaceAll(" $1")));
    } else if (s.regionMatches(true, 0, "the ", 0, 4) && s.length() > 4) {
      s = s.substring(4);
    }
    s = s.strip();
    Aliases.Entry alias = alias(s);
    return alias != null ? alias.name() : s;
  }

  /**
   * The known entity a name is a variant of. Short variants (three letters or fewer: US, UN,
   * WHO) match only when written in capitals, so that "Us" or "Who" at the start of a sentence,
   * tagged as a name by mistake, do not become the United States or the World Health Organization.
   */
  private Aliases.Entry alias(String name) {
    String key = key(name);
    Aliases.Entry entry = aliases.get(key);
    if (entry == null || key.replace(" ", "").length() > 3) {
      return entry;
    }
    String letters = name.replaceAll("[^\\p{L}]", "");
    return letters.equals(letters.toUpperCase(Locale.ROOT)) ? entry : null;
  }

  /** Resolves the mentions of one article; the result lines up with the input. */
  public List<Resolved> resolve(List<RawMention> mentions) {
    List<String> names = new ArrayList<>(mentions.size());
    Set<String> otherNameKeys = new HashSet<>();
    Set<String> nameKeys = new HashSet<>();
    Set<String> bareNameKeys = new HashSet<>();
    for (RawMention m : mentions) {
      String name = displayName(m.text(), m.type());
      names.add(name);
      if (m.type().isNamed() && m.type() != EntityType.PERSON) {
        otherNameKeys.add(key(name));
      }
      if (m.type().isNamed()) {
        nameKeys.add(key(name));
      }
      if (m.type() == EntityType.PERSON && name.indexOf(' ') < 0) {
        bareNameKeys.add(key(name));
      }
    }
    Set<String> fullPersonNames = new LinkedHashSet<>();
    // Organisations' names that end in a surname make it ambiguous: "Musk" is not Kimbal Musk
    // when the model also found "Elon Musk", as an organisation. Not where the words before the
    // surname are a name of their own in the article: the model ran two names together ("Sun
    // Willis", "La Fenice Viotti").
    Set<String> organisationFullNames = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      EntityType type = mentions.get(i).type();
      String given = names.get(i);
      int lastSpace = given.lastIndexOf(' ');
      if (type == EntityType.ORGANIZATION && lastSpace > 0 && !hasFunctionWord(given)
          && !nameKeys.contains(key(given.substring(0, lastSpace)))) {
        organisationFullNames.add(given);
      }
      if (type != EntityType.PERSON) {
        continue;
      }
      String name = withoutPlacePossessive(names.get(i), otherNameKeys);
      names.set(i, name);
      if (name.indexOf(' ') > 0 && !hasFunctionWord(name)) {
        fullPersonNames.add(name);
      }
    }
    // Built when first needed, so that a story that lists thousands of names costs one lookup per name.
    NameIndex persons = null;
    NameIndex organisations = null;
    Map<String, String> fullNamesByTail = null;
    Map<String, String> companiesByFirstWords = null;
    List<Resolved> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      RawMention m = mentions.get(i);
      String name = names.get(i);
      // A one-word place is not a surname: "Europe" beside "Nintendo Europe" (an organisation the
      // model took for a person), "France" beside "Stade de France". The model's other types for
      // one word ("Gerrard" as MISC) are often a person it mistyped, so those still join.
      if (m.type().isNamed() && m.type() != EntityType.LOCATION && name.indexOf(' ') < 0
          && !FUNCTION_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
        if (persons == null) {
          persons = new NameIndex(fullPersonNames);
          organisations = new NameIndex(organisationFullNames);
        }
        boolean firstName = m.type() == EntityType.PERSON && firstNameTitle(m.text(), FIRST_NAME_TITLES);
        if (!firstName && m.type() == EntityType.PERSON && firstNameTitle(m.text(), ARAB_FIRST_NAME_TITLES)) {
          String full = onlyFullNameWith(name, true, new NameIndex(arabNames(fullPersonNames)), null);
          name = full.equals(name) ? onlyFullNameWith(name, false, persons, organisations) : full;
        } else {
          name = onlyFullNameWith(name, firstName, persons, organisations);
          if (!firstName && m.type() == EntityType.PERSON && m.text().strip().indexOf(' ') < 0) {
            name = firstNameAlone(name, persons, organisations, otherNameKeys, bareNameKeys);
          }
        }
      } else if (m.type() == EntityType.PERSON && name.indexOf(' ') > 0 && !hasFunctionWord(name)) {
        // The last words of a longer name: "Trump Jr.", "Lopez Obrador", "Suu Kyi", "bin Laden".
        if (fullNamesByTail == null) {
          fullNamesByTail = fullNamesByTail(fullPersonNames);
        }
        String full = fullNamesByTail.get(key(name));
        name = full == null || full.isEmpty() ? name : full;
      }
      if (m.type() == EntityType.ORGANIZATION && name.equals(names.get(i))) {
        // "Goldman" and "Goldman Sachs" after "Goldman Sachs Group Inc": the first words of a
        // company's formal name, which wire copy gives once and then shortens.
        if (companiesByFirstWords == null) {
          companiesByFirstWords = companiesByFirstWords(names, mentions);
        }
        String company = companiesByFirstWords.get(key(name));
        name = company == null || company.isEmpty() ? name : company;
      }
      String key = !m.type().isNamed() ? m.type().name() + ":" + key(name)
          : m.type() == EntityType.PERSON ? key(name) : withoutLegalForm(key(name));
      Aliases.Entry known = m.type().isNamed() ? alias(name) : null;
      out.add(new Resolved(name, key, id(key), known != null ? known.type() : m.type()));
    }
    return out;
  }

  /**
   * "Russia's Zvonareva", "Chelsea's Lampard": {@link #displayName} keeps "X's Word" whole (it may
   * be a work's title, "Corelli's Mandolin"), but when X is a place or organisation, because the
   * article names it as one or the alias table knows it as one, the person is the word alone.
   */
  private String withoutPlacePossessive(String name, Set<String> otherNameKeys) {
    int possessive = name.lastIndexOf("'s ");
    if (possessive <= 0 || name.indexOf(' ', possessive + 3) >= 0) {
      return name;
    }
    String owner = name.substring(0, possessive);
    Aliases.Entry known = alias(owner);
    boolean notAPerson = otherNameKeys.contains(key(owner)) || (known != null && known.type() != EntityType.PERSON);
    return notAPerson ? name.substring(possessive + 3) : name;
  }

  private static boolean hasFunctionWord(String name) {
    for (String word : SPACES.split(name)) {
      if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a surface is one of the titles and one word ("Sir Nicholas"). */
  private static boolean firstNameTitle(String surface, Set<String> titles) {
    String[] words = SPACES.split(surface.strip());
    return words.length == 2 && titles.contains(words[0].toLowerCase(Locale.ROOT));
  }

  /** Full names with "bin" or "ibn" in them ("Mohammed bin Salman"). */
  private static Set<String> arabNames(Set<String> fullNames) {
    Set<String> out = new LinkedHashSet<>();
    for (String full : fullNames) {
      if (hasSonOf(full)) {
        out.add(full);
      }
    }
    return out;
  }

  /**
   * Whether a name has "bin", "ibn" or "bint" inside it ({@link NameSpans#SON_OF}): the words after
   * it are a father's name or a family's ("Mohammed bin Salman", "Osama bin Laden"), so the last
   * word alone is no surname to look up.
   */
  private static boolean hasSonOf(String name) {
    String[] words = SPACES.split(name);
    for (int i = 1; i < words.length - 1; i++) {
      if (NameSpans.SON_OF.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  /** Full names by their surname and by their first word, both in lower case. */
  private static final class NameIndex {
    final Map<String, List<String>> bySurname = new HashMap<>();
    final Map<String, List<String>> byFirstWord = new HashMap<>();

    NameIndex(Set<String> fullNames) {
      for (String full : fullNames) {
        bySurname.computeIfAbsent(surname(full).toLowerCase(Locale.ROOT), w -> new ArrayList<>()).add(full);
        byFirstWord.computeIfAbsent(full.substring(0, full.indexOf(' ')).toLowerCase(Locale.ROOT), w -> new ArrayList<>()).add(full);
      }
    }
  }

  /**
   * The article's only full name whose last word (or first word, for {@code firstName}) is the
   * given one, ignoring case; the word itself when no full name or more than one has it, or when
   * an organisation's name ends in it that is not the same name typed otherwise.
   */
  private static String onlyFullNameWith(String word, boolean firstName, NameIndex fullNames, NameIndex organisationNames) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> matching = (firstName ? fullNames.byFirstWord : fullNames.bySurname).getOrDefault(lower, List.of());
    Set<String> foundKeys = new HashSet<>();
    for (String full : matching) {
      foundKeys.add(key(full));
    }
    if (foundKeys.size() != 1) {
      return word;
    }
    if (!firstName) {
      for (String other : organisationNames.bySurname.getOrDefault(lower, List.of())) {
        if (!foundKeys.contains(key(other))) {
          return word;
        }
      }
    }
    return matching.get(matching.size() - 1);
  }

  /** A given name of syllables joined by a hyphen, written after the family name: "Jae-yong", "Jong-un". */
  private static final Pattern EAST_ASIAN_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{0,4}-\\p{Ll}{2,6}");

  /** Common Chinese family names in pinyin, which come first: "Xi Jinping", "Wang Yi". */
  private static final Set<String> CHINESE_FAMILY_NAMES = Set.of(
      "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma",
      "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng", "liang", "xie", "song", "tang", "han",
      "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang",
      "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "cui", "zhong",
      "tan", "fan", "jin", "shi", "liao", "jia", "xia", "fu", "fang", "bai", "zou", "meng", "xiong",
      "qin", "qiu", "yin", "xue", "yan", "duan", "lei", "hou", "long", "tao", "gu", "mao", "hao",
      "gong", "shao", "wan", "qian", "dai", "mo", "kong", "xiang", "xi", "bo", "wen", "hua", "kang",
      "zhan", "ni");
  /** A given name of one to three pinyin syllables ("Jinping", "Yi", "Xiaoping"). */
  private static final Pattern PINYIN_GIVEN_NAME = Pattern.compile(
      "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|ang|eng|ong|uai|uan"
          + "|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)){1,3}");
  /** Common Korean family names, first in names written in three words: "Yoon Suk Yeol". */
  private static final Set<String> KOREAN_FAMILY_NAMES = Set.of(
      "kim", "lee", "park", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "lim", "han",
      "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang",
      "son", "bae", "baek", "roh", "noh", "nam", "ban");

  /**
   * The last word of a full name, or the one before a generation ("King" in "Martin Luther King
   * Jr."), or the family name where East Asian names put it first: before a given name with a
   * hyphen ("Kim" in "Kim Jong-un"), a Chinese family name before a pinyin given name ("Xi" in "Xi
   * Jinping"), a Korean one before two short syllables ("Yoon" in "Yoon Suk Yeol"). An Arabic name
   * with "bin" or "ibn" has none but itself.
   */
  static String surname(String fullName) {
    String[] words = SPACES.split(fullName);
    if (words.length == 2 && (EAST_ASIAN_GIVEN_NAME.matcher(words[1]).matches()
        || (CHINESE_FAMILY_NAMES.contains(words[0].toLowerCase(Locale.ROOT)) && capitalisedOnce(words[1])
            && PINYIN_GIVEN_NAME.matcher(words[1].toLowerCase(Locale.ROOT)).matches()))) {
      return words[0];
    }
    if (words.length == 3 && KOREAN_FAMILY_NAMES.contains(words[0].toLowerCase(Locale.ROOT))
        && words[1].length() <= 4 && words[2].length() <= 4 && capitalisedOnce(words[1]) && capitalisedOnce(words[2])) {
      return words[0];
    }
    if (hasSonOf(fullName)) {
      return fullName; // never one word
    }
    int last = words.length - 1;
    if (last > 1 && GENERATIONS.contains(key(words[last]))) {
      last--;
    }
    return words[last];
  }

  /**
   * Each key of two words or more that ends a longer full name ("trump jr" of "Donald Trump Jr."),
   * to that full name; to "" where it ends two different ones. Built once per article, so that a
   * story that lists thousands of names costs one lookup per name.
   */
  private static Map<String, String> fullNamesByTail(Set<String> fullNames) {
    Map<String, String> out = new HashMap<>();
    Map<String, String> keyOf = new HashMap<>();
    for (String full : fullNames) {
      String fullKey = key(full);
      String[] words = SPACES.split(fullKey);
      for (int k = 1; k < words.length - 1; k++) {
        String tail = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
        String before = keyOf.putIfAbsent(tail, fullKey);
        if (before == null) {
          out.put(tail, full);
        } else if (!before.equals(fullKey)) {
          out.put(tail, "");
        }
      }
    }
    return out;
  }

  /**
   * The article's companies' formal names (an organisation's name with a legal form at its end,
   * "Goldman Sachs Group Inc") by the keys of their first words where only words that any company
   * may have in its formal name follow them ("goldman sachs", not "goldman"; "toyota" in "Toyota
   * Motor Corp", not "general motors" in "General Motors Acceptance Corp", a subsidiary); an empty
   * name where two companies begin with the same words.
   */
  private static Map<String, String> companiesByFirstWords(List<String> names, List<RawMention> mentions) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String withoutForm = withoutLegalForm(key(name));
      if (mentions.get(i).type() != EntityType.ORGANIZATION || withoutForm.equals(key(name))) {
        continue;
      }
      boolean companyWordsOnly = true; // from the end of the name to the words before sp
      for (int sp = withoutForm.lastIndexOf(' '); sp > 0; sp = withoutForm.lastIndexOf(' ', sp - 1)) {
        companyWordsOnly &= COMPANY_WORDS.contains(withoutForm.substring(sp + 1).split(" ")[0]);
        String firstWords = withoutForm.substring(0, sp);
        String before = out.putIfAbsent(firstWords, companyWordsOnly ? name : "");
        if (before != null && (before.isEmpty() || !withoutLegalForm(key(before)).equals(withoutForm))) {
          out.put(firstWords, "");
        }
      }
    }
    return out;
  }

  /**
   * A first name alone, without a title ("Bukayo was outstanding", the manager said), where no
   * name ends in it and the article names nothing else with it: the only full name that begins with
   * it, if the article also calls that person by the surname alone. "Yahoo Messenger", "Mac Mini"
   * or "Godzilla Day", which the model took for people, are never called "Messenger", "Mini" or
   * "Day". Otherwise the name as it is.
   */
  private static String firstNameAlone(String name, NameIndex persons, NameIndex organisations,
      Set<String> otherNameKeys, Set<String> bareNameKeys) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.indexOf(' ') >= 0 || !capitalisedOnce(name) || persons.bySurname.containsKey(lower)
        || organisations.bySurname.containsKey(lower) || otherNameKeys.contains(lower)) {
      return name;
    }
    String full = onlyFullNameWith(name, true, persons, organisations);
    return bareNameKeys.contains(key(surname(full))) ? full : name;
  }

  /** A word with a capital first and small letters after it ("Jinping", not "JINPING" or "McDo"). */
  private static boolean capitalisedOnce(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A key without the legal forms at its end ("apple inc" is "apple", "huawei technologies co ltd"
   * "huawei technologies"); one word stays as it is.
   */
  static String withoutLegalForm(String key) {
    int sp = key.lastIndexOf(' ');
    if (sp < 0 || !LEGAL_FORMS.contains(key.substring(sp + 1))) {
      return key;
    }
    String rest = key.substring(0, sp).strip();
    while (rest.endsWith(",") || rest.endsWith("&")) {
      rest = rest.substring(0, rest.length() - 1).strip();
    }
    return rest.isEmpty() ? key : withoutLegalForm(rest);
  }

  private static String stripPostNominals(String name) {
    String s = name;
    while (true) {
      int sp = s.lastIndexOf(' ');
      if (sp < 0 || s.indexOf(' ') == sp || !POST_NOMINALS.contains(s.substring(sp + 1).replace(",", ""))) {
        return s; // two words stay at least: "Sands QC" may be all the model found
      }
      s = s.substring(0, sp).strip();
      if (s.endsWith(",")) {
        s = s.substring(0, s.length() - 1);
      }
    }
  }

  private static String stripTitles(String name) {
    String s = name;
    while (true) {
      int sp = s.indexOf(' ');
      if (sp < 0) {
        return s;
      }
      String first = s.substring(0, sp).toLowerCase(Locale.ROOT);
      if (first.endsWith(".")) {
        first = first.substring(0, first.length() - 1);
      }
      boolean crownPrince = first.equals("crown") && s.regionMatches(true, sp + 1, "prince", 0, 6);
      if (!PERSON_TITLES.contains(first) && !crownPrince) {
        return s;
      }
      s = s.substring(sp + 1).strip();
    }
  }

  /** Lower case, no full stops ("U.S." and "US" meet), hyphens and dashes unified, single spaces. */
  public static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace(".", "").replace('–', '-').replace('—', '-');
    return SPACES.matcher(k).replaceAll(" ").strip();
  }

  /** A stable, non-negative 63-bit id: the first bytes of the key's SHA-256. */
  public static long id(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xFF);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
