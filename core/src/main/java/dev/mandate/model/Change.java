package dev.mandate.model;

/** A target that states a change rather than a level. */
public enum Change {
  /** Up by the value: {@code 提高10%}, {@code 增长5%}. */
  INCREASE_BY,
  /** Up to the value: {@code 提高到79元}. */
  INCREASE_TO,
  /** Down by the value: {@code 下降5%}. */
  DECREASE_BY,
  /** Down to the value: {@code 降低到5%}. */
  DECREASE_TO
}
