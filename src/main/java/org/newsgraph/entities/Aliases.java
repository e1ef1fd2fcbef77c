package org.newsgraph.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alias table: one line per entity, the canonical name first, then its variants, separated
 * by tabs; '#' starts a comment. Read on the driver and shipped to executors inside the config.
 */
public final class Aliases {
  private Aliases() {}

  /** Variant key (see {@link EntityNormalizer#key}) to canonical name. */
  public static Map<String, String> parse(List<String> lines, String origin) {
    Map<String, String> map = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      String canonical = cols[0].strip();
      if (canonical.isEmpty() || cols.length < 2) {
        throw new IllegalArgumentException(origin + ":" + (i + 1)
            + ": expected 'canonical name<TAB>variant[<TAB>variant...]'");
      }
      for (String variant : cols) {
        String key = EntityNormalizer.key(variant.strip());
        if (key.isEmpty()) {
          continue;
        }
        String previous = map.put(key, canonical);
        if (previous != null && !previous.equals(canonical)) {
          throw new IllegalArgumentException(origin + ":" + (i + 1) + ": '" + variant.strip()
              + "' is already an alias of '" + previous + "'");
        }
      }
    }
    return map;
  }
}
