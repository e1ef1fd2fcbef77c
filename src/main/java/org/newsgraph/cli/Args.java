package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: "--name value", "--name=value", or a bare flag named in {@code flags}. */
final class Args {
  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();

  static Args parse(List<String> argv, Set<String> flags) {
    Args a = new Args();
    for (int i = 0; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new ConfigException("unexpected argument '" + arg + "': options start with --");
      }
      String name = arg.substring(2);
      String value;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      } else if (flags.contains(name)) {
        value = "true";
      } else if (i + 1 < argv.size()) {
        value = argv.get(++i);
      } else {
        throw new ConfigException("option --" + name + " needs a value");
      }
      a.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return a;
  }

  String one(String name, String fallback) {
    List<String> v = all(name, null);
    if (v.size() > 1) {
      throw new ConfigException("option --" + name + " given " + v.size() + " times; give it once");
    }
    return v.isEmpty() ? fallback : v.get(0);
  }

  List<String> all(String name, String fallback) {
    read.add(name);
    List<String> v = values.get(name);
    if (v != null) {
      return v;
    }
    return fallback == null ? List.of() : List.of(fallback);
  }

  boolean flag(String name) {
    return Boolean.parseBoolean(one(name, "false"));
  }

  /**
   * A repeatable option of NAME=VALUE pairs, in the order given (surrounding spaces dropped).
   * @param form what a pair must look like, for the error message, e.g. "KEY=VALUE (...)"
   */
  Map<String, String> pairs(String name, String form) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String kv : all(name, null)) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("--" + name + " " + kv + " must be " + form);
      }
      out.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
    }
    return out;
  }

  int positiveInt(String name, int fallback) {
    return intAtLeast(name, fallback, 1);
  }

  int intAtLeast(String name, int fallback, int min) {
    String v = one(name, Integer.toString(fallback));
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ConfigException("option --" + name + ": expected a whole number of at least " + min + ", got '" + v + "'");
  }

  double numberAtLeast(String name, double fallback, double min) {
    String v = one(name, Double.toString(fallback));
    try {
      double n = Double.parseDouble(v.strip());
      if (n >= min && Double.isFinite(n)) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ConfigException("option --" + name + ": expected a number of at least " + min + ", got '" + v + "'");
  }

  /** Fails on any option the command did not ask for: a typo must not be ignored. */
  void rejectUnknown() {
    for (String name : values.keySet()) {
      if (!read.contains(name)) {
        throw new ConfigException("unknown option --" + name);
      }
    }
  }
}
