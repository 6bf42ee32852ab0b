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

import com.google.common.collect.ImmutableList;
import dev.mandate.model.Corpus;
import dev.mandate.model.DocumentMeasure;
import dev.mandate.model.Measure;
import dev.mandate.model.Target;
import dev.mandate.model.Unit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of the ledger, one measure: the cells of {@link LedgerWriter#COLUMNS}, worked out once for XLSX, CSV and
 * the report alike. Immutable.
 */
final class Row {

  /** Between units in a cell: the enumeration comma documents use. */
  static final String UNITS = "、";
  /** Between targets in a cell. */
  static final String TARGETS = "；";
  /** Between the headings of a section path. */
  static final String SECTIONS = " › ";

  final int number;
  final DocumentMeasure source;
  final String file;
  final String section;
  final String task;
  final String leads;
  final String supports;
  final String targets;
  final String deadline;

  private Row(int number, DocumentMeasure dm) {
    Measure m = dm.measure();
    this.number = number;
    this.source = dm;
    this.file = dm.document().source().orElse("");
    this.section = String.join(SECTIONS, m.section());
    this.task = m.text();
    this.leads = names(m.leads());
    this.supports = names(m.supports());
    this.targets = m.targets().stream().map(TargetText::withSubject).collect(Collectors.joining(TARGETS));
    this.deadline = m.deadline().orElse("");
  }

  /** The units as the document writes them, each with a prefix the list left out restored. */
  private static String names(List<Unit> units) {
    return units.stream().map(Unit::fullName).distinct().collect(Collectors.joining(UNITS));
  }

  /** The cells, in the order of {@link LedgerWriter#COLUMNS}; 序号 as text. */
  List<String> cells() {
    return List.of(Integer.toString(number), file, section, task, leads, supports, targets, deadline);
  }

  /** The measures' targets, each with its measure's row. */
  List<Target> targetList() {
    return source.measure().targets();
  }

  /** A row per measure of the corpus, numbered from 1 across documents. */
  static ImmutableList<Row> of(Corpus corpus) {
    ImmutableList.Builder<Row> out = ImmutableList.builder();
    int n = 0;
    for (DocumentMeasure dm : corpus.measures()) {
      out.add(new Row(++n, dm));
    }
    return out.build();
  }
}
