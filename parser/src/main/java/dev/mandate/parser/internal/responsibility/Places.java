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

import dev.mandate.parser.internal.text.Fold;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which place a document is about, by level, as its title or file name says: {@code 重庆市沙坪坝区人民政府办公室关于…}
 * is about 重庆市 at the level 市 and 沙坪坝区 at the level 区; {@code 关于印发洋縣2024年…} about 洋县. Only the places
 * a title starts with count (after {@code 中共}, {@code 关于}, {@code 印发}, brackets, a year): a place further in is
 * as often one the document writes about as the one it is from. A level named with two places is no level's place.
 * Immutable and thread-safe.
 */
final class Places {

  /** The level chars a place name ends with: a province, a city, a prefecture, a county, a district, a banner, a league. */
  static final String LEVELS = "省市州县区旗盟";

  /** Words a title opens with before the place it is from. */
  private static final String[] OPENERS = {"中共", "关于", "印发", "转发", "年度", "年"};

  /** Chars no place name holds: particles, pronouns, the parts of an agency's name. */
  private static final String NOT_IN_NAMES = "的了和与及对在为全我本各该等之其委局办厅府部关于发年";

  /** Words that open titles and are never a place's name, though a level char may follow (推进城市, 发展县域). */
  private static final String[] VERBS = {"加快", "推进", "推动", "促进", "加强", "深化", "做好", "开展", "实施", "进一步",
      "全面", "建设", "发展", "支持", "落实", "贯彻", "完善", "优化", "提升", "创建", "打造", "强化", "扎实", "切实", "持续",
      "巩固", "规范", "新建", "创新", "统筹"};

  /** A level char after these is a word, not a place: 城市, 都市, 社区 …. */
  private static final Set<String> WORDS = Set.of("城市", "都市", "超市", "门市", "上市", "夜市", "集市", "社区", "街区",
      "景区", "园区", "城区", "山区", "辖区", "片区", "小区", "地区", "特区", "郊区", "矿区", "牧区", "灾区", "老区", "苏区",
      "库区", "湾区", "省区", "市区", "县区", "区县", "市县", "县市", "全省", "全市", "全县", "全区");

  private final Map<Character, String> byLevel;

  /** Whether two chars ending in a level char are a word (城市, 社区), not a place. */
  static boolean isWord(String twoChars) {
    return WORDS.contains(twoChars);
  }

  private Places(Map<Character, String> byLevel) {
    this.byLevel = byLevel;
  }

  /** No place known. */
  static final Places NONE = new Places(Map.of());

  /** The places the texts (a title, a file name; null where absent) start with, a level named twice left out. */
  static Places of(String... texts) {
    Map<Character, String> found = new HashMap<>();
    Set<Character> ambiguous = new HashSet<>();
    for (String t : texts) {
      if (t == null) {
        continue;
      }
      read(Fold.fold(t), found, ambiguous);
    }
    for (Character c : ambiguous) {
      found.remove(c);
    }
    return found.isEmpty() ? NONE : new Places(Map.copyOf(found));
  }

  /** The place at this level ({@code 市} → {@code 临沂市}), or null. */
  String at(char level) {
    return byLevel.get(level);
  }

  boolean isEmpty() {
    return byLevel.isEmpty();
  }

  @Override
  public String toString() {
    return byLevel.toString();
  }

  private static void read(String t, Map<Character, String> found, Set<Character> ambiguous) {
    int i = skipOpeners(t, 0);
    while (i < t.length()) {
      int end = place(t, i);
      if (end < 0) {
        return;
      }
      String place = t.substring(i, end);
      char level = place.charAt(place.length() - 1);
      String before = found.putIfAbsent(level, place);
      if (before != null && !before.equals(place)) {
        ambiguous.add(level);
      }
      i = skipOpeners(t, end); // 宁波市海曙区, (湖北省)武汉市: places in a row
    }
  }

  /** Past spaces, brackets, digits and the words a title opens with. */
  private static int skipOpeners(String t, int i) {
    boolean moved = true;
    while (moved && i < t.length()) {
      moved = false;
      char c = t.charAt(i);
      if (!Fold.isHan(c)) {
        i++;
        moved = true;
        continue;
      }
      for (String w : OPENERS) {
        if (t.startsWith(w, i)) {
          i += w.length();
          moved = true;
          break;
        }
      }
    }
    return i;
  }

  /**
   * The end of the place name at {@code t[i…]}: the shortest run of Han chars ending in a level char that makes a
   * name (杭州 is too short, 杭州市 is one), or -1.
   */
  private static int place(String t, int i) {
    for (String v : VERBS) {
      if (t.startsWith(v, i)) {
        return -1;
      }
    }
    for (int e = i + 1; e < t.length() && e - i < 8; e++) {
      char c = t.charAt(e);
      if (!Fold.isHan(c) || NOT_IN_NAMES.indexOf(t.charAt(e - 1)) >= 0 && e - 1 >= i) {
        return -1;
      }
      if (LEVELS.indexOf(c) < 0) {
        continue;
      }
      int name = e - i; // chars before the level char
      // a one-char name makes a county (洋县, 沛县) and a banner; other levels need two (杭州 is no prefecture)
      boolean longEnough = name >= 2 || name == 1 && (c == '县' || c == '旗');
      if (longEnough && !WORDS.contains(t.substring(e - 1, e + 1))) {
        return e + 1;
      }
    }
    return -1;
  }
}
