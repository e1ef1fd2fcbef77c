package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-entry gazetteer features: which tokens of a sentence get which, on a hand-made list. */
class PhraseGazetteerTest {
  static final String LIST = "Bank_of_England org\nLondon loc\nLondon_Stock_Exchange org\nBank orgkey\nNew_York loc+org\n";

  @Test
  void tokensOfAMatchedEntryGetItsKindsAndTheirPlaceInIt() {
    var generator = new PhraseGazetteerFeatureGeneratorFactory.Generator("g", new PhraseGazetteerFeatureGeneratorFactory.Table(LIST));
    String[] tokens = {"The", "Bank", "of", "England", "and", "London", "Stock", "Exchange", "in", "New", "York", "."};
    assertEquals(List.of(), features(generator, tokens, 0));
    assertEquals(List.of("g=orgkey-U", "g=org-B"), features(generator, tokens, 1), "an entry alone and the start of a longer one");
    assertEquals(List.of("g=org-I"), features(generator, tokens, 2));
    assertEquals(List.of("g=org-L"), features(generator, tokens, 3));
    assertEquals(List.of(), features(generator, tokens, 4));
    assertEquals(List.of("g=loc-U", "g=org-B"), features(generator, tokens, 5), "London, and London Stock Exchange");
    assertEquals(List.of("g=org-L"), features(generator, tokens, 7));
    assertEquals(List.of("g=loc-B", "g=org-B"), features(generator, tokens, 9), "both kinds of one entry");
    assertEquals(List.of("g=loc-L", "g=org-L"), features(generator, tokens, 10));

    String[] other = {"Bank", "holidays", "in", "England"};
    assertEquals(List.of("g=orgkey-U"), features(generator, other, 0), "a new sentence is matched anew");
    assertEquals(List.of(), features(generator, other, 3), "England alone is no entry");
    assertEquals(List.of(), features(generator, new String[] {"bank", "of", "england"}, 0), "case is kept");
  }

  private static List<String> features(PhraseGazetteerFeatureGeneratorFactory.Generator g, String[] tokens, int index) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, tokens, index, new String[0]);
    return out;
  }
}
