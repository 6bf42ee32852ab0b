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
package dev.mandate.ledger;

import dev.mandate.model.Comparison;
import dev.mandate.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A target written back in Chinese as an office writes it in a ledger: {@code ≥48所}, {@code 提高10％},
 * {@code 2-3个}, {@code 约9万人}, the subject before it where known ({@code 新建改扩建中小学48所}). Stateless.
 */
final class TargetText {

  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  private TargetText() {}

  /** The target with its subject: {@code 高校毕业生总体就业率≥90％}. */
  static String withSubject(Target t) {
    return t.subject().orElse("") + of(t);
  }

  /** The target alone: change, comparator, number (in 万 or 亿 where the document would write so), unit. */
  static String of(Target t) {
    StringBuilder b = new StringBuilder();
    t.change().ifPresent(c -> b.append(change(c)));
    String unit = unit(t);
    switch (t.comparator()) {
      case AT_LEAST:
        b.append('≥');
        break;
      case AT_MOST:
        b.append('≤');
        break;
      case ABOUT:
        b.append('约');
        break;
      default:
        break;
    }
    b.append(number(t.value()));
    if (t.comparator() == Comparison.RANGE && t.upper().isPresent()) {
      b.append('-').append(number(t.upper().get()));
    }
    return b.append(unit).toString();
  }

  /** The comparator in words, for a cell of its own. */
  static String comparator(Comparison c) {
    switch (c) {
      case AT_LEAST:
        return "不低于";
      case AT_MOST:
        return "不高于";
      case ABOUT:
        return "约";
      case RANGE:
        return "区间";
      default:
        return "等于";
    }
  }

  /** The change in words: 提高, 提高到, 降低, 降低到. */
  static String change(dev.mandate.model.Change c) {
    switch (c) {
      case INCREASE_BY:
        return "提高";
      case INCREASE_TO:
        return "提高到";
      case DECREASE_BY:
        return "降低";
      default:
        return "降低到";
    }
  }

  /** The unit of measure as a Chinese text writes it: the per cent sign full-width (％), as in the documents. */
  static String unit(Target t) {
    String u = t.unit().orElse("");
    return u.equals("%") ? "％" : u;
  }

  /**
   * The number as documents write it: {@code 48}, {@code 4.5}; ten thousands and up in 万 ({@code 9万},
   * {@code 4.8万}) and hundred millions in 亿, where that takes at most two decimals, else in full.
   */
  static String number(BigDecimal v) {
    BigDecimal abs = v.abs();
    if (abs.compareTo(YI) >= 0 && fewDecimals(v.divide(YI))) {
      return plain(v.divide(YI)) + "亿";
    }
    if (abs.compareTo(WAN) >= 0 && fewDecimals(v.divide(WAN))) {
      return plain(v.divide(WAN)) + "万";
    }
    return plain(v);
  }

  private static boolean fewDecimals(BigDecimal v) {
    return v.setScale(2, RoundingMode.DOWN).compareTo(v) == 0;
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
