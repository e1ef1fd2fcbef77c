package org.newsgraph.entities;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.EntityType;

/**
 * The alias table (conf/aliases.tsv): one line per known entity, tab-separated: its type
 * (PERSON, ORGANIZATION, LOCATION or MISC), its canonical name, then its variants. '#' starts a
 * comment. A known entity keeps that type whatever the model says. Read on the driver and
 * shipped to executors inside the config.
 */
public final class Aliases {
  private Aliases() {}

  /** A known entity. */
  public record Entry(String name, EntityType type) implements Serializable {}

  /** Variant key (see {@link EntityNormalizer#key}) to known entity; the canonical name maps too. */
  public static Map<String, Entry> parse(List<String> lines, String origin) {
    Map<String, Entry> map = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      String where = origin + ":" + (i + 1) + ": ";
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[1].isBlank()) {
        throw new IllegalArgumentException(where + "expected 'TYPE<TAB>canonical name[<TAB>variant...]'");
      }
      EntityType type;
      try {
        type = EntityType.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        type = null;
      }
      if (type == null || !type.isNamed()) {
        throw new IllegalArgumentException(where + "type '" + cols[0].strip()
            + "' is not one of PERSON, ORGANIZATION, LOCATION, MISC");
      }
      Entry entry = new Entry(cols[1].strip(), type);
      for (int c = 1; c < cols.length; c++) {
        String key = EntityNormalizer.key(cols[c].strip());
        if (key.isEmpty()) {
          continue;
        }
        Entry previous = map.put(key, entry);
        if (previous != null && !previous.equals(entry)) {
          throw new IllegalArgumentException(where + "'" + cols[c].strip() + "' is already an alias of '"
              + previous.name() + "'");
        }
      }
    }
    return map;
  }
}
