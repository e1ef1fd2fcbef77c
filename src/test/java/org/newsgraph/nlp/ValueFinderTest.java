package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFinderTest {
  static List<String> found(String text) {
    return ValueFinder.find(text).stream()
        .map(m -> text.substring(m.start(), m.end()) + "/" + m.type()).toList();
  }

  @Test
  void findsMoneyPercentAndDates() {
    assertEquals(List.of("$1.13bn/MONEY", "£600m/MONEY", "76%/PERCENT"),
        found("Profits jumped to $1.13bn (£600m), up 76%."));
    assertEquals(List.of("Tuesday/DATE", "7 December 2021/DATE", "2014/DATE"),
        found("On Tuesday, 7 December 2021, he recalled what happened in 2014."));
    assertEquals(List.of("300 million pounds/MONEY", "2.5 per cent/PERCENT"),
        found("Britain will lend 300 million pounds at 2.5 per cent."));
    assertEquals(List.of("December 3, 2004/DATE", "2004-12-03/DATE"), found("December 3, 2004 or 2004-12-03"));
  }

  @Test
  void textWithoutDigitsStillHasNamedDaysAndMonths() {
    // The path for sentences without a digit runs only the named-day and named-month patterns.
    assertEquals(List.of("Monday/DATE", "January/DATE"), found("The talks that began on Monday will end in January."));
    assertEquals(List.of(), found("In March, Theresa May said Sundays were quiet."), "March and May alone are too ambiguous");
    assertEquals(List.of("Monday/DATE", "3 March/DATE"), found("On Monday, 3 March, talks resumed."));
  }

  @Test
  void leavesPlainNumbersAlone() {
    assertEquals(List.of(), found("The plant will employ 2,000 people and make 150,000 cars."));
    assertEquals(List.of(), found("Theresa May spoke."));
  }
}
