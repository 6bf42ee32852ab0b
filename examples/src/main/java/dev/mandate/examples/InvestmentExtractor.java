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
package dev.mandate.examples;

import dev.mandate.model.Span;
import dev.mandate.model.Target;
import dev.mandate.parser.targets.NumberMatch;
import dev.mandate.parser.targets.TargetContext;
import dev.mandate.parser.targets.TargetExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user extractor: reads {@code 投资X亿元} / {@code 投资X万元} as a money target whose subject is {@code 投资}. It runs
 * before the built-in extractor, so its finding wins over the built-in reading of the same {@code X亿元}.
 * Stateless, hence thread-safe.
 *
 * <pre>{@code
 * MandateParser parser = MandateParser.builder().extractor(new InvestmentExtractor()).build();
 * }</pre>
 */
public final class InvestmentExtractor implements TargetExtractor {

  @Override
  public List<Target> extract(TargetContext context) {
    String f = context.foldedText();
    List<Target> out = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = f.indexOf("投资", from)) >= 0) {
      from = at + 2;
      int p = at + 2;
      if (p < f.length() && (f.charAt(p) == '约' || f.charAt(p) == '达')) {
        p++;
      }
      Optional<NumberMatch> n = context.numberAt(p);
      if (n.isEmpty() || !f.startsWith("元", n.get().end())) {
        continue;
      }
      int end = n.get().end() + 1;
      out.add(Target.builder()
          .text(context.text().substring(at, end))
          .subject("投资")
          .value(n.get().value())
          .unit("元")
          .span(Span.of(at, end))
          .build());
      from = end;
    }
    return out;
  }
}
