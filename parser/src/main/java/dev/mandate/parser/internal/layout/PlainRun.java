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

import java.util.List;

/**
 * The run of plain lines at the end of an {@link Outline}'s items, and what of it is kept. A plain line (no numbering,
 * no units, not a labelled task) is never a measure. In a run of them, what the layout decides can depend only on:
 * that the run is there (it parts the items around it), the first line that reads as a title, and the last that reads
 * as a heading (a heading replaces the one of its rank before it). Only these are kept; every item was kept before,
 * some 250 bytes a line, and 10 MB of one-char lines took 1.8 GB.
 *
 * <p>A plain item can still gain units while it is the current item (a label line after it), so an item is judged
 * when the next one is appended, not when it is.
 */
final class PlainRun {

  private final List<Item> items;
  /** The outline's lines that may still continue its numbered item (a dropped one leaves them too). */
  private final List<Item> pendingKept;

  PlainRun(List<Item> items, List<Item> pendingKept) {
    this.items = items;
    this.pendingKept = pendingKept;
  }

  /** The last appended plain item, not judged yet, of the run that ends the items; null if they end otherwise. */
  private Item runTail;
  /** The first item of the run, the first of its lines that reads as a title, the last that reads as a heading. */
  private Item runFirst;
  private Item runTitle;
  private Item runHeading;
  /** Whether the run's lines may still continue a numbered item (such a run is one of its own). */
  private boolean runPending;

  /** Appends an item, first judging the plain item before it. */
  void append(Item it, boolean pending) {
    Item tail = runTail;
    if (tail != null && tail.isPlain() && items.get(items.size() - 1) == tail) {
      judge(tail);
    }
    if (it.isPlain()) {
      if (runTail == null || runPending != pending || !runTail.isPlain()) {
        runFirst = it;
        runTitle = null;
        runHeading = null;
        runPending = pending;
      }
      runTail = it;
    } else {
      runTail = null;
    }
    items.add(it);
  }

  /** Keeps the run's last item if it is its first, its first title or its last heading so far; drops it if not. */
  private void judge(Item tail) {
    String text = tail.fullTextOnce();
    boolean title = runTitle == null && Titles.isTitle(text);
    boolean heading = Titles.plainHeading(text);
    if (title) {
      runTitle = tail;
    }
    if (heading) {
      Item before = runHeading;
      runHeading = tail;
      if (before != null && before != runFirst && before != runTitle) {
        drop(before);
      }
    }
    if (tail != runFirst && !title && !heading) {
      drop(tail);
    }
  }

  /** Removes an item of the run, one of the last few items (a run keeps at most four). */
  private void drop(Item it) {
    for (int k = items.size() - 1; k >= 0; k--) {
      if (items.get(k) == it) {
        items.remove(k);
        break;
      }
    }
    if (!runPending) {
      return; // not among the lines that may continue an item: no need to look through them
    }
    for (int k = pendingKept.size() - 1; k >= 0; k--) {
      if (pendingKept.get(k) == it) {
        pendingKept.remove(k);
        break;
      }
    }
  }

  /** Ends the run: its last item was merged into the item it continues, nothing to judge. */
  void end() {
    runTail = null;
  }
}
