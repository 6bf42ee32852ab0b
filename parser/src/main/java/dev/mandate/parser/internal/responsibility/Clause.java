/*
 * Copyright 2026 Mandate developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.mandate.parser.internal.responsibility;

/**
 * A list of units as the layout found it, with what its label says about their role: the text after
 * {@code 牵头单位:}, a 责任单位 cell, an inline {@code (X牵头,Y配合)}. Line and column locate its first char.
 */
public final class Clause {

  /** What a label says about the units after it. */
  public enum Kind {
    /** The units lead (牵头单位, 主办单位). */
    LEAD,
    /** The units support (配合单位, 协办单位). */
    SUPPORT,
    /** The units are responsible; the first leads unless another clause names a lead (责任单位). */
    GENERIC,
    /** A person, not a unit (牵头领导); dropped. */
    PERSON,
    /** The completion deadline (完成时限). */
    DEADLINE,
    /** Progress or a remark, not units (实际完成情况, 进展情况, 备注); dropped. */
    REMARK;

    /** Whether the clause's text is a list of units (a lead's, a supporter's or the responsible ones). */
    public boolean namesUnits() {
      return this == LEAD || this == SUPPORT || this == GENERIC;
    }
  }

  private final Kind kind;
  private final String text;
  private final int line;
  private final int column;
  private final boolean[] bold;

  public Clause(Kind kind, String text, int line, int column) {
    this(kind, text, null, line, column);
  }

  /** @param bold one flag per char of text where the source shows type, else null */
  public Clause(Kind kind, String text, boolean[] bold, int line, int column) {
    if (bold != null && bold.length != text.length()) {
      throw new IllegalArgumentException("bold mask does not fit the text");
    }
    this.kind = kind;
    this.text = text;
    this.bold = bold;
    this.line = line;
    this.column = column;
  }

  /** Whether the source shows type (bold) for this clause's text. */
  public boolean hasType() {
    return bold != null;
  }

  /** Whether char i of the text is bold; false for plain text. */
  public boolean bold(int i) {
    return bold != null && bold[i];
  }

  public Kind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  @Override
  public String toString() {
    return kind + ":" + text;
  }
}
