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
package dev.mandate.parser;

import dev.mandate.model.Span;
import dev.mandate.model.Target;
import dev.mandate.parser.targets.TargetContext;
import dev.mandate.parser.targets.TargetExtractor;
import java.math.BigDecimal;
import java.util.List;

/** Registered in test resources' META-INF/services: found only when discovery is on. Marks 完成改造. */
public final class DiscoveredTestExtractor implements TargetExtractor {
  @Override
  public List<Target> extract(TargetContext context) {
    int at = context.text().indexOf("完成改造");
    if (at < 0) {
      return List.of();
    }
    return List.of(Target.builder().text("完成改造").value(BigDecimal.ONE).unit("")
        .span(Span.of(at, at + 4)).build());
  }
}
