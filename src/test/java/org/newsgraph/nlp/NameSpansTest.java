package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NameSpansTest {
  private static Span person(int start, int end) {
    return new Span(start, end, "PERSON");
  }

  @Test
  void aSurnameAfterAnInitialGetsTheInitialBack() {
    String[] tokens = "R Lamont ( Glasgow ) , S Lamont ( Glasgow )".split(" ");
    Span[] names = {person(0, 2), new Span(3, 4, "LOCATION"), person(7, 8), new Span(9, 10, "LOCATION")};
    assertArrayEquals(new Span[] {person(0, 2), new Span(3, 4, "LOCATION"), person(6, 8), new Span(9, 10, "LOCATION")},
        NameSpans.withInitials(tokens, names));
  }

  @Test
  void aNameSplitAroundAMiddleInitialBecomesOne() {
    String[] tokens = "President George W Bush came to office".split(" ");
    assertArrayEquals(new Span[] {person(1, 4)}, NameSpans.withInitials(tokens, new Span[] {person(1, 2), person(3, 4)}));
    String[] dotted = "John F. Kennedy".split(" ");
    assertArrayEquals(new Span[] {person(0, 3)}, NameSpans.withInitials(dotted, new Span[] {person(0, 1), person(2, 3)}));
  }

  @Test
  void wordsThatAreNotInitialsAndOtherTypesAreLeftAlone() {
    Span[] names = {person(1, 2)};
    assertSame(names, NameSpans.withInitials("A Smith spokesman said".split(" "), names), "A is an article");
    assertSame(names, NameSpans.withInitials("I Smith".split(" "), names));
    assertSame(names, NameSpans.withInitials("Dr Smith".split(" "), names));
    Span[] org = {new Span(1, 2, "ORGANIZATION")};
    assertSame(org, NameSpans.withInitials("S Electric".split(" "), org));
    Span[] first = {person(0, 1)};
    assertSame(first, NameSpans.withInitials("Smith said".split(" "), first), "nothing before the name");
    Span[] adjacentOrg = {new Span(0, 1, "ORGANIZATION"), person(2, 3)};
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), person(1, 3)},
        NameSpans.withInitials("Reuters J Smith".split(" "), adjacentOrg), "only a person's name is joined across the initial");
  }
}
