package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a news-like corpus for benchmarks: articles built from this project's own sentence
 * templates and name lists, entities drawn with a Zipf-like skew (a few names everywhere, a long
 * tail), lengths that vary like real articles, dates over one year, written as gzipped JSON Lines,
 * streaming (1M articles never sit in memory). The same seed gives the same corpus.
 */
public final class CorpusGenerator {
  static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
      "Kofi", "Lena", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Samir", "Tessa", "Ugo", "Vera", "Wei",
      "Xenia", "Yusuf", "Zara", "Aaron", "Bianca", "Carlos", "Dana", "Emil", "Fatima", "Gustav", "Hana", "Ivan",
      "Julia", "Karim", "Laura", "Mateo", "Nora", "Oscar", "Paula", "Rafael", "Sofia", "Tomas", "Uma", "Viktor",
      "Wanda", "Yara", "Zoltan"};
  static final String[] LAST = {"Marsh", "Okoro", "Brandt", "Tanaka", "Diallo", "Bellini", "Raman", "Ferreira",
      "Whitfield", "Pryce", "Lindqvist", "Moreau", "Novak", "Haddad", "Kowalski", "Castillo", "Nakamura", "Okafor",
      "Petrov", "Svensson", "Adeyemi", "Fischer", "Rossi", "Silva", "Mendes", "Kaur", "Larsen", "Dubois", "Horvat",
      "Yilmaz", "Andersen", "Barros", "Conti", "Dvorak", "Eriksen", "Fontaine", "Garcia", "Hoffmann", "Ibrahim",
      "Jensen", "Keller", "Lombardi", "Mwangi", "Nilsen", "Ortega", "Park", "Quiroga", "Ruiz", "Schmidt", "Tembo"};
  static final String[] ORG_STEM = {"Northwind", "Kestrel", "Harbour", "Silverline", "Bluestone", "Redfield",
      "Greenvale", "Ironbridge", "Clearwater", "Highgate", "Eastmoor", "Westbrook", "Stonehill", "Goldcrest",
      "Riverside", "Oakmont", "Lakeshore", "Brightwater", "Falconer", "Summit"};
  static final String[] ORG_KIND = {"Energy", "Motors", "Bank", "Group", "Holdings", "Airways", "Telecom",
      "Pharma", "Foods", "Shipping"};
  static final String[] PLACES = {"London", "Berlin", "Paris", "Rome", "Madrid", "Lisbon", "Vienna", "Warsaw",
      "Prague", "Stockholm", "Oslo", "Helsinki", "Dublin", "Brussels", "Geneva", "Lagos", "Nairobi", "Cairo",
      "Tokyo", "Seoul", "Beijing", "Mumbai", "Delhi", "Jakarta", "Sydney", "Toronto", "Chicago", "Boston",
      "Mexico City", "Lima", "Santiago", "Germany", "France", "Italy", "Spain", "Nigeria", "Kenya", "Japan",
      "India", "Brazil", "Canada", "Australia", "Poland", "Sweden", "Norway", "Egypt", "Chile", "Peru",
      "Portugal", "Austria"};
  static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  /** P = person, O = organisation, L = place, D = weekday, N = a number, Y = a year. */
  static final String[] SENTENCES = {
      "P said on D that O would expand its operations in L.",
      "Speaking in L, P described the talks with O as difficult but useful.",
      "O reported a rise of N% in quarterly profits, according to P.",
      "P met officials from O in L to discuss new investment.",
      "The agreement between O and the government of L was signed on D.",
      "Critics in L said the plan by O would cost N million euros more than expected.",
      "P told reporters that the decision had been taken after months of discussion.",
      "Shares in O fell N% in L after the announcement.",
      "P, who joined O in Y, is expected to lead the new division.",
      "Analysts said the move showed that O was confident about demand in L.",
      "The talks in L will continue next week, P said.",
      "Unions in L welcomed the offer from O but asked for more details.",
      "On D, P flew to L to meet investors and local leaders.",
      "O said it would hire N workers at its new site near L.",
      "P warned that rising costs could slow growth across L.",
      "The report, published by O on D, was discussed by ministers in L.",
      "P and P appeared together at a news conference in L.",
      "Officials said the project would be finished within N months.",
      "O has operated in L for more than N years.",
      "P declined to comment on reports that O was planning job cuts."};
  static final String[] TITLES = {"O plans new investment in L", "P calls for talks on L deal",
      "O profits rise as demand grows in L", "P meets O leaders in L", "Workers in L react to O plan",
      "P warns of higher costs in L"};
  static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC);
  static final long YEAR_START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

  private final SplittableRandom random;
  private final Zipf people;
  private final Zipf orgs;
  private final Zipf places;
  private final List<String> personNames = new ArrayList<>();
  private final List<String> orgNames = new ArrayList<>();
  private final int minSentences;
  private final int maxSentences;

  /** Articles of minSentences to maxSentences sentences (about 14 tokens each). */
  public CorpusGenerator(long seed, int minSentences, int maxSentences) {
    this.random = new SplittableRandom(seed);
    for (String f : FIRST) {
      for (String l : LAST) {
        personNames.add(f + " " + l);
      }
    }
    shuffle(personNames);
    for (String s : ORG_STEM) {
      for (String k : ORG_KIND) {
        orgNames.add(s + " " + k);
      }
    }
    shuffle(orgNames);
    this.people = new Zipf(personNames.size(), 1.1);
    this.orgs = new Zipf(orgNames.size(), 1.0);
    this.places = new Zipf(PLACES.length, 0.9);
    this.minSentences = minSentences;
    this.maxSentences = maxSentences;
  }

  private void shuffle(List<String> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  /** One article: id, title, text, published, source, url. */
  public String[] article(long n) {
    String[] cast = {personNames.get(people.sample(random)), personNames.get(people.sample(random)),
        orgNames.get(orgs.sample(random)), PLACES[places.sample(random)], PLACES[places.sample(random)]};
    // Lengths skew like news: many short pieces, some long ones.
    int span = maxSentences - minSentences;
    int sentences = minSentences + (int) Math.min(span, Math.round(-Math.log(1 - random.nextDouble()) * span / 3.0));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      text.append(fill(SENTENCES[random.nextInt(SENTENCES.length)], cast)).append(i % 3 == 2 ? "\n\n" : " ");
    }
    long published = YEAR_START + random.nextLong(365L * 24 * 3600);
    String id = String.format("gen-%09d", n);
    return new String[] {id, fill(TITLES[random.nextInt(TITLES.length)], cast), text.toString().strip(),
        ISO.format(Instant.ofEpochSecond(published)), "Generated Wire", "https://generated.example/" + id};
  }

  private String fill(String template, String[] cast) {
    StringBuilder out = new StringBuilder();
    int person = 0;
    for (char c : template.toCharArray()) {
      switch (c) {
        case 'P' -> out.append(cast[person++ % 2]);
        case 'O' -> out.append(random.nextInt(4) == 0 ? orgNames.get(orgs.sample(random)) : cast[2]);
        case 'L' -> out.append(cast[3 + random.nextInt(2)]);
        case 'D' -> out.append(DAYS[random.nextInt(DAYS.length)]);
        case 'N' -> out.append(2 + random.nextInt(98));
        case 'Y' -> out.append(1995 + random.nextInt(30));
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Writes {@code articles} articles into {@code files} gzipped JSON Lines files; returns their paths. */
  public List<Path> write(Path dir, long articles, int files) throws IOException {
    Files.createDirectories(dir);
    JsonFactory json = new JsonFactory();
    List<Path> paths = new ArrayList<>();
    OutputStream[] outs = new OutputStream[files];
    JsonGenerator[] gens = new JsonGenerator[files];
    try {
      for (int f = 0; f < files; f++) {
        Path p = dir.resolve(String.format("part-%05d.jsonl.gz", f));
        paths.add(p);
        outs[f] = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(p), 1 << 16), 1 << 16);
        gens[f] = json.createGenerator(outs[f]);
        gens[f].setRootValueSeparator(null);
      }
      String[] fields = {"id", "title", "text", "published", "source", "url"};
      for (long n = 0; n < articles; n++) {
        String[] a = article(n);
        JsonGenerator g = gens[(int) (n % files)];
        g.writeStartObject();
        for (int i = 0; i < fields.length; i++) {
          g.writeStringField(fields[i], a[i]);
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
    } finally {
      for (int f = 0; f < files; f++) {
        if (gens[f] != null) {
          gens[f].close();
        }
        if (outs[f] != null) {
          outs[f].close();
        }
      }
    }
    return paths;
  }

  /** Ranks 0..size-1 drawn with probability proportional to 1/(rank+1)^s. */
  static final class Zipf {
    private final double[] cumulative;

    Zipf(int size, double s) {
      cumulative = new double[size];
      double sum = 0;
      for (int i = 0; i < size; i++) {
        sum += 1 / Math.pow(i + 1, s);
        cumulative[i] = sum;
      }
      for (int i = 0; i < size; i++) {
        cumulative[i] /= sum;
      }
    }

    int sample(SplittableRandom r) {
      int i = Arrays.binarySearch(cumulative, r.nextDouble());
      return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }
  }
}
