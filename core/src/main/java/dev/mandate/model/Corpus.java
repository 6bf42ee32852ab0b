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
package dev.mandate.model;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Many documents seen as one, each agency counted once under its {@link Unit#canonical() canonical name}: the
 * measures an agency leads or supports across documents, and the agencies that lead most. Ledgers and reports over
 * several documents are built on it; it is as useful to a program that only parses, so it lives with the model.
 *
 * <p>Agencies are told apart by canonical name alone. The parser names the place in it where a document says which
 * it is ({@code 临沂市教育局}), so the same bureau of two cities stays two agencies; where neither document says,
 * {@code 市教育局} of both is one. In a measure that names an agency twice (once leading, once supporting, under two
 * spellings), it is counted once, as lead.
 *
 * <p>Immutable and thread-safe; what it counts is worked out once, when first asked for.
 */
@Value.Immutable
public abstract class Corpus {

  /** The documents, in the order given. */
  public abstract List<Document> documents();

  /** A corpus of these documents. */
  public static Corpus of(Document... documents) {
    return ImmutableCorpus.builder().addDocuments(documents).build();
  }

  /** A corpus of these documents, in their order. */
  public static Corpus of(Iterable<? extends Document> documents) {
    return ImmutableCorpus.builder().addAllDocuments(documents).build();
  }

  /** Every measure of every document, documents in order, each document's measures in order. */
  public final List<DocumentMeasure> measures() {
    return index().measures;
  }

  /**
   * Every agency named by a measure, with its load: most measures led first, then most supported, then in the order
   * they are first named.
   */
  public final List<Agency> agencies() {
    return index().agencies;
  }

  /** The {@code n} agencies that lead most, most first; only agencies that lead at least one measure. */
  public final List<Agency> leadingAgencies(int n) {
    Preconditions.checkArgument(n >= 0, "n must not be negative: %s", n);
    return agencies().stream().filter(a -> a.leads() > 0).limit(n).collect(ImmutableList.toImmutableList());
  }

  /** The agency of this canonical name, if a measure names it. */
  public final Optional<Agency> agency(String canonical) {
    Preconditions.checkNotNull(canonical, "canonical");
    return Optional.ofNullable(index().byName.get(canonical));
  }

  /** The measures the agency of this canonical name leads, in corpus order. */
  public final List<DocumentMeasure> measuresLedBy(String canonical) {
    Preconditions.checkNotNull(canonical, "canonical");
    return index().led.getOrDefault(canonical, ImmutableList.of());
  }

  /** The measures the agency of this canonical name supports and does not lead, in corpus order. */
  public final List<DocumentMeasure> measuresSupportedBy(String canonical) {
    Preconditions.checkNotNull(canonical, "canonical");
    return index().supported.getOrDefault(canonical, ImmutableList.of());
  }

  /** What is counted, worked out once: Immutables computes a lazy attribute once, thread-safely. */
  @Value.Lazy
  Index index() {
    return new Index(documents());
  }

  /** The measures and agencies of the documents, counted. */
  static final class Index {
    final ImmutableList<DocumentMeasure> measures;
    final ImmutableList<Agency> agencies;
    final ImmutableMap<String, Agency> byName;
    final ImmutableMap<String, ImmutableList<DocumentMeasure>> led;
    final ImmutableMap<String, ImmutableList<DocumentMeasure>> supported;

    /** One agency while counting. */
    private static final class Tally {
      final int first;
      final Set<String> names = new LinkedHashSet<>();
      final Set<Integer> documents = new LinkedHashSet<>();
      final List<DocumentMeasure> led = new ArrayList<>();
      final List<DocumentMeasure> supported = new ArrayList<>();

      Tally(int first) {
        this.first = first;
      }
    }

    Index(List<Document> documents) {
      ImmutableList.Builder<DocumentMeasure> all = ImmutableList.builder();
      Map<String, Tally> tallies = new LinkedHashMap<>();
      int number = 0;
      for (Document d : documents) {
        number++;
        for (Measure m : d.measures()) {
          DocumentMeasure dm = DocumentMeasure.of(number, d, m);
          all.add(dm);
          // the role of each agency in this measure: a lead anywhere makes it the measure's lead
          Map<String, Boolean> leads = new HashMap<>();
          for (Responsibility r : m.responsibilities()) {
            Unit u = r.unit();
            Tally t = tallies.computeIfAbsent(u.canonical(), k -> new Tally(tallies.size()));
            t.names.add(u.fullName());
            t.documents.add(number);
            leads.merge(u.canonical(), r.isLead(), Boolean::logicalOr);
          }
          // in the order written, so that each list stays in corpus order
          for (Responsibility r : m.responsibilities()) {
            Boolean lead = leads.remove(r.unit().canonical());
            if (lead != null) {
              Tally t = tallies.get(r.unit().canonical());
              (lead ? t.led : t.supported).add(dm);
            }
          }
        }
      }
      this.measures = all.build();
      List<Map.Entry<String, Tally>> order = new ArrayList<>(tallies.entrySet());
      order.sort(Comparator.<Map.Entry<String, Tally>>comparingInt(e -> -e.getValue().led.size())
          .thenComparingInt(e -> -e.getValue().supported.size())
          .thenComparingInt(e -> e.getValue().first));
      ImmutableList.Builder<Agency> agencies = ImmutableList.builder();
      ImmutableMap.Builder<String, Agency> byName = ImmutableMap.builder();
      ImmutableMap.Builder<String, ImmutableList<DocumentMeasure>> led = ImmutableMap.builder();
      ImmutableMap.Builder<String, ImmutableList<DocumentMeasure>> supported = ImmutableMap.builder();
      for (Map.Entry<String, Tally> e : order) {
        Tally t = e.getValue();
        Agency a = ImmutableAgency.builder()
            .canonical(e.getKey())
            .names(t.names)
            .leads(t.led.size())
            .supports(t.supported.size())
            .documents(t.documents.size())
            .build();
        agencies.add(a);
        byName.put(e.getKey(), a);
        led.put(e.getKey(), ImmutableList.copyOf(t.led));
        supported.put(e.getKey(), ImmutableList.copyOf(t.supported));
      }
      this.agencies = agencies.build();
      this.byName = byName.build();
      this.led = led.build();
      this.supported = supported.build();
    }
  }
}
