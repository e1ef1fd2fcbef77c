package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void aPartyAndStateAfterANameIsNoName() {
    String[] tokens = "Sen. Maria Delgado , D-N.M. , met Rep. Kevin Walsh , R-Texas , before D-Day".split(" ");
    Span[] names = {person(1, 3), person(4, 5), person(8, 10), person(11, 12), new Span(14, 15, "MISC")};
    assertArrayEquals(new Span[] {person(1, 3), person(8, 10), new Span(14, 15, "MISC")}, NameSpans.inSentence(tokens, names));
    Span[] none = {person(1, 3)};
    assertSame(none, NameSpans.inSentence(tokens, none));
    assertTrue(NameSpans.isAffiliation("I-Vt."));
    assertTrue(NameSpans.isAffiliation("R-W.Va."));
    assertTrue(NameSpans.isAffiliation("D-CA"));
    assertTrue(NameSpans.isAffiliation("D-Ga")); // "D-Ga." at a sentence's end, the full stop split off
    assertTrue(NameSpans.isAffiliation("D-N.M"));
    assertFalse(NameSpans.isAffiliation("D-Gas"));
    assertFalse(NameSpans.isAffiliation("D-Day"));
    assertFalse(NameSpans.isAffiliation("X-Texas"));
  }

  @Test
  void aCommonNounInCapitalsIsNoNameAloneButStaysInsideOne() {
    String[] tokens = "BT sold the PC and TV arm to Asian Star TV , the MP said".split(" ");
    Span[] names = {new Span(0, 1, "ORGANIZATION"), new Span(3, 4, "ORGANIZATION"), new Span(5, 6, "ORGANIZATION"),
        new Span(8, 11, "ORGANIZATION"), new Span(13, 14, "ORGANIZATION")};
    assertArrayEquals(new Span[] {names[0], names[3]}, NameSpans.inSentence(tokens, names));
    Span[] none = {new Span(0, 1, "ORGANIZATION")};
    assertSame(none, NameSpans.withoutCommonAbbreviations(tokens, none), "nothing to drop, nothing copied");
  }

  @Test
  void aListOfNamesIsSplitIntoItsNames() {
    String[] tokens = "Sussex or Surrey beat Hyundai , Haitai , Goldman , Sachs & Co and Washington , D.C.".split(" ");
    Span[] names = {new Span(0, 3, "ORGANIZATION"), new Span(4, 7, "ORGANIZATION"), new Span(8, 13, "ORGANIZATION"),
        new Span(14, 17, "LOCATION")};
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), new Span(2, 3, "ORGANIZATION"),
        new Span(4, 5, "ORGANIZATION"), new Span(6, 7, "ORGANIZATION"), names[2], names[3]},
        NameSpans.inSentence(tokens, names));
    String[] people = "Smith or Jones , Lee".split(" ");
    assertArrayEquals(new Span[] {person(0, 1), person(2, 5)}, NameSpans.splitLists(people, new Span[] {person(0, 5)}),
        "a person is split at or, not at a comma");
    Span[] none = {new Span(4, 5, "ORGANIZATION")};
    assertSame(none, NameSpans.splitLists(tokens, none), "nothing to split, nothing copied");
  }

  @Test
  void noNameBeginsWithTheOrAPossessive() {
    String[] tokens = "Britain 's Sun told the Sun and The Hague , the".split(" ");
    Span[] names = {new Span(1, 3, "ORGANIZATION"), new Span(4, 6, "ORGANIZATION"), new Span(7, 9, "LOCATION"),
        new Span(10, 11, "MISC")};
    assertArrayEquals(new Span[] {new Span(2, 3, "ORGANIZATION"), new Span(5, 6, "ORGANIZATION"), names[2], names[3]},
        NameSpans.inSentence(tokens, names), "The stays, and a name that is nothing but the word is left to the other rules");
    Span[] none = {names[2]};
    assertSame(none, NameSpans.withoutLeadingWords(tokens, none), "nothing to cut, nothing copied");
  }

  @Test
  void aModifierBeforeANameIsANameOfItsOwn() {
    String[] tokens = "Ontario-based Magna hired Brazilian-born Luis Oliveira from Stoke-on-Trent".split(" ");
    Span[] names = {new Span(0, 2, "MISC"), person(3, 6), new Span(7, 8, "LOCATION")};
    assertArrayEquals(new Span[] {new Span(0, 1, "MISC"), new Span(1, 2, "MISC"), new Span(3, 4, "MISC"), person(4, 6),
        names[2]}, NameSpans.inSentence(tokens, names));
    Span[] alone = {new Span(0, 1, "MISC"), new Span(7, 8, "LOCATION")};
    assertSame(alone, NameSpans.splitAfterModifiers(tokens, alone), "a modifier alone, and a place with hyphens, stay");
  }

  @Test
  void aWebAddressIsAnOrganization() {
    String[] tokens = "A fake Paypal.com and Amazon.co.uk , not Amazon or example.comet".split(" ");
    Span[] names = {person(2, 3), new Span(4, 5, "MISC"), new Span(7, 8, "ORGANIZATION"), new Span(9, 10, "MISC")};
    assertArrayEquals(new Span[] {new Span(2, 3, "ORGANIZATION"), new Span(4, 5, "ORGANIZATION"),
        new Span(7, 8, "ORGANIZATION"), new Span(9, 10, "MISC")}, NameSpans.inSentence(tokens, names));
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

  private static java.util.List<String> words(String name) {
    return java.util.List.of(name.split(" "));
  }

  @Test
  void aNameThatEndsAPersonsFullNameInTheDocumentIsThatPerson() {
    // Typed by the model as written here; "Jordan" after "Michael Jordan" is him, before it too.
    java.util.List<java.util.List<String>> names = java.util.List.of(words("Jordan"), words("Michael Jordan"),
        words("Chicago"), words("Jordan"), words("Bulls"));
    String[] types = {"LOCATION", "PERSON", "LOCATION", "ORGANIZATION", "ORGANIZATION"};
    assertEquals(2, NameSpans.personSurnames(names, types, java.util.Set.of()));
    assertArrayEquals(new String[] {"PERSON", "PERSON", "LOCATION", "PERSON", "ORGANIZATION"}, types);
  }

  @Test
  void twoNamesRunTogetherDoNotMakeTheSecondAPerson() {
    // "Lebed Chechnya peace plan": the model joined a person and a place; Lebed is named alone too.
    java.util.List<java.util.List<String>> names = java.util.List.of(words("Lebed Chechnya"), words("Lebed"),
        words("Chechnya"));
    String[] types = {"PERSON", "PERSON", "LOCATION"};
    assertEquals(0, NameSpans.personSurnames(names, types, java.util.Set.of()));
    assertArrayEquals(new String[] {"PERSON", "PERSON", "LOCATION"}, types);
    // A one-word person is no full name, and a first name is no surname.
    String[] alone = {"PERSON", "LOCATION"};
    assertEquals(0, NameSpans.personSurnames(java.util.List.of(words("Washington"), words("Washington")), alone,
        java.util.Set.of()));
    String[] first = {"PERSON", "ORGANIZATION"};
    assertEquals(0, NameSpans.personSurnames(java.util.List.of(words("Michael Jordan"), words("Michael")), first,
        java.util.Set.of()));
    assertEquals("ORGANIZATION", first[1]);
  }

  @Test
  void fullNamesThatBeginWithOtherWordsMakeNoSurnames() {
    // Spans the model typed PERSON that are no people's names: their last word stays what it was.
    java.util.List<java.util.List<String>> names = java.util.List.of(words("Stade de France"), words("France"),
        words("Veteran Labour"), words("Labour"), words("Philippe Sands QC"), words("QC"));
    String[] types = {"PERSON", "LOCATION", "PERSON", "ORGANIZATION", "PERSON", "ORGANIZATION"};
    assertEquals(0, NameSpans.personSurnames(names, types, java.util.Set.of("veteran", "the")));
    assertArrayEquals(new String[] {"PERSON", "LOCATION", "PERSON", "ORGANIZATION", "PERSON", "ORGANIZATION"}, types);
    // Without "veteran" written in lower case in the document, "Veteran" may be a first name.
    assertEquals(1, NameSpans.personSurnames(names, types, java.util.Set.of("the")));
    assertEquals("PERSON", types[3]);
  }

  @Test
  void aMonthBeforeADayIsNoName() {
    String[] tokens = "set for Jan. 12 , said Jan Smith , and on June 5th June Carter sang in May".split(" ");
    Span[] names = {person(2, 3), person(6, 8), person(11, 12), person(13, 15), person(17, 18)};
    assertArrayEquals(new Span[] {person(6, 8), person(13, 15), person(17, 18)}, NameSpans.inSentence(tokens, names));
  }

  @Test
  void aChamberKeepsNoPartOfItsLeadersOffice() {
    String[] tokens = "Senate Majority Leader Chuck Schumer and Senate Minority Whip John Thune met the Moral Majority".split(" ");
    Span[] names = {new Span(0, 2, "ORGANIZATION"), person(3, 5), new Span(6, 9, "ORGANIZATION"), person(9, 11),
        new Span(13, 15, "ORGANIZATION")};
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), person(3, 5), new Span(6, 7, "ORGANIZATION"),
        person(9, 11), new Span(13, 15, "ORGANIZATION")}, NameSpans.inSentence(tokens, names));
  }

  @Test
  void anOrganisationKeepsNoPartOfATitleAfterIt() {
    String[] tokens = "IMF Managing Director Kristalina Georgieva , White House Press Secretary Karoline Leavitt and Associated Press Television News"
        .split(" ");
    Span[] names = {new Span(0, 2, "ORGANIZATION"), person(3, 5), new Span(6, 9, "ORGANIZATION"), person(10, 12),
        new Span(13, 17, "ORGANIZATION")};
    // "Press" goes before "Secretary", not before "Television".
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), person(3, 5), new Span(6, 8, "ORGANIZATION"),
        person(10, 12), new Span(13, 17, "ORGANIZATION")}, NameSpans.inSentence(tokens, names));
  }

  @Test
  void twoNamesAroundBinAreOnePerson() {
    String[] tokens = "Saudi Crown Prince Mohammed bin Salman met Osama bin Laden 's son and Hamad bin Jassim".split(" ");
    Span[] names = {new Span(0, 1, "MISC"), person(2, 4), person(5, 6), person(7, 8), person(9, 10),
        new Span(13, 14, "MISC"), person(15, 16)};
    assertArrayEquals(new Span[] {new Span(0, 1, "MISC"), person(2, 6), person(7, 10), person(13, 16)},
        NameSpans.inSentence(tokens, names));
    // A person's name before "bin" and a capitalised word that no name takes in takes them in.
    Span[] first = {person(7, 8), new Span(11, 12, "MISC")};
    assertArrayEquals(new Span[] {person(7, 10), new Span(11, 12, "MISC")}, NameSpans.joinedAcrossParticles(tokens, first));
    // With another word between, nothing is joined.
    Span[] apart = {person(9, 10), new Span(13, 14, "MISC")};
    assertSame(apart, NameSpans.joinedAcrossParticles(tokens, apart));
  }

  @Test
  void namesWithLowerCaseParticlesAreOnePerson() {
    String[] tokens = "United sacked Erik ten Hag as Ursula von der Leyen met Rafael van der Vaart at the Stade de France".split(" ");
    Span[] names = {new Span(0, 1, "ORGANIZATION"), person(2, 3), person(4, 5), person(6, 7), person(11, 12),
        person(13, 15), new Span(17, 18, "LOCATION"), new Span(19, 20, "LOCATION")};
    // "Erik" and "Hag" join; "Ursula" takes in "von der Leyen"; "Rafael" and "der Vaart" join; places join places.
    assertArrayEquals(new Span[] {new Span(0, 1, "ORGANIZATION"), person(2, 5), person(6, 10), person(11, 15),
        new Span(17, 20, "LOCATION")}, NameSpans.inSentence(tokens, names));
    // A small word before a word in lower case, or before another kind of name, joins nothing.
    String[] words = "Gomez de la casa said Smith de Reuters".split(" ");
    Span[] apart = {person(0, 1), person(5, 6), new Span(7, 8, "ORGANIZATION")};
    assertSame(apart, NameSpans.joinedAcrossParticles(words, apart));
  }

  /** Tokens of a sentence cut at spaces and around hyphens, with their character spans. */
  private static Span[] offsets(String sentence, java.util.List<String> tokens) {
    Span[] out = new Span[tokens.size()];
    int at = 0;
    for (int i = 0; i < out.length; i++) {
      int start = sentence.indexOf(tokens.get(i), at);
      out[i] = new Span(start, start + tokens.get(i).length());
      at = out[i].getEnd();
    }
    return out;
  }

  private static String hyphenated(String sentence, int start, int end) {
    String[] tokens = sentence.replace("-", " - ").replace("'s", " 's").split(" +");
    Span[] names = NameSpans.withHyphenatedGivenNames(tokens, offsets(sentence, java.util.List.of(tokens)),
        new Span[] {person(start, end)});
    return String.join(" ", java.util.Arrays.copyOfRange(tokens, names[0].getStart(), names[0].getEnd()));
  }

  @Test
  void aGivenNameWithAHyphenIsCarriedOver() {
    assertEquals("Lee Jae - yong", hyphenated("chairman Lee Jae-yong said", 1, 3));
    assertEquals("Kim Jong - un", hyphenated("leader Kim Jong-un's sister", 1, 3), "a clitic after it is no part");
    assertEquals("Tsai Ing - wen", hyphenated("Tsai Ing-wen", 0, 2));
    // English compounds after a name stay out, and so does a hyphen with a space beside it.
    assertEquals("Tony Blair", hyphenated("the Tony Blair-led government", 1, 3));
    assertEquals("Barack Obama", hyphenated("the Barack Obama-era rules", 1, 3));
    assertEquals("Bill Ford", hyphenated("Bill Ford-style management", 0, 2));
    assertEquals("Lee Jae", hyphenated("Lee Jae - yong", 0, 2));
    assertEquals("Lee", hyphenated("Lee Jae-yong", 0, 1), "one word is no full name");
    assertEquals("Kim Jong", hyphenated("Kim Jong-un-style", 0, 2), "nor a longer compound");
  }

  @Test
  void theJobCarriesAKoreanPersonsNameOverTheHyphen() {
    java.util.List<String> found = new ArticleAnnotator(Models.get())
        .annotate("North Korean leader Kim Jong-un met President Donald Trump. Kim said the talks went well.")
        .mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(RawMention::text).toList();
    assertEquals(java.util.List.of("Kim Jong-un", "Donald Trump", "Kim"), found);
  }

  @Test
  void theJobTypesASurnameAsThePersonNamedInFullLaterInTheArticle() {
    // The model alone types both "Kenteris" ORGANIZATION here (it reads the first as "Kenteris and Thanou").
    String text = "Kenteris and Thanou face a hearing. The IAAF said Kenteris had been charged. "
        + "Greek sprinter Kostas Kenteris denies it.";
    java.util.List<String> found = new ArticleAnnotator(Models.get()).annotate(text).mentions().stream()
        .filter(m -> m.text().endsWith("Kenteris")).map(m -> m.text() + "/" + m.type()).toList();
    assertEquals(java.util.List.of("Kenteris/PERSON", "Kostas Kenteris/PERSON"), found);
  }
}
