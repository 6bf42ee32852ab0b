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

import java.util.ArrayDeque;
import java.util.Deque;

/** Python difflib's {@code SequenceMatcher(None, a, b, autojunk=False).ratio()}, for the scorer port. */
final class Difflib {
  private Difflib() {}

  static double ratio(String a, String b) {
    int total = a.length() + b.length();
    if (total == 0) {
      return 1.0;
    }
    int matches = 0;
    Deque<int[]> queue = new ArrayDeque<>();
    queue.push(new int[] {0, a.length(), 0, b.length()});
    while (!queue.isEmpty()) {
      int[] q = queue.pop();
      int[] m = longest(a, b, q[0], q[1], q[2], q[3]);
      int i = m[0];
      int j = m[1];
      int k = m[2];
      if (k > 0) {
        matches += k;
        if (q[0] < i && q[2] < j) {
          queue.push(new int[] {q[0], i, q[2], j});
        }
        if (i + k < q[1] && j + k < q[3]) {
          queue.push(new int[] {i + k, q[1], j + k, q[3]});
        }
      }
    }
    return 2.0 * matches / total;
  }

  /** The longest common block in a[alo:ahi], b[blo:bhi]; earliest in a, then in b, as difflib picks it. */
  private static int[] longest(String a, String b, int alo, int ahi, int blo, int bhi) {
    int bestI = alo;
    int bestJ = blo;
    int bestK = 0;
    int[] prev = new int[bhi - blo + 1];
    int[] cur = new int[bhi - blo + 1];
    for (int i = alo; i < ahi; i++) {
      for (int j = blo; j < bhi; j++) {
        int k = a.charAt(i) == b.charAt(j) ? prev[j - blo] + 1 : 0;
        cur[j - blo + 1] = k;
        if (k > bestK) {
          bestI = i - k + 1;
          bestJ = j - k + 1;
          bestK = k;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    return new int[] {bestI, bestJ, bestK};
  }
}
