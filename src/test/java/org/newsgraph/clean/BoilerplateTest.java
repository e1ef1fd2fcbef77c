package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
  // A scraped page in the shape news sites publish, written for this test.
  static final String TITLE = "Harbour strike ends after pay deal";
  static final String PAGE = String.join("\n",
      "Harbour Strike Ends After Pay Deal Harbour Strike Ends After Pay Deal",
      "Dock workers leave the gates on Monday, © Harbour Daily/Photo Agency",
      "Share this article",
      "",
      "By Ann Turner and Bo Lind, Harbour Daily",
      "",
      "Dock workers in Portsmouth ended their strike on Monday after a new pay offer.",
      "",
      "Union leader Maria Costa said members had voted to accept the deal (Harbour Daily Photo)",
      "",
      "The company said the harbour would reopen on Tuesday.",
      "Talks had lasted three weeks (AP)",
      "“We are glad it is over,” a spokesman said (from a statement).",
      "",
      "Read More",
      "",
      "Want us to email you top stories each lunch time?",
      "",
      "Download our Apps",
      "© 2026, developed by Example Media and powered by");

  @Test
  void keepsEveryStorySentenceAndDropsTheBoilerplate() {
    String cleaned = Boilerplate.clean(TITLE, PAGE);
    assertEquals(String.join("\n",
        "Dock workers in Portsmouth ended their strike on Monday after a new pay offer.",
        "",
        "The company said the harbour would reopen on Tuesday.",
        "“We are glad it is over,” a spokesman said (from a statement)."), cleaned);
  }

  @Test
  void stripsATitleThatStartsTheFirstLine() {
    assertEquals("Dock workers went back on Monday.",
        Boilerplate.clean(TITLE, TITLE + " Dock workers went back on Monday."));
  }

  @Test
  void leavesOrdinaryTextAlone() {
    String story = "Shares rose 3% in London.\n\nBy the evening, traders were calm.";
    assertEquals(story, Boilerplate.clean("Markets", story));
  }

  @Test
  void aBylineIsOnlyBoilerplateNearTheTop() {
    String body = "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nBy Tuesday Night";
    assertTrue(Boilerplate.clean("t", body).endsWith("By Tuesday Night"));
  }

  @Test
  void titleRepeatDetection() {
    assertTrue(Boilerplate.isTitleRepeat("a b a b", "a b"));
    assertTrue(Boilerplate.isTitleRepeat("a b", "a b"));
    assertFalse(Boilerplate.isTitleRepeat("a b c", "a b"));
    assertFalse(Boilerplate.isTitleRepeat("a b", ""));
  }

  @Test
  void nullBodyIsEmpty() {
    assertEquals("", Boilerplate.clean("t", null));
  }
}
