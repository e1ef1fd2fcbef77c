package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinesTest {
  private static String place(String paragraph) {
    Datelines.Dateline d = Datelines.find(paragraph, 0, 0);
    return d == null ? null : paragraph.substring(d.placeStart(), d.placeEnd())
        + (d.hasAgency() ? "|" + paragraph.substring(d.agencyStart(), d.agencyEnd()) : "");
  }

  @Test
  void findsTheWireServicesDatelines() {
    assertEquals("CHICAGO|AP", place("CHICAGO (AP) \u2014 Chicago Police Superintendent Raymond Cole resigned."));
    assertEquals("LONDON|Reuters", place("LONDON, Nov 28 (Reuters) - Britain's economy grew."));
    assertEquals("SANTA FE|AP", place("SANTA FE, N.M. (AP) \u2014 The governor said."));
    assertEquals("ST. LOUIS|AP", place("ST. LOUIS (AP) -- A judge ruled."));
    assertEquals("WASHINGTON", place("WASHINGTON \u2014 The Senate voted."));
    assertNull(place("UPDATE \u2014 The Senate voted."));
    assertNull(place("The Senate voted in WASHINGTON (AP) \u2014 twice."));
    assertNull(place("US president Joe Biden spoke."));
  }

  @Test
  void thePlaceIsALocationAndTheAgencyAnOrganization() {
    String text = "DETROIT (AP) \u2014 Ford Motor Co. is recalling trucks.";
    List<RawMention> mentions = new ArrayList<>(List.of(
        new RawMention(0, 0, 7, "DETROIT", EntityType.ORGANIZATION, 0.2),
        new RawMention(0, 17, 31, "Ford Motor Co.", EntityType.ORGANIZATION, 0.3)));
    Datelines.apply(Datelines.find(text, 0, 0), mentions, text);
    assertEquals(List.of("DETROIT/LOCATION", "Ford Motor Co./ORGANIZATION", "AP/ORGANIZATION"),
        mentions.stream().map(m -> m.text() + "/" + m.type()).toList());

    List<RawMention> missed = new ArrayList<>();
    Datelines.apply(Datelines.find(text, 0, 0), missed, text);
    assertEquals(List.of("DETROIT/LOCATION", "AP/ORGANIZATION"), missed.stream().map(m -> m.text() + "/" + m.type()).toList());

    String noAgency = "WASHINGTON \u2014 The Senate voted.";
    List<RawMention> none = new ArrayList<>();
    Datelines.apply(Datelines.find(noAgency, 0, 0), none, noAgency);
    assertEquals(List.of(), none, "without an agency only the model's own names are retyped");
  }

  @Test
  void theDateOfADatelineIsADateNotAName() {
    String text = "NEW YORK, Jan 12 (Reuters) - JPMorgan's profit rose.";
    List<RawMention> mentions = new ArrayList<>(List.of(
        new RawMention(0, 0, 8, "NEW YORK", EntityType.LOCATION, 0.9),
        new RawMention(0, 10, 13, "Jan", EntityType.PERSON, 0.4),
        new RawMention(0, 29, 37, "JPMorgan", EntityType.ORGANIZATION, 0.8)));
    Datelines.apply(Datelines.find(text, 0, 0), mentions, text);
    assertEquals(List.of("NEW YORK/LOCATION", "JPMorgan/ORGANIZATION", "Jan 12/DATE", "Reuters/ORGANIZATION"),
        mentions.stream().map(m -> m.text() + "/" + m.type()).toList());
    // Where the model tagged nothing there, the value patterns' own finding stands.
    List<RawMention> none = new ArrayList<>();
    Datelines.apply(Datelines.find(text, 0, 0), none, text);
    assertEquals(List.of("NEW YORK/LOCATION", "Reuters/ORGANIZATION"), none.stream().map(m -> m.text() + "/" + m.type()).toList());
  }

  @Test
  void theJobTypesTheDatelineOfAStory() {
    List<String> found = new ArticleAnnotator(Models.get())
        .annotate("Police chief resigns\n\nCHICAGO (AP) \u2014 Superintendent Raymond Cole resigned Friday.")
        .mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
    assertEquals(List.of("CHICAGO/LOCATION", "AP/ORGANIZATION", "Raymond Cole/PERSON", "Friday/DATE"), found);
  }
}
