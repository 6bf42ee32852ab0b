package dev.mandate.parser.internal.source;

import java.util.Arrays;

/** A growable array of bold flags kept beside a StringBuilder: no boxing, one flag per char. Not thread-safe. */
final class Mask {
  private boolean[] flags = new boolean[16];
  private int size;

  void add(boolean b, int count) {
    ensure(size + count);
    if (b) {
      Arrays.fill(flags, size, size + count, true);
    }
    size += count;
  }

  void addAll(Mask other) {
    ensure(size + other.size);
    System.arraycopy(other.flags, 0, flags, size, other.size);
    size += other.size;
  }

  boolean get(int i) {
    return flags[i];
  }

  int size() {
    return size;
  }

  void clear() {
    Arrays.fill(flags, 0, size, false);
    size = 0;
  }

  /** Flags [from, to) as an array. */
  boolean[] slice(int from, int to) {
    return Arrays.copyOfRange(flags, from, to);
  }

  private void ensure(int n) {
    if (n > flags.length) {
      flags = Arrays.copyOf(flags, Math.max(n, flags.length * 2));
    }
  }
}
