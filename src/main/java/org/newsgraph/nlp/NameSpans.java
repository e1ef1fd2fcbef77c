package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Corrections to the name finder's spans, applied the same way in the job ({@link ArticleAnnotator})
 * and in {@code eval-ner} ({@link NerEvaluation}), so that the scores describe what the job does.
 */
public final class NameSpans {
  private static final String PERSON = EntityType.PERSON.name();
  private static final String ORGANIZATION = EntityType.ORGANIZATION.name();

  private NameSpans() {}

  /**
   * The corrections of one sentence's names: {@link #withoutMonths}, {@link #withoutCommonAbbreviations},
   * {@link #withoutAffiliations},
   * {@link #withInitials}, {@link #joinedAcrossParticles}, {@link #withoutTitles},
   * {@link #websitesAsOrganizations}, {@link #splitLists}, {@link #withoutLeadingWords},
   * {@link #splitAfterModifiers}.
   */
  public static Span[] inSentence(String[] tokens, Span[] names) {
    return websitesAsOrganizations(tokens, withoutTitles(tokens,
        joinedAcrossParticles(tokens, withInitials(tokens, withoutAffiliations(tokens,
            withoutCommonAbbreviations(tokens, withoutMonths(tokens,
                splitAfterModifiers(tokens, splitLists(tokens, withoutLeadingWords(tokens, names))))))))));
  }

  /**
   * Words that begin no name: the model takes `the` and the possessive `'s` before a name into it
   * (`told the Sun`, `Britain 's Sun newspaper`), and no name of any type in CoNLL-2003's
   * `eng.train` begins with either (`The`, capitalised, begins 34: `The Hague`).
   */
  static Span[] withoutLeadingWords(String[] tokens, Span[] names) {
    Span[] out = names;
    for (int i = 0; i < names.length; i++) {
      Span n = names[i];
      int start = n.getStart();
      while (start < n.getEnd() - 1 && (tokens[start].equals("the") || tokens[start].equals("'s"))) {
        start++;
      }
      if (start > n.getStart()) {
        if (out == names) {
          out = names.clone();
        }
        out[i] = new Span(start, n.getEnd(), n.getType(), n.getProb());
      }
    }
    return out;
  }

  /**
   * A capitalised word made a modifier by a hyphen and one of these endings: `Ontario-based`,
   * `Brazilian-born`, `Kremlin-backed`. The endings are those of the MISC modifiers in `eng.train`
   * that make a modifier of any name (not `-year`, `-like`), and `-language`, `-owned`, `-organized`.
   */
  private static final Pattern MODIFIER = Pattern.compile("\\p{Lu}[\\p{L}.]*-(based|born|led|ruled|controlled|style|held|"
      + "dominated|winning|sponsored|speaking|language|run|registered|era|bound|owned|organised|organized|made|listed|"
      + "initiated|hosted|funded|educated|built|backed|written)");

  /**
   * A name's modifier is a name of its own: the model runs `Ontario-based Magna`, `Boston-based
   * Reagan Communications` and `Brazilian-born Luis Oliveira` into one name, where CoNLL-2003
   * tags the modifier MISC and the name after it apart. In `eng.train` every capitalised word with
   * a lower-case ending after a hyphen that is in a name (`-based` 21, `-led` 6, `-ruled` 5, ...
   * 85 in all, 83 of them MISC) ends its name. So a name is cut after a {@link #MODIFIER} that is
   * not its last word: the part up to it becomes MISC, the rest keeps the name's type. Only the
   * listed endings: `Dai-ichi Life`, `Ross-van Dorp` and a sentence's `Multi-band OFDM` are no
   * modifiers.
   */
  static Span[] splitAfterModifiers(String[] tokens, Span[] names) {
    return replaced(names, n -> {
      for (int i = n.getStart(); i < n.getEnd() - 1; i++) {
        if (MODIFIER.matcher(tokens[i]).matches()) {
          return List.of(new Span(n.getStart(), i + 1, EntityType.MISC.name(), n.getProb()),
              new Span(i + 1, n.getEnd(), n.getType(), n.getProb()));
        }
      }
      return null;
    });
  }

  /** Words that end a company's name: a comma before them is part of the name ("Smith Barney , Inc."). */
  private static final Set<String> COMPANY_SUFFIXES = Set.of(
      "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co", "Co.", "LLC", "Plc", "plc", "PLC", "SA", "AG", "NV", "GmbH");

  /**
   * A list of names is not one name: the model runs `Sussex or Surrey`, `Mercantile or Commerce`
   * and `Hyundai , Haitai` into one organisation. A name is split at `or` (in CoNLL-2003's
   * `eng.train` no name of any type holds it), and an organisation at a comma unless it also holds
   * `and`, `&` or a company suffix (12 of the 13 organisations with a comma in `eng.train` do:
   * `Goldman , Sachs & Co`, `Alcohol , Tobacco and Firearms`). Places keep their commas
   * (`Washington , D.C.` is one in CoNLL-2003).
   */
  static Span[] splitLists(String[] tokens, Span[] names) {
    return replaced(names, n -> {
      boolean commas = n.getType().equals(ORGANIZATION) && commaSeparates(tokens, n);
      List<Span> parts = null;
      int from = n.getStart();
      for (int i = n.getStart(); i < n.getEnd(); i++) {
        if (tokens[i].equals("or") || (commas && tokens[i].equals(","))) {
          parts = parts == null ? new ArrayList<>() : parts;
          if (i > from) {
            parts.add(new Span(from, i, n.getType(), n.getProb()));
          }
          from = i + 1;
        }
      }
      if (parts != null && from < n.getEnd()) {
        parts.add(new Span(from, n.getEnd(), n.getType(), n.getProb()));
      }
      return parts;
    });
  }

  private static boolean commaSeparates(String[] tokens, Span name) {
    for (int i = name.getStart(); i < name.getEnd(); i++) {
      if (tokens[i].equals("and") || tokens[i].equals("&") || COMPANY_SUFFIXES.contains(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> CHAMBERS = Set.of("Senate", "House", "Assembly");
  private static final Set<String> LEADERSHIP = Set.of("Majority", "Minority", "Whip", "Leader");
  /** The first words of a title written after an organisation's name ("IMF Managing Director"). */
  private static final Set<String> TITLE_FIRST_WORDS = Set.of(
      "Managing", "Press", "Chief", "Deputy", "Vice", "Financial", "Operating", "Majority", "Minority",
      "Foreign", "Senior", "Assistant", "Associate");
  /** The last word of such a title. */
  private static final Set<String> TITLE_LAST_WORDS = Set.of(
      "Director", "Director-General", "Secretary", "Secretary-General", "Officer", "Executive", "Leader",
      "Whip", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman", "Chairwoman", "Chair", "President",
      "Governor", "Economist", "Strategist", "Editor", "Correspondent", "Minister", "Commissioner", "Counsel");

  /**
   * A title written after an organisation's name, before a person's: the model takes the title's
   * first words into the organisation, `IMF Managing` (Director Kristalina Georgieva), `White House
   * Press` (Secretary), `Senate Majority` (Leader Chuck Schumer) or `Senate Minority Whip`. The
   * organisation is the name without them: a non-person name loses its last words where they begin
   * a title whose last word comes next, and a chamber of a parliament loses `Majority`, `Minority`,
   * `Whip` and `Leader` at its end wherever it stands.
   */
  static Span[] withoutTitles(String[] tokens, Span[] names) {
    Span[] out = names;
    for (int i = 0; i < names.length; i++) {
      Span n = names[i];
      if (isPerson(n) || n.length() < 2) {
        continue;
      }
      int end = n.getEnd();
      if (CHAMBERS.contains(tokens[n.getStart()])) {
        while (end > n.getStart() + 1 && LEADERSHIP.contains(tokens[end - 1])) {
          end--;
        }
      } else if (end < tokens.length && TITLE_LAST_WORDS.contains(tokens[end])) {
        while (end > n.getStart() + 1 && TITLE_FIRST_WORDS.contains(tokens[end - 1])) {
          end--;
        }
      }
      if (end < n.getEnd()) {
        if (out == names) {
          out = names.clone();
        }
        out[i] = new Span(n.getStart(), end, n.getType(), n.getProb());
      }
    }
    return out;
  }

  /**
   * A month before a day's number is a date, not a name: the model tags "Jan." in "set for Jan. 12"
   * a person (CoNLL-2003 writes dates as "1996-08-30"). The value patterns ({@link ValueFinder})
   * decide what a date is, and then find it.
   */
  static Span[] withoutMonths(String[] tokens, Span[] names) {
    return without(names, n -> n.length() == 1 && n.getEnd() < tokens.length && !tokens[n.getEnd()].isEmpty()
        && Character.isDigit(tokens[n.getEnd()].charAt(0))
        && ValueFinder.isDate(tokens[n.getStart()] + " " + tokens[n.getEnd()]));
  }

  /**
   * Common nouns written in capitals, which CoNLL-2003 never tags alone (`TV` is O there, and a
   * name only inside one, `Asian Star TV`). The model takes them for organisations: on BBC `TV`
   * 140 times, `PC` 79, `DVD` 59.
   */
  private static final Set<String> COMMON_ABBREVIATIONS = Set.of(
      "TV", "TVs", "PC", "PCs", "DVD", "DVDs", "CD", "CDs", "HD", "HDTV", "LCD", "MP3", "SMS", "GPS", "VCR",
      "DSL", "USB", "PDA", "PDAs", "CPU", "3G", "WAP", "ID", "IDs", "DJ", "DJs", "MP", "MPs", "MEP", "MEPs",
      "CEO", "CEOs", "GDP", "IPO", "VAT", "PIN", "ATM", "SUV", "SUVs", "DNA", "UFO");

  /** A name that is one of {@link #COMMON_ABBREVIATIONS} alone is no name; inside a longer name it stays. */
  static Span[] withoutCommonAbbreviations(String[] tokens, Span[] names) {
    return without(names, n -> n.length() == 1 && COMMON_ABBREVIATIONS.contains(tokens[n.getStart()]));
  }

  /** The names without those the test drops; the same array where it drops none. */
  private static Span[] without(Span[] names, Predicate<Span> dropped) {
    return replaced(names, n -> dropped.test(n) ? List.of() : null);
  }

  /**
   * Each name replaced by the spans {@code parts} gives for it (none drops it; null keeps it as it
   * is), in order; the same array where every name is kept, so that most sentences copy nothing.
   */
  private static Span[] replaced(Span[] names, java.util.function.Function<Span, List<Span>> parts) {
    List<Span> out = null;
    for (int k = 0; k < names.length; k++) {
      List<Span> replacement = parts.apply(names[k]);
      if (replacement == null) {
        if (out != null) {
          out.add(names[k]);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(List.of(names).subList(0, k));
      }
      out.addAll(replacement);
    }
    return out == null ? names : out.toArray(new Span[0]);
  }

  /** "son of" in Arabic names, written in lower case between the name's parts. */
  public static final Set<String> SON_OF = Set.of("bin", "ibn", "bint");

  /**
   * The small words of Dutch, German, French, Italian, Spanish and Portuguese names, written in lower
   * case inside them ("Erik ten Hag", "Ursula von der Leyen", "Lula da Silva").
   */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "ten", "ter", "le", "la");

  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{L}+");

  /**
   * The model ends a name before a lower-case word inside it: CoNLL-2003's news has no "bin", and
   * few names with "ten" or "von". Two names with only "bin", "ibn" or "bint" between them are one
   * person's ("Osama bin Laden", "Mohammed bin Salman"); two names of one type with only one to
   * three of the European small words between them are one ("Erik" and "Hag" in "Erik ten Hag",
   * "Stade" and "France"); and a person's name
   * followed by such words and a capitalised word that no name takes in ("Ursula" in "Ursula von
   * der Leyen", "Osama" in "Osama bin Laden") takes them in.
   */
  static Span[] joinedAcrossParticles(String[] tokens, Span[] names) {
    List<Span> out = new ArrayList<>(names.length);
    boolean changed = false;
    for (int i = 0; i < names.length; i++) {
      Span n = names[i];
      Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
      int between = previous == null ? 0 : n.getStart() - previous.getEnd();
      boolean sonOf = between == 1 && SON_OF.contains(tokens[previous.getEnd()]);
      boolean particles = between >= 1 && between <= 3 && particles(tokens, previous.getEnd(), n.getStart())
          && previous.getType().equals(n.getType());
      if (sonOf || particles) {
        String type = isPerson(previous) || isPerson(n) ? PERSON : n.getType();
        out.set(out.size() - 1, new Span(previous.getStart(), n.getEnd(), type, Math.min(previous.getProb(), n.getProb())));
        changed = true;
      } else {
        out.add(n);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      Span n = out.get(i);
      int nextStart = i + 1 < out.size() ? out.get(i + 1).getStart() : tokens.length;
      int e = n.getEnd();
      while (e < nextStart && e - n.getEnd() < 3 && (NAME_PARTICLES.contains(tokens[e]) || SON_OF.contains(tokens[e]))) {
        e++;
      }
      if (isPerson(n) && e > n.getEnd() && e < nextStart && CAPITALISED_WORD.matcher(tokens[e]).matches()) {
        out.set(i, new Span(n.getStart(), e + 1, n.getType(), n.getProb()));
        changed = true;
      }
    }
    return changed ? out.toArray(new Span[0]) : names;
  }

  private static boolean particles(String[] tokens, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!NAME_PARTICLES.contains(tokens[t])) {
        return false;
      }
    }
    return true;
  }

  /** English words that end a compound after a name ("Obama-era", "Beckham-style"): no given names. */
  private static final Set<String> COMPOUND_HEADS = Set.of(
      "born", "bred", "run", "era", "style", "type", "like", "wide", "free", "made", "bound", "proof",
      "fan", "fans", "mania", "esque", "lite", "time", "year", "half", "one", "two", "up", "on", "off",
      "out", "over", "to", "of", "for", "size", "class", "level", "camp", "team", "gate", "zone", "mode",
      "wise", "less", "ish", "ist", "ism", "ite", "ites", "ready", "rich", "poor", "heavy", "only", "all");

  /**
   * Given names written with a hyphen and a small letter, as Korean and Taiwanese names are
   * ("Lee Jae-yong", "Kim Jong-un", "Tsai Ing-wen"): the UD tokenizer cuts them at the hyphen, and
   * joining such tokens back before the model would also join "London-based", so the model's person
   * name is carried over the hyphen afterwards: "Lee Jae" becomes "Lee Jae-yong". Only where the
   * name has two words or more, its last word is short (a syllable, up to five letters), the hyphen
   * touches both words and the part after it is a short lower-case word that is no English compound
   * head ("Tony Blair-led", "Barack Obama-era" stay as they are).
   *
   * @param tokens the model's tokens
   * @param offsets their character spans, so that the hyphen is seen to touch both words
   */
  public static Span[] withHyphenatedGivenNames(String[] tokens, Span[] offsets, Span[] names) {
    Span[] out = names;
    for (int i = 0; i < names.length; i++) {
      Span n = names[i];
      int e = n.getEnd();
      if (!isPerson(n) || n.length() < 2 || e + 1 >= tokens.length || !tokens[e].equals("-")
          || offsets[e].getStart() != offsets[e - 1].getEnd() || offsets[e + 1].getStart() != offsets[e].getEnd()
          || (e + 2 < tokens.length && offsets[e + 2].getStart() == offsets[e + 1].getEnd()
              && (tokens[e + 2].equals("-") || Character.isLetterOrDigit(tokens[e + 2].charAt(0))))) {
        continue;
      }
      String last = tokens[e - 1];
      String after = tokens[e + 1];
      if (last.length() <= 5 && Character.isUpperCase(last.charAt(0)) && after.length() >= 2 && after.length() <= 6
          && after.chars().allMatch(c -> c >= 'a' && c <= 'z') && !after.endsWith("ed") && !after.endsWith("ing")
          && !after.endsWith("ly") && !COMPOUND_HEADS.contains(after)) {
        if (out == names) {
          out = names.clone();
        }
        out[i] = new Span(n.getStart(), e + 2, n.getType(), n.getProb());
      }
    }
    return out;
  }

  private static final Pattern WEBSITE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*\\.(com|net|org|co\\.uk|org\\.uk|io)");

  /**
   * A name that is one web address ("Amazon.com", "Paypal.com") is the company or the site, an
   * organisation. CoNLL-2003's news of 1996 has almost none, so the model typed them by the rest
   * of the sentence: on the BBC corpus "Amazon.com" ORGANIZATION or MISC, "Paypal.com" PERSON.
   */
  static Span[] websitesAsOrganizations(String[] tokens, Span[] names) {
    Span[] out = names;
    for (int i = 0; i < names.length; i++) {
      Span n = names[i];
      if (n.length() == 1 && !ORGANIZATION.equals(n.getType()) && WEBSITE.matcher(tokens[n.getStart()]).matches()) {
        if (out == names) {
          out = names.clone();
        }
        out[i] = new Span(n.getStart(), n.getEnd(), ORGANIZATION, n.getProb());
      }
    }
    return out;
  }

  /**
   * American wire copy writes a politician's party and state after the name ("Sen. Maria Delgado,
   * D-N.M., said"; "R-Texas", "I-Vt."), and the model tags that token as a second person. It names
   * nobody, so a name that is exactly one such token goes. The states are AP's abbreviations, the
   * names it does not shorten and the postal codes, so that "D-Day" stays.
   */
  public static Span[] withoutAffiliations(String[] tokens, Span[] names) {
    List<Span> out = null;
    for (int i = 0; i < names.length; i++) {
      Span n = names[i];
      boolean affiliation = n.length() == 1 && isAffiliation(tokens[n.getStart()]);
      if (affiliation && out == null) {
        out = new ArrayList<>(java.util.Arrays.asList(names).subList(0, i));
      }
      if (!affiliation && out != null) {
        out.add(n);
      }
    }
    return out == null ? names : out.toArray(new Span[0]);
  }

  private static final Set<String> STATES = Set.of(
      "Ala.", "Alaska", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Hawaii",
      "Idaho", "Ill.", "Ind.", "Iowa", "Kan.", "Ky.", "La.", "Maine", "Md.", "Mass.", "Mich.", "Minn.",
      "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Ohio",
      "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Texas", "Utah", "Vt.", "Va.", "Wash.",
      "W.Va.", "Wis.", "Wyo.", "D.C.", "P.R.", "Guam",
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
      "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
      "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
      "WI", "WY", "DC", "PR", "GU");

  /** "D-Ga" too: at the end of a sentence the tokenizer takes the state's full stop for the sentence's. */
  static boolean isAffiliation(String token) {
    if (token.length() <= 3 || "DRI".indexOf(token.charAt(0)) < 0 || token.charAt(1) != '-') {
      return false;
    }
    String state = token.substring(2);
    return STATES.contains(state) || STATES.contains(state + ".");
  }

  /**
   * A person's name that the model began one token late, after the first-name initial ("S Lamont"
   * in a squad list tagged as "Lamont"), gets its initial back: otherwise the bare surname is
   * resolved to whichever other initial of that surname the article names in full ("R Lamont").
   * Where a person's name ends right before the initial, the model has split one name around a
   * middle initial ("George" and "Bush" in "George W Bush") and the three become one. An initial
   * is one capital letter with or without a full stop; "A" and "I" without one are words as often
   * as initials and are left alone.
   */
  public static Span[] withInitials(String[] tokens, Span[] names) {
    java.util.List<Span> out = null;
    for (int i = 0; i < names.length; i++) {
      Span n = names[i];
      int before = n.getStart() - 1;
      Span previous = i > 0 ? names[i - 1] : null;
      boolean initial = before >= 0 && isPerson(n) && isInitial(tokens[before])
          && (previous == null || previous.getEnd() <= before);
      if (!initial) {
        if (out != null) {
          out.add(n);
        }
        continue;
      }
      if (out == null) {
        out = new java.util.ArrayList<>(java.util.Arrays.asList(names).subList(0, i));
      }
      if (previous != null && previous.getEnd() == before && isPerson(previous)) {
        out.remove(out.size() - 1);
        out.add(new Span(previous.getStart(), n.getEnd(), n.getType(), Math.min(previous.getProb(), n.getProb())));
      } else {
        out.add(new Span(before, n.getEnd(), n.getType(), n.getProb()));
      }
    }
    return out == null ? names : out.toArray(new Span[0]);
  }

  /**
   * Document-level: a name the model typed otherwise that is the last words of a person's full name
   * found in the same document is that person's surname ("Washington" after "MaliVai Washington",
   * "Jordan" after "Michael Jordan"), unless the full name's first words look like something else
   * than a first name: a name of their own in the document (the model ran two names together:
   * "Lebed Chechnya" in a headline, with "Lebed" named alone elsewhere), a word not capitalised
   * ("Stade de France"), or a word the document also writes in lower case (a capitalised common
   * word the model took for a first name, "Veteran" where the article also says "veteran"; where
   * it does not, such spans still pass: docs/ner.md counts them). Names written in capitals ("QC")
   * are left alone.
   *
   * @param names each name's words, in document order
   * @param types their types ({@link EntityType} names), retyped in place
   * @param lowerCaseWords the document's words that begin with a lower-case letter
   * @return how many were retyped
   */
  public static int personSurnames(List<List<String>> names, String[] types, Set<String> lowerCaseWords) {
    Set<List<String>> all = new HashSet<>(names);
    // Full names by their last word, so that a long document costs one lookup per name.
    Map<String, List<List<String>>> fullNames = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      List<String> name = names.get(i);
      if (name.size() >= 2 && PERSON.equals(types[i])) {
        fullNames.computeIfAbsent(name.get(name.size() - 1), w -> new ArrayList<>()).add(name);
      }
    }
    int retyped = 0;
    for (int i = 0; i < names.size(); i++) {
      List<String> name = names.get(i);
      if (PERSON.equals(types[i]) || name.isEmpty() || allCapitals(name)) {
        continue;
      }
      for (List<String> full : fullNames.getOrDefault(name.get(name.size() - 1), List.of())) {
        int cut = full.size() - name.size();
        if (cut > 0 && full.subList(cut, full.size()).equals(name)
            && firstNames(full.subList(0, cut), all, lowerCaseWords)) {
          types[i] = PERSON;
          retyped++;
          break;
        }
      }
    }
    return retyped;
  }

  private static boolean firstNames(List<String> words, Set<List<String>> names, Set<String> lowerCaseWords) {
    if (names.contains(words) || lowerCaseWords.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(List<String> words) {
    for (String w : words) {
      if (!w.equals(w.toUpperCase(java.util.Locale.ROOT)) || w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * One document's names as the name finder found them, sentence by sentence, for the
   * document-level corrections ({@link #personSurnames}); the job and {@code eval-ner} both fill one.
   */
  public static final class Document {
    private final List<List<String>> names = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final Set<String> lowerCaseWords = new HashSet<>();

    /** A sentence (or a window of one) and the names found in it, in document order. */
    public void add(String[] tokens, Span[] found) {
      for (String w : tokens) {
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          lowerCaseWords.add(w);
        }
      }
      List<String> words = java.util.Arrays.asList(tokens);
      for (Span n : found) {
        names.add(words.subList(n.getStart(), n.getEnd()));
        types.add(n.getType().toUpperCase(java.util.Locale.ROOT)); // EntityType names
      }
    }

    /** The types of all names added, in the order added, after the document-level corrections. */
    public String[] correctedTypes() {
      String[] out = types.toArray(new String[0]);
      personSurnames(names, out, lowerCaseWords);
      return out;
    }
  }

  private static boolean isPerson(Span s) {
    return PERSON.equals(s.getType());
  }

  static boolean isInitial(String token) {
    if (token.length() == 2 && token.charAt(1) == '.') {
      return Character.isUpperCase(token.charAt(0));
    }
    return token.length() == 1 && Character.isUpperCase(token.charAt(0)) && token.charAt(0) != 'A' && token.charAt(0) != 'I';
  }
}
