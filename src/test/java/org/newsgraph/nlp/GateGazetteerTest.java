package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestSpark;

/** The gazetteer from GATE's name lists, on a hand-made jar laid out as ANNIE's is. */
class GateGazetteerTest {
  @Test
  void wordsGetTheKindsOfTheEntriesTheyAreInAndTheirPlaceInThem() throws Exception {
    Path jar = TestSpark.tempDir("gate").resolve("annie.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      put(out, "lists.def", "city.lst:location:city\ncompany.lst:organization:company\n"
          + "company_lower.lst:organization:company\norganization_blacklist.lst:organization:blacklist\n"
          + "person_male_cap.lst :person_first:male\nnumbers.lst:number\nabsent.lst:location:region\n"
          + "org_key.lst:org_key\ncountry_adj.lst:country_adj:COUNTRYADJ\n",
          StandardCharsets.UTF_8);
      put(out, "city.lst", "London\r\nSão Paulo\nU.S. Virgin Islands:ISO2=VI\n", StandardCharsets.UTF_8);
      put(out, "company.lst", "AT&T\nBank of England:type=bank\nO'Reilly Media\n", StandardCharsets.UTF_8);
      put(out, "company_lower.lst", "apple\n", StandardCharsets.UTF_8);
      put(out, "organization_blacklist.lst", "The\n", StandardCharsets.UTF_8);
      put(out, "person_male_cap.lst", "JOSÉ\n", StandardCharsets.ISO_8859_1);
      put(out, "numbers.lst", "seven\n", StandardCharsets.UTF_8);
      put(out, "org_key.lst", "Bank\n", StandardCharsets.UTF_8);
      put(out, "country_adj.lst", "Brazilian\n", StandardCharsets.UTF_8);
    }
    Map<String, String> classes = GateGazetteer.classes(jar);
    assertEquals("loc", classes.get("London"), "a one-word entry: its kind alone");
    assertEquals("loc-b", classes.get("São"));
    assertEquals("loc-i", classes.get("Paulo"));
    assertEquals("loc-b", classes.get("U.S."), "a dotted abbreviation is one word; features after ':' are not");
    assertNull(classes.get("ISO2"));
    assertEquals("org", classes.get("AT&T"));
    assertEquals("org-b+orgkey", classes.get("Bank"), "starts an entry and is a cue word by itself");
    assertEquals("org-i", classes.get("England"));
    assertEquals("org-b", classes.get("O'Reilly"));
    assertEquals("pfirst", classes.get("JOSÉ"), "a Latin-1 list, the list name's stray space in lists.def");
    assertEquals("adj", classes.get("Brazilian"));
    assertNull(classes.get("apple"), "lower-case copies of lists are left out");
    assertNull(classes.get("The"), "the blacklist is no organisation");
    assertNull(classes.get("seven"), "numbers are no kind of name");

    Map<String, String> phrases = GateGazetteer.phrases(jar);
    assertEquals("org", phrases.get("Bank_of_England"), "whole entries, words joined");
    assertEquals("loc", phrases.get("U.S._Virgin_Islands"));
    assertEquals("orgkey", phrases.get("Bank"));
    assertNull(phrases.get("England"), "a word of an entry is no entry");

    Path out = TestSpark.tempDir("gate").resolve("gazetteer-gate.txt");
    NameGazetteer.write(classes, out);
    assertEquals(List.of("AT&T org", "Bank org-b+orgkey"), Files.readAllLines(out).subList(0, 2), "the word-cluster format");
  }

  @Test
  void aJarWithoutListsGivesNothing() throws Exception {
    Path jar = TestSpark.tempDir("gate").resolve("other.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
      out.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(Map.of(), GateGazetteer.classes(jar));
  }

  private static void put(ZipOutputStream out, String name, String text, java.nio.charset.Charset charset) throws Exception {
    out.putNextEntry(new ZipEntry(GateGazetteer.FOLDER + name));
    out.write(text.getBytes(charset));
    out.closeEntry();
  }
}
