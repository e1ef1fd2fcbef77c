package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The shipped sentence model's splits after abbreviations, and which of them are undone. */
class SentenceSplitsTest {
  private static final SentenceDetectorME DETECTOR = new SentenceDetectorME(Models.get().sentences);

  private static List<String> sentences(String text) {
    return java.util.Arrays.stream(SentenceSplits.join(DETECTOR.sentPosDetect(text), text))
        .map(s -> s.getCoveredText(text).toString())
        .collect(Collectors.toList());
  }

  @Test
  void theModelAloneSplitsAfterTitles() {
    // What the join mends: if the model stops doing this, the list of titles may be dropped.
    String text = "Sen. Maria Delgado said no.";
    assertEquals(2, DETECTOR.sentPosDetect(text).length);
  }

  @Test
  void titlesMonthsAndLowerCaseStartsAreNoSentenceEnd() {
    for (String text : List.of(
        "WASHINGTON (AP) — Sen. Maria Delgado, D-N.M., said Tuesday that she would vote no.",
        "In a statement, Supt. Cole said he was proud of the officers.",
        "Lt. Gov. Amanda Price echoed the governor.",
        "She moved to St. Louis last year.",
        "The deal closed on Jan. 5, 2024, in New York.",
        "Martin Luther King Jr. led the march.",
        "The meeting starts at 9 a.m. on Monday.",
        "He ran for Calif. governor.",
        "Smith vs. Jones was decided.",
        "Health Secretary Robert F. Kennedy Jr. said he would act.",
        "J. R. R. Tolkien wrote it.",
        "His father, George H.W. Bush, died in 2018.")) {
      assertEquals(List.of(text), sentences(text), text);
    }
  }

  @Test
  void realSentenceEndsStay() {
    assertEquals(List.of("It was a unit of Apple Inc.", "The company said nothing."),
        sentences("It was a unit of Apple Inc. The company said nothing."));
    assertEquals(List.of("It ended at 5 p.m.", "Officials then left."), sentences("It ended at 5 p.m. Officials then left."));
    assertEquals(List.of("It helps patients with MS.", "Final approval came later."),
        sentences("It helps patients with MS. Final approval came later."));
    assertEquals(List.of("The team finished in group C.", "Officials were upset."),
        sentences("The team finished in group C. Officials were upset.")); // no name before the letter
    assertEquals(List.of("It was made by Rolls-Royce U.K.", "The figures rose."),
        sentences("It was made by Rolls-Royce U.K. The figures rose.")); // a place, not two initials
    assertEquals(List.of("He fought in World War I.", "Then he came home."),
        sentences("He fought in World War I. Then he came home."));
    assertEquals(List.of("The vote was close.", "Sen. Cole said no.", "He left."),
        sentences("The vote was close. Sen. Cole said no. He left."));
  }

  @Test
  void theAnnotatorTagsTheNameBesideItsTitle() {
    ArticleAnnotator.Annotation a = new ArticleAnnotator(Models.get())
        .annotate("The bill passed.\nRep. Kevin Walsh, who chairs the committee, voted for it.");
    assertEquals(2, a.sentences());
    // Split after "Rep.", the model tagged "Rep" MISC on its own.
    assertTrue(a.mentions().stream().noneMatch(m -> m.text().startsWith("Rep")), a.mentions().toString());
    assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("Kevin Walsh") && m.type() == EntityType.PERSON),
        a.mentions().toString());
  }
}
