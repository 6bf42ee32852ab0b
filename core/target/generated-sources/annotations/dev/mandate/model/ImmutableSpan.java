package dev.mandate.model;

import com.google.errorprone.annotations.Var;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Span}.
 * <p>
 * Use the static factory method to create immutable instances:
 * {@code ImmutableSpan.of()}.
 */
@Generated(from = "Span", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableSpan extends Span {
  private final int start;
  private final int end;

  private ImmutableSpan(int start, int end) {
    this.start = start;
    this.end = end;
  }

  /**
   *First offset, inclusive. 
   */
  @Override
  public int start() {
    return start;
  }

  /**
   *Last offset, exclusive. 
   */
  @Override
  public int end() {
    return end;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Span#start() start} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for start
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableSpan withStart(int value) {
    if (this.start == value) return this;
    return validate(new ImmutableSpan(value, this.end));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Span#end() end} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for end
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableSpan withEnd(int value) {
    if (this.end == value) return this;
    return validate(new ImmutableSpan(this.start, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableSpan} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableSpan
        && equalsByValue((ImmutableSpan) another);
  }

  private boolean equalsByValue(ImmutableSpan another) {
    return start == another.start
        && end == another.end;
  }

  /**
   * Computes a hash code from attributes: {@code start}, {@code end}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + start;
    h += (h << 5) + end;
    return h;
  }

  /**
   * Construct a new immutable {@code Span} instance.
   * @param start The value for the {@code start} attribute
   * @param end The value for the {@code end} attribute
   * @return An immutable Span instance
   */
  public static Span of(int start, int end) {
    return validate(new ImmutableSpan(start, end));
  }

  private static ImmutableSpan validate(ImmutableSpan instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Span} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Span instance
   */
  public static Span copyOf(Span instance) {
    if (instance instanceof ImmutableSpan) {
      return (ImmutableSpan) instance;
    }
    return ImmutableSpan.of(instance.start(), instance.end());
  }
}
