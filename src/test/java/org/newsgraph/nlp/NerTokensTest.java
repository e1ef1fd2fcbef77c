package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerTokensTest {

  private static List<String> split(String... words) {
    String text = String.join(" ", words);
    Span[] spans = new Span[words.length];
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      spans[i] = new Span(at, at + words[i].length());
      at += words[i].length() + 1;
    }
    return Arrays.stream(NerTokens.split(spans, text)).map(s -> s.getCoveredText(text).toString()).toList();
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
  void goldTokensArePreparedAsTheJobPreparesItsOwn() {
    int[] firstOf = new int[5];
    String[] tokens = NerTokens.modelTokens(new String[] {"Tony", "Blair\u2019s", "aide", "isn't"}, firstOf);
    assertEquals(List.of("Tony", "Blair", "'s", "aide", "is", "n't"), List.of(tokens));
    assertEquals(List.of(0, 1, 3, 4, 6), Arrays.stream(firstOf).boxed().toList());
  }

  @Test
  void usIsSpelledAsInCoNLL() {
    assertEquals(List.of("in", "the", "U.S.", "economy"), List.of(NerTokens.forModel(new String[] {"in", "the", "US", "economy"})));
    String[] headline = {"LET", "US", "PLAY"};
    assertSame(headline, NerTokens.forModel(headline), "a line of capitals keeps US: it may be the pronoun");
    List<String> found = new ArticleAnnotator(Models.get())
        .annotate("Cubans living in the US are now allowed one visit home every three years.").mentions().stream()
        .map(m -> m.text() + "/" + m.type()).toList();
    assertEquals(List.of("Cubans/MISC", "US/LOCATION"), found);
  }

  @Test
  void splitsDashesAndQuotesStuckToWords() {
    assertEquals(List.of("Biden", "\u2014", "who"), split("Biden\u2014who"));
    assertEquals(List.of("Biden", "--", "who", "else", "--"), split("Biden--who", "else--"));
    assertEquals(List.of(":", "\"", "Moscow", "ready", "\""), split(":", "\"Moscow", "ready\""));
    assertEquals(List.of("\u2014", "Blair", "'s"), split("\u2014Blair's"));
    assertEquals(List.of("\u2014", "--", "\"", "well-known", "-5", "1990-91"),
        split("\u2014", "--", "\"", "well-known", "-5", "1990-91"));
    assertEquals(List.of("a", "--", "b"), List.of(NerTokens.forModel(new String[] {"a", "\u2014", "b"})));
  }

  @Test
  void abbreviationsKeepTheirFullStop() {
    String text = "Rep. Walsh of Ford Motor Co. met Gen. Hale, not Walsh. Ford Motor Co.";
    // The tokens the UD tokenizer gives: "Rep" "." and "Co" "." apart, "Walsh" "." a sentence end.
    Span[] tokens = {new Span(0, 3), new Span(3, 4), new Span(5, 10), new Span(11, 13), new Span(14, 18),
        new Span(19, 24), new Span(25, 27), new Span(27, 28), new Span(29, 32), new Span(33, 36),
        new Span(36, 37), new Span(38, 42), new Span(42, 43), new Span(44, 47), new Span(48, 53),
        new Span(53, 54), new Span(55, 59), new Span(60, 65), new Span(66, 68), new Span(68, 69)};
    List<String> words = Arrays.stream(NerTokens.split(tokens, text)).map(s -> s.getCoveredText(text).toString()).toList();
    assertEquals(List.of("Rep.", "Walsh", "of", "Ford", "Motor", "Co.", "met", "Gen.", "Hale", ",", "not",
        "Walsh", ".", "Ford", "Motor", "Co", "."), words, "the last full stop ends the sentence and stays apart");
    assertEquals(List.of("Gen", ".", "Hale"), split("Gen", ".", "Hale"), "gold tokens with a space between stay apart");
  }

  @Test
  void theSentencesFullStopIsATokenOfItsOwn() {
    // The UD tokenizer keeps "Kyiv." whole at a sentence's end.
    assertEquals(List.of("She", "flew", "to", "Kyiv", "."), split("She", "flew", "to", "Kyiv."));
    assertEquals(List.of("back", "in", "the", "U.S."), split("back", "in", "the", "U.S."), "a full stop inside stays");
    assertEquals(List.of("Kyiv.", "NATO"), split("Kyiv.", "NATO"), "only the last token");
  }


  @Test
  void hyphenatedNamesAreOneTokenAndOtherHyphensStandAlone() {
    String text = "Kilroy-Silk's Coca-Cola won 2-1 in UK-based Saint-Etienne -- London - based";
    // As the UD tokenizer cuts them: "Kilroy" "-" "Silk", "Coca" "-Cola", "UK-" "based", "Saint-" "Etienne".
    Span[] tokens = {new Span(0, 6), new Span(6, 7), new Span(7, 11), new Span(11, 13), new Span(14, 18),
        new Span(18, 23), new Span(24, 27), new Span(28, 31), new Span(32, 34), new Span(35, 38),
        new Span(38, 43), new Span(44, 50), new Span(50, 57), new Span(58, 60), new Span(61, 67),
        new Span(68, 69), new Span(70, 75)};
    List<String> words = Arrays.stream(NerTokens.split(tokens, text)).map(s -> s.getCoveredText(text).toString()).toList();
    assertEquals(List.of("Kilroy-Silk", "'s", "Coca-Cola", "won", "2-1", "in", "UK", "-", "based", "Saint-Etienne",
        "--", "London", "-", "based"), words);
    assertEquals(List.of("Jean", "-", "Pierre"), split("Jean", "-", "Pierre"), "gold tokens with spaces between stay apart");
    String prefixed = "pro-Chavez al-Qaeda";
    Span[] cut = {new Span(0, 4), new Span(4, 10), new Span(11, 13), new Span(13, 14), new Span(14, 19)};
    assertEquals(List.of("pro", "-", "Chavez", "al-Qaeda"),
        Arrays.stream(NerTokens.split(cut, prefixed)).map(s -> s.getCoveredText(prefixed).toString()).toList());
    // Small words between a place's capitalised parts, but not at its end or start.
    String places = "Stoke-on-Trent on-line Paris-based-on";
    Span[] parts = {new Span(0, 5), new Span(5, 6), new Span(6, 8), new Span(8, 9), new Span(9, 14),
        new Span(15, 17), new Span(17, 18), new Span(18, 22), new Span(23, 28), new Span(28, 29), new Span(29, 34),
        new Span(34, 35), new Span(35, 37)};
    assertEquals(List.of("Stoke-on-Trent", "on", "-", "line", "Paris", "-", "based", "-", "on"),
        Arrays.stream(NerTokens.split(parts, places)).map(s -> s.getCoveredText(places).toString()).toList());
  }

  @Test
  void anInitialBeforeANameKeepsItsFullStop() {
    String text = "Robert F. Kennedy met group C. Officials";
    // As the UD tokenizer gives them: "F" "." and "C" "." apart. Inside a sentence any capital letter
    // before a capitalised word is read as an initial; the sentence detector ends "group C." earlier.
    Span[] tokens = {new Span(0, 6), new Span(7, 8), new Span(8, 9), new Span(10, 17), new Span(18, 21),
        new Span(22, 27), new Span(28, 29), new Span(29, 30), new Span(31, 40)};
    List<String> words = Arrays.stream(NerTokens.split(tokens, text)).map(s -> s.getCoveredText(text).toString()).toList();
    assertEquals(List.of("Robert", "F.", "Kennedy", "met", "group", "C.", "Officials"), words);
    assertEquals(List.of("F", ".", "Kennedy"), split("F", ".", "Kennedy"), "gold tokens with a space between stay apart");
  }
  @Test
  void namesBesideDashesAreFoundAlone() {
    List<String> found = new ArticleAnnotator(Models.get())
        .annotate("President Joe Biden\u2014who met Vladimir Putin in Geneva\u2014said the talks were good.")
        .mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
    assertEquals(List.of("Joe Biden/PERSON", "Vladimir Putin/PERSON", "Geneva/LOCATION"), found);
  }

  @Test
  void leavesOtherWordsWhole() {
    assertEquals(List.of("'s", "s'", "'", "rock'n'roll", "O'Neill", "1990s", "'90s", "Yes"),
        split("'s", "s'", "'", "rock'n'roll", "O'Neill", "1990s", "'90s", "Yes"));
    Span[] none = {new Span(0, 5)};
    assertSame(none, NerTokens.split(none, "Paris"), "nothing to split: the same array back");
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

  @Test
  void typographicQuotesReadAsPlainOnes() {
    assertEquals("O'Neill's", NerTokens.asciiQuotes("O\u2019Neill\u2019s"));
    assertEquals("\"", NerTokens.asciiQuotes("\u201C"));
    String plain = "Paris";
    assertSame(plain, NerTokens.asciiQuotes(plain));
    // The same stories with plain and with typographic quotes: the same names, typed alike (before
    // the quotes were made plain, "Super Blue" came out ORGANIZATION and "Agroflora" LOCATION).
    ArticleAnnotator annotator = new ArticleAnnotator(Models.get());
    for (String ascii : List.of(
        "The film \"Super Blue\" opened in London on Friday. Its director said \"it's Sony's best picture.\"",
        "Agroflora's owners met Banco Central's lawyers in Caracas. \"Agroflora is our company,\" said Hugo Chavez.")) {
      List<String> expected = annotator.annotate(ascii).mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
      List<String> found = annotator.annotate(typographic(ascii)).mentions().stream()
          .map(m -> m.text().replace('\u2019', '\'') + "/" + m.type()).toList();
      assertEquals(expected, found);
      assertTrue(expected.size() >= 2, expected.toString());
    }
  }

  /** ' as ’, and " as “ and ” in turn. */
  private static String typographic(String text) {
    StringBuilder out = new StringBuilder(text);
    boolean open = true;
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\'') {
        out.setCharAt(i, '\u2019');
      } else if (out.charAt(i) == '"') {
        out.setCharAt(i, open ? '\u201C' : '\u201D');
        open = !open;
      }
    }
    return out.toString();
  }
}
