package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class ArticleAnnotatorTest {

  private static List<String> split(String... words) {
    String text = String.join(" ", words);
    Span[] spans = new Span[words.length];
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      spans[i] = new Span(at, at + words[i].length());
      at += words[i].length() + 1;
    }
    return Arrays.stream(ArticleAnnotator.splitClitics(spans, text)).map(s -> s.getCoveredText(text).toString()).toList();
  }

  @Test
  void splitsCliticsAsCoNLLWritesThem() {
    assertEquals(List.of("Tony", "Blair", "'s", "aide"), split("Tony", "Blair's", "aide"));
    assertEquals(List.of("O'Neill", "'s"), split("O'Neill's"));
    assertEquals(List.of("is", "n't", "it", "'s", "we", "'re", "I", "'m"), split("isn't", "it's", "we're", "I'm"));
    assertEquals(List.of("players", "'", "union", "Jones", "'"), split("players'", "union", "Jones'"));
    assertEquals(List.of("Britain", "\u2019s"), split("Britain\u2019s"));
    assertEquals(List.of("BRITAIN", "'S"), split("BRITAIN'S"));
  }

  @Test
  void leavesOtherWordsWhole() {
    assertEquals(List.of("'s", "s'", "'", "rock'n'roll", "O'Neill", "1990s", "'90s", "Yes"),
        split("'s", "s'", "'", "rock'n'roll", "O'Neill", "1990s", "'90s", "Yes"));
    Span[] none = {new Span(0, 5)};
    assertSame(none, ArticleAnnotator.splitClitics(none, "Paris"), "nothing to split: the same array back");
  }

  @Test
  void possessiveNamesAreTypedAsTheNameAlone() {
    ArticleAnnotator annotator = new ArticleAnnotator(Models.get());
    String text = "Britain's economy grew last year, said Tony Blair's spokesman in London.";
    List<RawMention> mentions = annotator.annotate(text).mentions();
    List<String> found = mentions.stream().map(m -> m.text() + "/" + m.type()).toList();
    assertEquals(List.of("Britain/LOCATION", "Tony Blair/PERSON", "London/LOCATION"), found);
    assertEquals(text.indexOf("Tony"), mentions.get(1).start());
    assertEquals(text.indexOf("'s spokesman"), mentions.get(1).end());
  }
}
