package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleAnnotatorTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(Models.get());

  @Test
  void aLongRunWithoutSpacesIsOneToken() {
    // 3,000 characters of a pasted blob: the tokenizer model cut this one into 119 pieces, weighing
    // every character (a blob of 200,000 took 35 s).
    StringBuilder blob = new StringBuilder();
    Random random = new Random(7);
    for (int i = 0; i < 3_000; i++) {
      blob.append("ABCdef0123+/=".charAt(random.nextInt(13)));
    }
    ArticleAnnotator.Annotation a = ANNOTATOR.annotate("Jane Smith pasted " + blob + "/x+y in Leeds.");
    assertEquals(7, a.tokens(), "Jane, Smith, pasted, the blob, in, Leeds and the full stop");
    assertTrue(a.mentions().stream().anyMatch(m -> m.text().equals("Jane Smith")), a.mentions().toString());
  }

  @Test
  void shortWordsAreCutByTheModelAsBefore() {
    ArticleAnnotator.Annotation a = ANNOTATOR.annotate("He said: \"it's (mostly) fine\", then left.");
    assertEquals(15, a.tokens());
  }
}
