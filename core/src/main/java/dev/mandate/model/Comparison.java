package dev.mandate.model;

/**
 * How a target's value bounds the quantity committed to; {@link Target#comparator()}, written as {@code comparator}
 * in the JSON. (Named so as not to clash with {@code java.util.Comparator} under wildcard imports.)
 */
public enum Comparison {
  /** Exactly the value: {@code 48所}. */
  EXACT,
  /** At least the value: {@code 90%以上}, {@code 不低于90%}, {@code 1万余人}. */
  AT_LEAST,
  /** At most the value: {@code 以下}, {@code 以内}, {@code 不超过}. */
  AT_MOST,
  /** About the value: {@code 左右}, {@code 约}, {@code 近}. */
  ABOUT,
  /** Between value and upper, both included: {@code 2-3个}. */
  RANGE
}
