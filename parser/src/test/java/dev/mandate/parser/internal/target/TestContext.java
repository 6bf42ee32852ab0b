package dev.mandate.parser.internal.target;

import dev.mandate.parser.internal.text.Fold;
import dev.mandate.parser.targets.NumberMatch;
import dev.mandate.parser.targets.TargetContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A bare context for driving an extractor directly in tests. */
final class TestContext implements TargetContext {
  private final String text;

  TestContext(String text) {
    this.text = text;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String foldedText() {
    return Fold.fold(text);
  }

  @Override
  public int measureId() {
    return 1;
  }

  @Override
  public List<String> section() {
    return List.of();
  }

  @Override
  public Optional<String> source() {
    return Optional.empty();
  }

  @Override
  public Set<String> unitsOfMeasure() {
    return Set.of();
  }

  @Override
  public Optional<NumberMatch> numberAt(int offset) {
    return Optional.empty();
  }
}
