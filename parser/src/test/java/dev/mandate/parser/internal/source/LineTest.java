package dev.mandate.parser.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

  @Test
  void aLineIsAViewAndIsSearchedOnlyWithinItself() {
    List<Line> lines = Lines.of("具体措施: | 施工 |\n施工\n");
    Line first = lines.get(0);
    assertEquals("具体措施: | 施工 |", first.text());
    assertEquals(first.text(), first.source().substring(first.start(), first.end()));
    assertEquals(3, first.indexOf("施"));
    assertEquals(8, first.indexOf("施", 4), "from an offset on");
    assertEquals(-1, first.indexOf("施工\n"), "the next line is not part of this one");
    assertEquals(-1, first.indexOf("施", 11));
    assertEquals(0, lines.get(1).indexOf("施工"));
  }
}
