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
