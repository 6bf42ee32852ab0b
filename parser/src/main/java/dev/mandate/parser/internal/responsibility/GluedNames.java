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

import com.google.common.collect.ImmutableList;
import dev.mandate.model.Measure;
import dev.mandate.model.Responsibility;
import dev.mandate.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Units glued from two names that the same document gives on their own elsewhere: {@code 文化宣传股文化馆} where
 * {@code 文化宣传股} and {@code 文化馆} each fill a units cell of other rows — the line break between two names of one
 * cell was lost in the copy. The evidence is the document's own: a name no other measure names in two parts is
 * left whole, so {@code 县教育局教研室} stays one unit unless the document also names {@code 县教育局} and
 * {@code 教研室} each alone.
 */
public final class GluedNames {

  private GluedNames() {}

  /** The measures with each glued unit read as its two names (the first keeps the role, the second supports). */
  public static List<Measure> split(List<Measure> measures, SharedUnits shared) {
    Set<String> names = new HashSet<>();
    for (Measure m : measures) {
      for (Responsibility r : m.responsibilities()) {
        if (r.unit().alias().isEmpty() && r.unit().restoredName().isEmpty()) {
          names.add(r.unit().name());
        }
      }
    }
    Map<String, String[]> glued = new HashMap<>();
    if (names.size() >= 3) {
      for (String n : names) {
        String[] parts = parts(n, names);
        if (parts != null) {
          glued.put(n, parts);
        }
      }
    }
    if (glued.isEmpty()) {
      return measures;
    }
    List<Measure> out = new ArrayList<>(measures.size());
    for (Measure m : measures) {
      out.add(m.responsibilities().stream().anyMatch(r -> isGlued(r, glued)) ? split(m, glued, shared) : m);
    }
    return out;
  }

  private static boolean isGlued(Responsibility r, Map<String, String[]> glued) {
    return r.unit().alias().isEmpty() && r.unit().restoredName().isEmpty() && glued.containsKey(r.unit().name());
  }

  /**
   * The one way {@code n} is two names of the document, each of two chars or more; null if none or several. Han
   * names only: a Latin word glued from two others ({@code inline}) is one word.
   */
  private static String[] parts(String n, Set<String> names) {
    if (!isHan(n.charAt(0)) || !isHan(n.charAt(n.length() - 1))) {
      return null;
    }
    String[] found = null;
    for (int k = 2; k <= n.length() - 2; k++) {
      if (!isHan(n.charAt(k - 1)) || !isHan(n.charAt(k))) {
        continue;
      }
      String head = n.substring(0, k);
      String tail = n.substring(k);
      if (names.contains(head) && names.contains(tail) && !(opensWithLevel(head) && !opensWithLevel(tail))) {
        if (found != null) {
          return null; // two ways to cut it: no evidence which
        }
        found = new String[] {head, tail};
      }
    }
    return found;
  }

  private static Measure split(Measure m, Map<String, String[]> glued, SharedUnits shared) {
    List<Responsibility> rs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Responsibility r : m.responsibilities()) {
      String[] parts = isGlued(r, glued) ? glued.get(r.unit().name()) : null;
      if (parts == null) {
        if (seen.add(r.unit().name())) {
          rs.add(r);
        }
        continue;
      }
      for (int i = 0; i < parts.length; i++) {
        if (seen.add(parts[i])) {
          boolean lead = r.isLead() && i == 0;
          rs.add(shared.responsibility(parts[i], null, null, lead ? Role.LEAD : Role.SUPPORT,
              lead ? r.basis().orElseThrow() : null));
        }
      }
    }
    return Measure.builder().from(m).responsibilities(ImmutableList.copyOf(rs)).build();
  }

  /**
   * Whether a name opens with its level ({@code 市公安局}): one glued to a name without a level is its own section
   * ({@code 市公安局交警支队}, {@code 县财政局国库支付中心}, {@code 县委政法委}), one body, though the document names both parts
   * alone too.
   */
  private static boolean opensWithLevel(String name) {
    return Places.LEVELS.indexOf(name.charAt(0)) >= 0;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
