package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the boilerplate that scraped news pages carry, line by line, and keeps every line of
 * the story itself. Plain Java, no Spark: unit-tested in BoilerplateTest.
 *
 * <p>HTML markup, where there is any, is first turned into text ({@link Html}). A line is dropped when it is one of: a share/subscribe/app prompt, a copyright or
 * "powered by" footer, a photo caption (a line with a © credit, or one that ends in a credit
 * such as "(AP)" or "(Kremlin Pool Photo via AP)" with no full stop before it), a byline near the
 * top, or the title repeated at the start of the body. Paragraph breaks are kept so that later
 * stages can split on them.
 */
public final class Boilerplate {
  private Boilerplate() {}

  private static final int MAX_PROMPT_CHARS = 90;
  /** Bylines and repeated titles only count near the top of the body. */
  private static final int HEAD_LINES = 6;

  private static final Pattern PROMPT = Pattern.compile(
      "(?i)^(share( this)?( article| story| page| post)?( on \\w+)?|share via \\w+|read more|read next"
          + "|read the full (story|article)|more on this story|related (articles|stories|topics)"
          + "|subscribe( now| today| here)?|subscribe to [\\w ]+|sign up( now| here)?|sign up (to|for) [\\w ,]+"
          + "|download (our|the) (free )?apps?|get (our|the) apps?|follow us( on [\\w ,]+)?"
          + "|want us to email you [^?]*\\?|click here[\\w ,]*|advertisement|sponsored( content)?"
          + "|print( this)?( article| page)?|email( this)?( article)?|comments?|tweet|whatsapp|facebook|twitter)"
          + "[.:!]?$");
  private static final Pattern FOOTER = Pattern.compile(
      "(?i)^(©|\\(c\\)|copyright\\b).*|.*\\b(all rights reserved|powered by)\\b.*");
  /** A credit in parentheses at the end of a caption line: an agency, or words like Photo/Images/via. */
  private static final Pattern CAPTION_CREDIT = Pattern.compile(
      "(?i).*[^.!?\"”’]\\s*\\((AP|AFP|Reuters|PA|EPA|UPI|Getty|Getty Images|Bloomberg|Shutterstock|Alamy"
          + "|[^()]{0,60}\\b(photo|photos|picture|pictures|image|images|pool|via|file)\\b[^()]{0,60})\\)$");
  private static final Pattern BYLINE = Pattern.compile(
      "^By [\\p{Lu}][\\p{L}.'’-]+( [\\p{Lu}][\\p{L}.'’-]+){0,3}((,| and) [\\p{L}.'’ -]+)*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Returns the story text of {@code body} with boilerplate lines removed. */
  public static String clean(String title, String body) {
    if (body == null) {
      return "";
    }
    if (Html.looksLikeHtml(body)) {
      body = Html.toText(body);
    }
    String titleKey = key(title);
    List<String> kept = new ArrayList<>();
    String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int nonEmptySeen = 0;
    boolean storyStarted = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
          kept.add("");
        }
        continue;
      }
      nonEmptySeen++;
      boolean nearTop = nonEmptySeen <= HEAD_LINES && !storyStarted;
      if (isBoilerplate(line, titleKey, nearTop)) {
        continue;
      }
      if (!storyStarted) {
        line = stripTitlePrefix(line, title);
        storyStarted = true;
      }
      kept.add(line);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
      kept.remove(kept.size() - 1);
    }
    return String.join("\n", kept).replaceAll("\n\n+", "\n\n");
  }

  static boolean isBoilerplate(String line, String titleKey, boolean nearTop) {
    if (line.length() <= MAX_PROMPT_CHARS && PROMPT.matcher(line).matches()) {
      return true;
    }
    // Each pattern runs only where the words or characters it cannot match without are present:
    // most lines of a story have none, and the patterns' leading ".*" cost more than the checks.
    if (line.length() <= 300 && (line.contains("©") || (mayBeFooter(line) && FOOTER.matcher(line).matches()))) {
      return true;
    }
    if (line.length() <= 300 && line.endsWith(")") && CAPTION_CREDIT.matcher(line).matches()) {
      return true;
    }
    if (nearTop && line.length() <= 120 && line.startsWith("By ") && BYLINE.matcher(line).matches()) {
      return true;
    }
    return nearTop && isTitleRepeat(key(line), titleKey);
  }

  /** False only where {@link #FOOTER} cannot match: none of its words is in the line. */
  private static boolean mayBeFooter(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith("(c)") || lower.startsWith("copyright") || lower.contains("all rights reserved")
        || lower.contains("powered by");
  }

  /** True when the line is the title once or several times over, ignoring case and spacing. */
  static boolean isTitleRepeat(String lineKey, String titleKey) {
    if (titleKey.isEmpty() || lineKey.isEmpty()) {
      return false;
    }
    String rest = lineKey;
    while (rest.startsWith(titleKey)) {
      rest = rest.substring(titleKey.length()).strip();
    }
    return rest.isEmpty() && !lineKey.equals(rest);
  }

  /** "Title Story text..." as the first line becomes "Story text...". */
  private static String stripTitlePrefix(String line, String title) {
    if (title == null || title.isBlank()) {
      return line;
    }
    String t = title.strip();
    if (line.length() > t.length() + 1 && line.regionMatches(true, 0, t, 0, t.length())
        && Character.isWhitespace(line.charAt(t.length()))) {
      return line.substring(t.length()).strip();
    }
    return line;
  }

  private static String key(String s) {
    return s == null ? "" : SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
