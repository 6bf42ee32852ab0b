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
package dev.mandate.parser.eval;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A Java port of the project's scorer ({@code score.py}): measures aligned in order by text similarity (difflib's
 * ratio, >= 0.8, after NFKC and whitespace removal), units by name with alternatives, leads per measure as a set,
 * targets by (value, unit) with comparator, upper, change and span checked on matches, optional gold targets
 * neither required nor counted against.
 */
public final class GoldScore {
  int mTp, mFp, mFn, uTp, uFp, uFn, leadOk, leadN, tTp, tFp, tFn, cmpOk, upperOk, chgOk, spanOk, spanN;
  public final List<String> diffs = new ArrayList<>();

  /** Adds one document's comparison; gold and pred are mandate/1 JSON trees. */
  @SuppressWarnings("unchecked")
  public void add(String name, Object gold, Object pred) {
    List<Map<String, Object>> gm = (List<Map<String, Object>>) ((Map<String, Object>) gold).get("measures");
    List<Map<String, Object>> pm = (List<Map<String, Object>>) ((Map<String, Object>) pred).get("measures");
    Set<Integer> matched = new HashSet<>();
    int start = 0;
    for (int gi = 0; gi < gm.size(); gi++) {
      Map<String, Object> g = gm.get(gi);
      String gt = norm(g.get("text"));
      double best = 0;
      int bestPi = -1;
      for (int pi = start; pi < Math.min(pm.size(), start + 25); pi++) {
        double r = Difflib.ratio(gt, norm(pm.get(pi).get("text")));
        if (r > best) {
          best = r;
          bestPi = pi;
        }
      }
      String tag = name + " #" + (gi + 1);
      if (bestPi < 0 || best < 0.8) {
        mFn++;
        leadN++;
        uFn += list(g.get("responsibilities")).size();
        for (Object t : list(g.get("targets"))) {
          if (!Boolean.TRUE.equals(((Map<String, Object>) t).get("optional"))) {
            tFn++;
          }
        }
        diffs.add(tag + " measure missing");
        continue;
      }
      start = bestPi + 1;
      matched.add(bestPi);
      mTp++;
      units(tag, g, pm.get(bestPi));
      targets(tag, g, pm.get(bestPi));
    }
    for (int pi = 0; pi < pm.size(); pi++) {
      if (!matched.contains(pi)) {
        mFp++;
        uFp += list(pm.get(pi).get("responsibilities")).size();
        tFp += list(pm.get(pi).get("targets")).size();
        diffs.add(name + " extra measure #" + (pi + 1));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void units(String tag, Map<String, Object> g, Map<String, Object> p) {
    List<String> left = new ArrayList<>();
    for (Object r : list(p.get("responsibilities"))) {
      left.add(norm(((Map<String, Object>) r).get("unit")));
    }
    Set<Set<String>> goldLeads = new HashSet<>();
    for (Object o : list(g.get("responsibilities"))) {
      Map<String, Object> r = (Map<String, Object>) o;
      List<String> names = new ArrayList<>();
      names.add(norm(r.get("unit")));
      for (Object a : list(r.get("alt"))) {
        names.add(norm(a));
      }
      String hit = names.stream().filter(left::contains).findFirst().orElse(null);
      if (hit != null) {
        left.remove(hit);
        uTp++;
      } else {
        uFn++;
        diffs.add(tag + " unit missing: " + r.get("unit"));
      }
      if ("LEAD".equals(r.get("role"))) {
        goldLeads.add(new HashSet<>(names));
      }
    }
    for (String n : left) {
      uFp++;
      diffs.add(tag + " unit extra: " + n);
    }
    Set<String> predLeads = new HashSet<>();
    for (Object o : list(p.get("responsibilities"))) {
      Map<String, Object> r = (Map<String, Object>) o;
      if ("LEAD".equals(r.get("role"))) {
        predLeads.add(norm(r.get("unit")));
      }
    }
    boolean ok = goldLeads.size() == predLeads.size()
        && goldLeads.stream().allMatch(alts -> predLeads.stream().anyMatch(alts::contains));
    leadN++;
    if (ok) {
      leadOk++;
    } else {
      diffs.add(tag + " lead: gold " + goldLeads + " pred " + predLeads);
    }
  }

  @SuppressWarnings("unchecked")
  private void targets(String tag, Map<String, Object> g, Map<String, Object> p) {
    List<Map<String, Object>> gold = (List<Map<String, Object>>) (Object) list(g.get("targets"));
    List<Map<String, Object>> pred = (List<Map<String, Object>>) (Object) list(p.get("targets"));
    String text = p.get("text") == null ? "" : (String) p.get("text");
    boolean[] used = new boolean[pred.size()];
    for (Map<String, Object> gt : gold) {
      Object key1 = num(gt.get("value"));
      String key2 = norm(gt.get("unit"));
      Integer hit = null;
      for (int i = 0; i < pred.size(); i++) {
        Map<String, Object> pt = pred.get(i);
        if (!used[i] && Objects.equals(num(pt.get("value")), key1) && norm(pt.get("unit")).equals(key2)) {
          boolean upperSame = Objects.equals(num(pt.get("upper")), num(gt.get("upper")));
          if (hit == null || upperSame) {
            hit = i;
            if (upperSame) {
              break;
            }
          }
        }
      }
      boolean optional = Boolean.TRUE.equals(gt.get("optional"));
      if (hit == null) {
        if (!optional) {
          tFn++;
          diffs.add(tag + " target missing: " + gt.get("text"));
        }
        continue;
      }
      used[hit] = true;
      if (optional) {
        continue;
      }
      Map<String, Object> pt = pred.get(hit);
      tTp++;
      if (or(pt.get("comparator"), "EXACT").equals(or(gt.get("comparator"), "EXACT"))) {
        cmpOk++;
      } else {
        diffs.add(tag + " comparator " + gt.get("text") + ": gold " + gt.get("comparator") + " pred "
            + pt.get("comparator"));
      }
      if (Objects.equals(num(pt.get("upper")), num(gt.get("upper")))) {
        upperOk++;
      } else {
        diffs.add(tag + " upper " + gt.get("text"));
      }
      if (Objects.equals(pt.get("change"), gt.get("change"))) {
        chgOk++;
      } else {
        diffs.add(tag + " change " + gt.get("text") + ": gold " + gt.get("change") + " pred " + pt.get("change"));
      }
      spanN++;
      List<Object> span = list(pt.get("span"));
      if (span.size() == 2) {
        int s = ((BigDecimal) span.get(0)).intValue();
        int e = ((BigDecimal) span.get(1)).intValue();
        if (0 <= s && s < e && e <= text.length() && text.substring(s, e).equals(pt.get("text"))) {
          spanOk++;
        }
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!used[i]) {
        tFp++;
        diffs.add(tag + " target extra: " + pred.get(i).get("text"));
      }
    }
  }

  public double measuresF1() {
    return f1(mTp, mFp, mFn);
  }

  public double unitsF1() {
    return f1(uTp, uFp, uFn);
  }

  public double leadAccuracy() {
    return leadN == 0 ? 1.0 : (double) leadOk / leadN;
  }

  public double targetsF1() {
    return f1(tTp, tFp, tFn);
  }

  public double comparatorAccuracy() {
    return tTp == 0 ? 1.0 : (double) cmpOk / tTp;
  }

  public double upperAccuracy() {
    return tTp == 0 ? 1.0 : (double) upperOk / tTp;
  }

  public double changeAccuracy() {
    return tTp == 0 ? 1.0 : (double) chgOk / tTp;
  }

  public double spanAccuracy() {
    return spanN == 0 ? 1.0 : (double) spanOk / spanN;
  }

  public int goldMeasures() {
    return mTp + mFn;
  }

  @Override
  public String toString() {
    return String.format("measures F1 %.3f (gold %d, found %d) | units F1 %.3f | lead %.3f | targets F1 %.3f "
            + "(tp %d, fp %d, fn %d) | comparator %.3f upper %.3f change %.3f span %.3f",
        measuresF1(), mTp + mFn, mTp + mFp, unitsF1(), leadAccuracy(), targetsF1(), tTp, tFp, tFn,
        comparatorAccuracy(), upperAccuracy(), changeAccuracy(), spanAccuracy());
  }

  private static double f1(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  static String norm(Object o) {
    if (o == null) {
      return "";
    }
    String s = Normalizer.normalize(o.toString(), Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static BigDecimal num(Object o) {
    return o instanceof BigDecimal ? ((BigDecimal) o).stripTrailingZeros() : null;
  }

  private static Object or(Object o, Object dflt) {
    return o == null ? dflt : o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o instanceof Collection ? new ArrayList<>((Collection<Object>) o) : new ArrayList<>();
  }
}
