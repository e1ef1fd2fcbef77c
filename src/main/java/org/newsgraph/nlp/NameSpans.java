package org.newsgraph.nlp;

import opennlp.tools.util.Span;

/**
 * Corrections to the name finder's spans, applied the same way in the job ({@link ArticleAnnotator})
 * and in {@code eval-ner} ({@link NerEvaluation}), so that the scores describe what the job does.
 */
public final class NameSpans {
  private NameSpans() {}

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

  private static boolean isPerson(Span s) {
    return EntityType.PERSON.name().equals(s.getType());
  }

  static boolean isInitial(String token) {
    if (token.length() == 2 && token.charAt(1) == '.') {
      return Character.isUpperCase(token.charAt(0));
    }
    return token.length() == 1 && Character.isUpperCase(token.charAt(0)) && token.charAt(0) != 'A' && token.charAt(0) != 'I';
  }
}
