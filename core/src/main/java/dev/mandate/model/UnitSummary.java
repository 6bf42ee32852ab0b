package dev.mandate.model;

import org.immutables.value.Value;

/** A distinct unit of a document with how many measures it leads and supports. Immutable and thread-safe. */
@Value.Immutable
public abstract class UnitSummary {

  /** The unit's name as written. */
  public abstract String name();

  /** How many measures it leads. */
  public abstract int leads();

  /** How many measures it supports. */
  public abstract int supports();

  /** How many measures name it at all. */
  public final int measures() {
    return leads() + supports();
  }
}
