package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.junit.jupiter.api.Test;

class LanguageStageTest {
  private static final List<String[]> SAMPLES = List.of(
      new String[] {"eng", "Shares in the company rose 3% in early trading in London after it reported profits of £1.2bn."},
      new String[] {"deu", "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Rente für viele Menschen erhöht."},
      new String[] {"fra", "Le gouvernement français a annoncé mercredi une nouvelle réforme des retraites pour des millions de personnes."},
      new String[] {"spa", "El presidente del gobierno anunció el martes nuevas medidas económicas para las familias con hijos."},
      new String[] {"rus", "Президент заявил во вторник, что переговоры продолжатся на следующей неделе в столице."},
      new String[] {"eng", "Read more at https://example.com/news?id=42 or follow @newsdesk #election 😀😀 for updates on the vote count tonight."});

  @Test
  void givesWhatOpenNlpsDetectorGives() {
    LanguageDetectorME openNlp = new LanguageDetectorME(Models.language());
    for (String[] s : SAMPLES) {
      Language ours = LanguageStage.predict(s[1]);
      Language theirs = openNlp.predictLanguage(s[1]);
      assertEquals(s[0], ours.getLang(), s[1]);
      assertEquals(theirs.getLang(), ours.getLang(), s[1]);
      // The same features summed in another order: equal up to rounding.
      assertEquals(theirs.getConfidence(), ours.getConfidence(), 1e-12, s[1]);
    }
  }

  @Test
  void tooFewLettersIsUndetermined() {
    assertEquals(LanguageStage.UNDETERMINED, LanguageStage.detect("2-1", "12:30 -- 4,500").getLang());
  }
}
