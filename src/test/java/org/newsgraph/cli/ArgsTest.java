package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {
  @Test
  void pairsKeepTheirOrderAndSplitAtTheFirstEqualsSign() {
    Args args = Args.parse(List.of("--conf", "b = 2", "--conf=a=x=y"), Set.of());
    Map<String, String> pairs = args.pairs("conf", "KEY=VALUE");
    assertEquals(List.of("b", "a"), List.copyOf(pairs.keySet()));
    assertEquals("2", pairs.get("b"));
    assertEquals("x=y", pairs.get("a"));
  }

  @Test
  void aPairWithoutANameIsRefusedWithTheFormItMustHave() {
    Args args = Args.parse(List.of("--conf", "=3"), Set.of());
    ConfigException e = assertThrows(ConfigException.class, () -> args.pairs("conf", "KEY=VALUE (a setting)"));
    assertEquals("--conf =3 must be KEY=VALUE (a setting)", e.getMessage());
  }
}
