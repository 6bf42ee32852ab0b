package dev.mandate.parser.internal.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellTest {

  @Test
  void aCellWithTypeButNoBoldStillHasTypeAndReadsAsNotBold() {
    Cell none = new Cell("市教育局", new boolean[4], true);
    assertTrue(none.hasType());
    assertArrayEquals(new boolean[2], none.bold(1, 3));
    assertArrayEquals(new boolean[0], none.bold(4, 4));
    assertThrows(ArrayIndexOutOfBoundsException.class, () -> none.bold(5, 6));
    assertThrows(IllegalArgumentException.class, () -> none.bold(3, 2));

    Cell some = new Cell("市教育局", new boolean[] {false, true, true, false});
    assertArrayEquals(new boolean[] {true, true}, some.bold(1, 3));

    Cell plain = Cell.plain("市教育局");
    assertFalse(plain.hasType());
    assertNull(plain.bold(0, 4));
  }
}
