package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.RawMention;

class EntityNormalizerTest {
  static final Map<String, Aliases.Entry> ALIASES = Aliases.parse(List.of(
      "# comment", "LOCATION\tUnited States\tUS\tU.S.\tAmerica", "ORGANIZATION\tNATO\tNato",
      "ORGANIZATION\tLloyd's\tLloyds", "ORGANIZATION\tWorld Health Organization\tWHO"), "test");
  final EntityNormalizer n = new EntityNormalizer(ALIASES);

  static RawMention m(String text, EntityType type) {
    return new RawMention(0, 0, text.length(), text, type, 0.9);
  }

  @Test
  void stripsTitlesPossessivesAndQuotes() {
    assertEquals("Joe Biden", n.displayName("President Joe Biden", EntityType.PERSON));
    assertEquals("Biden", n.displayName("Mr. Biden's", EntityType.PERSON));
    assertEquals("Biden", n.displayName("Biden’s", EntityType.PERSON));
    assertEquals("Kremlin", n.displayName("the Kremlin", EntityType.ORGANIZATION));
    assertEquals("Ukraine", n.displayName("“Ukraine", EntityType.LOCATION));
  }

  @Test
  void aliasesMeetAcrossCaseAndFullStops() {
    assertEquals("United States", n.displayName("U.S.", EntityType.LOCATION));
    assertEquals("United States", n.displayName("US", EntityType.ORGANIZATION));
    assertEquals("NATO", n.displayName("Nato", EntityType.ORGANIZATION));
    assertEquals(EntityNormalizer.key("U.S."), EntityNormalizer.key("us"));
  }

  @Test
  void shortAliasesNeedCapitalsAndKnownPossessiveNamesKeepTheirS() {
    assertEquals("Us", n.displayName("Us", EntityType.LOCATION), "a capitalised pronoun is not the US");
    assertEquals("Who", n.displayName("Who", EntityType.ORGANIZATION));
    assertEquals("World Health Organization", n.displayName("WHO", EntityType.ORGANIZATION));
    EntityNormalizer.Resolved us = n.resolve(List.of(m("Us", EntityType.LOCATION))).get(0);
    assertEquals("Us", us.name());
    assertTrue(us.id() != EntityNormalizer.id(EntityNormalizer.key("United States")));
    assertEquals("Lloyd's", n.displayName("Lloyd's", EntityType.ORGANIZATION));
    assertEquals("Lloyd's", n.displayName("Lloyds", EntityType.ORGANIZATION));
    assertEquals("Microsoft", n.displayName("Microsoft's", EntityType.ORGANIZATION), "other possessives go");
  }

  @Test
  void shortFormsResolveToTheArticlesFullName() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Joe Biden", EntityType.PERSON), m("Mr Biden", EntityType.PERSON),
        m("Biden's", EntityType.PERSON), m("President Biden", EntityType.PERSON)));
    for (EntityNormalizer.Resolved x : r) {
      assertEquals("Joe Biden", x.name());
      assertEquals(r.get(0).id(), x.id());
    }
  }

  @Test
  void functionWordsAndPhrasesTaggedAsPeopleAreNoSurnames() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Wake Me Up", EntityType.PERSON), m("Up", EntityType.MISC),
        m("Theresa May", EntityType.PERSON), m("Mrs May", EntityType.PERSON),
        m("Will Smith", EntityType.PERSON), m("Smith", EntityType.PERSON)));
    assertEquals("Up", r.get(1).name(), "a song's title is not somebody's full name");
    assertEquals("Theresa May", r.get(3).name(), "names that are also words still resolve");
    assertEquals("Will Smith", r.get(5).name());
  }

  @Test
  void rolesBeforeAndHonoursAfterANameGo() {
    assertEquals("George Michael", n.displayName("Singer George Michael", EntityType.PERSON));
    assertEquals("Alan Wass", n.displayName("Musician Alan Wass", EntityType.PERSON));
    assertEquals("Philippe Sands", n.displayName("Philippe Sands QC", EntityType.PERSON));
    assertEquals("Tony Wright", n.displayName("Tony Wright, MP", EntityType.PERSON));
    assertEquals("Singer", n.displayName("Singer", EntityType.PERSON), "a role alone stays: it may be a surname");
    assertEquals("Sands QC", n.displayName("Sands QC", EntityType.PERSON), "two words left at least");
    assertEquals("Gary Mp", n.displayName("Gary Mp", EntityType.PERSON), "honours only in capitals");
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Philippe Sands QC", EntityType.PERSON), m("QC", EntityType.ORGANIZATION), m("Sands", EntityType.PERSON)));
    assertEquals("QC", r.get(1).name(), "the honour is no surname");
    assertEquals("Philippe Sands", r.get(2).name());
  }

  @Test
  void abbreviatedRanksGoLikeOtherTitles() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Raymond Cole", EntityType.PERSON), m("Supt. Cole", EntityType.PERSON), m("Cole", EntityType.PERSON),
        m("Lt. Marcus Green", EntityType.PERSON), m("Green", EntityType.PERSON)));
    assertEquals(List.of("Raymond Cole", "Raymond Cole", "Raymond Cole", "Marcus Green", "Marcus Green"),
        r.stream().map(EntityNormalizer.Resolved::name).toList(),
        "\"Supt. Cole\" kept whole would be a second full name ending in Cole, and Cole would join neither");
  }

  @Test
  void aGenerationAfterTheNameIsNoSurname() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Martin Luther King, Jr.", EntityType.PERSON), m("King", EntityType.PERSON),
        m("Robert F. Kennedy Jr.", EntityType.PERSON), m("Kennedy", EntityType.PERSON),
        m("Jr.", EntityType.PERSON)));
    assertEquals(List.of("Martin Luther King Jr.", "Martin Luther King Jr.", "Robert F. Kennedy Jr.",
        "Robert F. Kennedy Jr.", "Jr."), r.stream().map(EntityNormalizer.Resolved::name).toList());
    assertEquals("Kennedy", n.resolve(List.of(m("Kennedy Jr.", EntityType.PERSON), m("Kennedy", EntityType.PERSON)))
        .get(1).name(), "with no first name there is no telling which Kennedy");
    assertNotEquals(r.get(2).id(), EntityNormalizer.id(EntityNormalizer.key("Robert F. Kennedy")),
        "the son is not the father");
  }

  @Test
  void theLastWordsOfALongerNameJoinIt() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Donald Trump", EntityType.PERSON), m("Donald Trump Jr.", EntityType.PERSON),
        m("Trump Jr.", EntityType.PERSON), m("Trump", EntityType.PERSON)));
    assertEquals("Donald Trump Jr.", r.get(2).name());
    assertEquals("Trump", r.get(3).name(), "two Trumps: the surname alone stays as it is");
    r = n.resolve(List.of(m("Ken Griffey Jr.", EntityType.PERSON), m("Craig Griffey Jr.", EntityType.PERSON),
        m("Griffey Jr.", EntityType.PERSON)));
    assertEquals("Griffey Jr.", r.get(2).name());
    r = n.resolve(List.of(m("Andres Manuel Lopez Obrador", EntityType.PERSON), m("Lopez Obrador", EntityType.PERSON),
        m("Aung San Suu Kyi", EntityType.PERSON), m("Ms Suu Kyi", EntityType.PERSON), m("John Smith", EntityType.PERSON)));
    assertEquals("Andres Manuel Lopez Obrador", r.get(1).name(), "the last two words of a longer name");
    assertEquals("Aung San Suu Kyi", r.get(3).name());
    assertEquals("John Smith", r.get(4).name());
  }

  @Test
  void aCompanysLegalFormIsNoPartOfItsKey() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Apple Inc.", EntityType.ORGANIZATION), m("Apple", EntityType.ORGANIZATION),
        m("Goldman Sachs & Co.", EntityType.ORGANIZATION), m("Goldman Sachs", EntityType.ORGANIZATION),
        m("Deutsche Bank AG", EntityType.MISC), m("Deutsche Bank", EntityType.ORGANIZATION),
        m("Apple, Inc.", EntityType.ORGANIZATION), m("News Corp", EntityType.ORGANIZATION),
        m("Tom Co", EntityType.PERSON)));
    assertEquals("Apple Inc.", r.get(0).name(), "the name keeps it as written");
    assertEquals(r.get(1).id(), r.get(0).id());
    assertEquals(r.get(1).id(), r.get(6).id());
    assertEquals(r.get(3).id(), r.get(2).id());
    assertEquals(r.get(5).id(), r.get(4).id());
    assertEquals(EntityNormalizer.id("news"), r.get(7).id());
    assertEquals(EntityNormalizer.id("tom co"), r.get(8).id(), "people have no legal form");
    assertEquals(EntityNormalizer.id("co"), n.resolve(List.of(m("Co", EntityType.ORGANIZATION))).get(0).id(), "one word stays");
  }

  @Test
  void theFirstWordsOfACompanysFormalNameJoinIt() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Goldman Sachs Group Inc", EntityType.ORGANIZATION), m("Goldman", EntityType.ORGANIZATION),
        m("Goldman Sachs", EntityType.ORGANIZATION), m("Samsung Electronics Co Ltd", EntityType.ORGANIZATION),
        m("Samsung Heavy Industries Co", EntityType.ORGANIZATION), m("Samsung", EntityType.ORGANIZATION),
        m("Apple Intelligence", EntityType.ORGANIZATION), m("Apple", EntityType.ORGANIZATION),
        m("General Motors Acceptance Corp", EntityType.ORGANIZATION), m("General Motors", EntityType.ORGANIZATION),
        m("Toyota Motor Corp", EntityType.ORGANIZATION), m("Toyota", EntityType.ORGANIZATION)));
    assertEquals("Goldman", r.get(1).name(), "\"Sachs\" says what the company is called, not what kind it is");
    assertEquals("Goldman Sachs Group Inc", r.get(2).name());
    assertEquals(r.get(0).id(), r.get(2).id());
    assertEquals(EntityNormalizer.id("samsung electronics"), r.get(3).id(), "both legal forms go");
    assertEquals("Samsung", r.get(5).name(), "two companies begin with it");
    assertEquals("Apple", r.get(7).name(), "a name without a legal form is no company's formal name");
    assertEquals("General Motors", r.get(9).name(), "a subsidiary's name says what it does");
    assertEquals("Toyota Motor Corp", r.get(11).name());
  }

  @Test
  void sirOrDameWithOneWordIsAFirstName() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Sir Nicholas Scott", EntityType.PERSON), m("Sir Nicholas", EntityType.PERSON),
        m("Scott", EntityType.PERSON), m("Dame Julie Andrews", EntityType.PERSON), m("Dame Julie", EntityType.PERSON),
        m("Sir Elton", EntityType.PERSON)));
    assertEquals("Nicholas Scott", r.get(1).name());
    assertEquals("Nicholas Scott", r.get(2).name(), "the surname still resolves as before");
    assertEquals("Julie Andrews", r.get(4).name());
    assertEquals("Elton", r.get(5).name(), "without the full name in the article it stays as it is");
  }

  @Test
  void aFirstNameAloneJoinsAPersonTheArticleAlsoCallsByTheSurname() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Bukayo Saka", EntityType.PERSON), m("Saka", EntityType.PERSON), m("Bukayo", EntityType.PERSON),
        m("Yahoo Messenger", EntityType.PERSON), m("Yahoo", EntityType.PERSON),
        m("Mac Mini", EntityType.PERSON), m("Mac", EntityType.PERSON), m("Mac", EntityType.ORGANIZATION),
        m("Mini", EntityType.PERSON), m("Tim Henman", EntityType.PERSON), m("Tim Robbins", EntityType.PERSON),
        m("Henman", EntityType.PERSON), m("Robbins", EntityType.PERSON), m("Tim", EntityType.PERSON)));
    assertEquals("Bukayo Saka", r.get(2).name());
    assertEquals("Yahoo", r.get(4).name(), "never called \"Messenger\": not a person's name");
    assertEquals("Mac", r.get(6).name(), "the article names it as an organisation too");
    assertEquals("Tim", r.get(13).name(), "two full names begin with it");
  }

  @Test
  void aOneWordPlaceIsNoSurname() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Nintendo Europe", EntityType.PERSON), m("Europe", EntityType.LOCATION),
        m("Steven Gerrard", EntityType.PERSON), m("Gerrard", EntityType.MISC)));
    assertEquals("Europe", r.get(1).name(), "an organisation the model took for a person keeps its own");
    assertEquals(EntityType.LOCATION, r.get(1).type());
    assertEquals("Steven Gerrard", r.get(3).name(), "a person mistyped as another kind of name still joins");
  }

  @Test
  void anAmbiguousSurnameStaysAsItIs() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Hillary Clinton", EntityType.PERSON), m("Bill Clinton", EntityType.PERSON),
        m("Mrs Clinton", EntityType.PERSON)));
    assertEquals("Clinton", r.get(2).name());
  }

  @Test
  void aSurnameThatEndsAnOrganisationsNameToo() {
    // The model typed "Elon Musk" an organisation; "Musk" is then not his brother Kimbal.
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Elon Musk", EntityType.ORGANIZATION), m("Kimbal Musk", EntityType.PERSON),
        m("Mr Musk", EntityType.PERSON)));
    assertEquals("Musk", r.get(2).name());
    // The same name typed two ways is one name: "Musk" joins it.
    r = n.resolve(List.of(m("Elon Musk", EntityType.ORGANIZATION), m("Elon Musk", EntityType.PERSON),
        m("Musk", EntityType.PERSON)));
    assertEquals("Elon Musk", r.get(2).name());
    // Two names the model ran together are no organisation ending in the surname.
    r = n.resolve(List.of(m("Bruce Willis", EntityType.PERSON), m("Sun", EntityType.ORGANIZATION),
        m("Sun Willis", EntityType.ORGANIZATION), m("Willis", EntityType.PERSON)));
    assertEquals("Bruce Willis", r.get(3).name());
  }

  @Test
  void anEastAsianFamilyNameComesFirst() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Kim Jong-un", EntityType.PERSON), m("Moon Jae-in", EntityType.PERSON), m("Kim", EntityType.PERSON),
        m("Mr Moon", EntityType.PERSON)));
    assertEquals("Kim Jong-un", r.get(2).name());
    assertEquals("Moon Jae-in", r.get(3).name());
    r = n.resolve(List.of(m("Lee Jae-yong", EntityType.PERSON), m("Lee Kun-hee", EntityType.PERSON),
        m("Lee", EntityType.PERSON), m("Jean-Pierre Raffarin", EntityType.PERSON), m("Raffarin", EntityType.PERSON)));
    assertEquals("Lee", r.get(2).name(), "two of one family stay apart");
    assertEquals("Jean-Pierre Raffarin", r.get(4).name());
    r = n.resolve(List.of(m("Xi Jinping", EntityType.PERSON), m("President Xi", EntityType.PERSON),
        m("Yoon Suk Yeol", EntityType.PERSON), m("Yoon", EntityType.PERSON), m("Jet Li", EntityType.PERSON),
        m("Li", EntityType.PERSON), m("Lee Harvey Oswald", EntityType.PERSON), m("Oswald", EntityType.PERSON)));
    assertEquals("Xi Jinping", r.get(1).name(), "a Chinese family name before a pinyin given name");
    assertEquals("Yoon Suk Yeol", r.get(3).name(), "a Korean name in three words");
    assertEquals("Jet Li", r.get(5).name(), "a Western order name keeps its last word");
    assertEquals("Lee Harvey Oswald", r.get(7).name());
  }

  @Test
  void arabNamesWithBinHaveNoSurnameButARoyalsFirstNameJoins() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Crown Prince Mohammed bin Salman", EntityType.PERSON), m("Prince Mohammed", EntityType.PERSON),
        m("King Salman", EntityType.PERSON), m("Osama bin Laden", EntityType.PERSON), m("Laden", EntityType.PERSON)));
    assertEquals("Mohammed bin Salman", r.get(0).name());
    assertEquals("Mohammed bin Salman", r.get(1).name());
    assertEquals("Salman", r.get(2).name(), "the king is the crown prince's father, not his last word");
    assertEquals("Laden", r.get(4).name());
    assertEquals("Crown Prosecution Service", n.resolve(List.of(m("Crown Prosecution Service", EntityType.PERSON))).get(0).name(),
        "only a crown prince loses the crown");
    // Elsewhere a prince is looked up by surname as before.
    r = n.resolve(List.of(m("Charles Kennedy", EntityType.PERSON), m("Prince Charles", EntityType.PERSON),
        m("Ali Khan", EntityType.PERSON), m("Prince Khan", EntityType.PERSON)));
    assertEquals("Charles", r.get(1).name());
    assertEquals("Ali Khan", r.get(3).name());
  }

  @Test
  void withoutTheFullNameTheSurnameIsItsOwnEntity() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(m("Mr Biden", EntityType.PERSON)));
    assertEquals("Biden", r.get(0).name());
    assertNotEquals(EntityNormalizer.id(EntityNormalizer.key("Joe Biden")), r.get(0).id());
  }

  @Test
  void knownEntitiesKeepTheirTableType() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(m("Nato", EntityType.MISC), m("Joe Biden", EntityType.PERSON)));
    assertEquals(EntityType.ORGANIZATION, r.get(0).type());
    assertEquals(EntityType.PERSON, r.get(1).type());
  }

  @Test
  void possessivePrefixesAndLeaderTitlesGo() {
    assertEquals("Xi Jinping", n.displayName("China's Xi Jinping", EntityType.PERSON));
    assertEquals("Charles", n.displayName("Britain's Prince Charles", EntityType.PERSON));
    assertEquals("Corelli's Mandolin", n.displayName("Corelli's Mandolin", EntityType.PERSON),
        "one plain word after a possessive: a work's title, kept whole");
    assertEquals("Mitch McConnell", n.displayName("Leader Mitch McConnell", EntityType.PERSON));
  }

  @Test
  void aPlaceOrClubBeforeAPossessiveIsNoPartOfThePersonsName() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(
        m("Andy Murray", EntityType.PERSON), m("Britain's Murray", EntityType.PERSON),
        m("Britain", EntityType.LOCATION), m("America's Roddick", EntityType.PERSON),
        m("Chelsea", EntityType.ORGANIZATION), m("Chelsea's Lampard", EntityType.PERSON),
        m("Corelli's Mandolin", EntityType.PERSON), m("Mandolin", EntityType.PERSON)));
    assertEquals("Andy Murray", r.get(1).name(), "the place goes, then the surname finds its full name");
    assertEquals("Roddick", r.get(3).name(), "America is in the alias table as a LOCATION");
    assertEquals("Lampard", r.get(5).name(), "the article tags Chelsea as an organisation");
    assertEquals("Corelli's Mandolin", r.get(6).name(), "Corelli is no place: a work's title stays whole");
    assertEquals("Corelli's Mandolin", r.get(7).name());
  }

  @Test
  void valuesAreKeyedByType() {
    List<EntityNormalizer.Resolved> r = n.resolve(List.of(m("2014", EntityType.DATE), m("2014", EntityType.MONEY)));
    assertEquals("DATE:2014", r.get(0).key());
    assertNotEquals(r.get(0).id(), r.get(1).id());
  }

  @Test
  void idsAreStableAndNonNegative() {
    long id = EntityNormalizer.id("joe biden");
    assertEquals(id, EntityNormalizer.id("joe biden"));
    assertTrue(id >= 0);
  }

  @Test
  void theShippedAliasTableReadsAndKnowsWireAbbreviations() throws Exception {
    EntityNormalizer shipped = new EntityNormalizer(Aliases.parse(
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("conf/aliases.tsv")), "conf/aliases.tsv"));
    assertEquals("California", shipped.displayName("Calif.", EntityType.LOCATION));
    assertEquals("Tennessee", shipped.displayName("Tenn.", EntityType.LOCATION));
    assertEquals("SD", shipped.displayName("SD", EntityType.ORGANIZATION), "the memory card");
    assertEquals("United States", shipped.displayName("U.S.", EntityType.LOCATION));
  }

  @Test
  void aliasFileErrorsNameTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Aliases.parse(List.of("PERSON\tA\tX", "PERSON\tB\tX"), "aliases.tsv"));
    assertTrue(e.getMessage().startsWith("aliases.tsv:2:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Aliases.parse(List.of("lonely"), "f"));
    assertThrows(IllegalArgumentException.class, () -> Aliases.parse(List.of("DATE\tMonday"), "f"));
  }
}
