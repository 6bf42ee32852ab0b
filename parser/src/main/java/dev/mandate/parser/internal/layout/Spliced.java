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
package dev.mandate.parser.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list with some of its items read again as several ({@link GluedTables}' rows, {@link LaidOutPieces}' pieces cut
 * at columns). Nearly every document has none to read again, so the list is copied
 * only from the first item that is.
 */
final class Spliced {

  private Spliced() {}

  /**
   * The items, each that {@code parts} reads as others (a non-null list) replaced by them; the same list where none
   * is.
   */
  static <T> List<T> each(List<T> items, Function<? super T, ? extends List<? extends T>> parts) {
    List<T> out = null;
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      List<? extends T> read = parts.apply(item);
      if (read != null && out == null) {
        out = new ArrayList<>(items.size() + read.size());
        out.addAll(items.subList(0, i));
      }
      if (out != null) {
        if (read != null) {
          out.addAll(read);
        } else {
          out.add(item);
        }
      }
    }
    return out == null ? items : out;
  }
}
