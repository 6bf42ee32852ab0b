package dev.mandate.model;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Diagnostic}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableDiagnostic.builder()}.
 */
@Generated(from = "Diagnostic", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableDiagnostic extends Diagnostic {
  private final Diagnostic.Kind kind;
  private final String message;
  private final int line;
  private final int column;

  private ImmutableDiagnostic(Diagnostic.Kind kind, String message, int line, int column) {
    this.kind = kind;
    this.message = message;
    this.line = line;
    this.column = column;
  }

  /**
   *The kind. 
   */
  @Override
  public Diagnostic.Kind kind() {
    return kind;
  }

  /**
   *A sentence a person can act on: what was found and what was expected. 
   */
  @Override
  public String message() {
    return message;
  }

  /**
   *1-based line, 0 if unknown. 
   */
  @Override
  public int line() {
    return line;
  }

  /**
   *1-based column (in UTF-16 units), 0 if unknown. 
   */
  @Override
  public int column() {
    return column;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Diagnostic#kind() kind} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for kind
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDiagnostic withKind(Diagnostic.Kind value) {
    Diagnostic.Kind newValue = Objects.requireNonNull(value, "kind");
    if (this.kind == newValue) return this;
    return validate(new ImmutableDiagnostic(newValue, this.message, this.line, this.column));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Diagnostic#message() message} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for message
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDiagnostic withMessage(String value) {
    String newValue = Objects.requireNonNull(value, "message");
    if (this.message.equals(newValue)) return this;
    return validate(new ImmutableDiagnostic(this.kind, newValue, this.line, this.column));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Diagnostic#line() line} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for line
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDiagnostic withLine(int value) {
    if (this.line == value) return this;
    return validate(new ImmutableDiagnostic(this.kind, this.message, value, this.column));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Diagnostic#column() column} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for column
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableDiagnostic withColumn(int value) {
    if (this.column == value) return this;
    return validate(new ImmutableDiagnostic(this.kind, this.message, this.line, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableDiagnostic} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableDiagnostic
        && equalsByValue((ImmutableDiagnostic) another);
  }

  private boolean equalsByValue(ImmutableDiagnostic another) {
    return kind.equals(another.kind)
        && message.equals(another.message)
        && line == another.line
        && column == another.column;
  }

  /**
   * Computes a hash code from attributes: {@code kind}, {@code message}, {@code line}, {@code column}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + message.hashCode();
    h += (h << 5) + line;
    h += (h << 5) + column;
    return h;
  }

  private static ImmutableDiagnostic validate(ImmutableDiagnostic instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Diagnostic} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Diagnostic instance
   */
  public static Diagnostic copyOf(Diagnostic instance) {
    if (instance instanceof ImmutableDiagnostic) {
      return (ImmutableDiagnostic) instance;
    }
    return ImmutableDiagnostic.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link Diagnostic Diagnostic}.
   * <pre>
   * ImmutableDiagnostic.builder()
   *    .kind(dev.mandate.model.Diagnostic.Kind) // required {@link Diagnostic#kind() kind}
   *    .message(String) // required {@link Diagnostic#message() message}
   *    .line(int) // required {@link Diagnostic#line() line}
   *    .column(int) // required {@link Diagnostic#column() column}
   *    .build();
   * </pre>
   * @return A new Diagnostic builder
   */
  public static ImmutableDiagnostic.Builder builder() {
    return new ImmutableDiagnostic.Builder();
  }

  /**
   * Builds instances of type {@link Diagnostic Diagnostic}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Diagnostic", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_KIND = 0x1L;
    private static final long INIT_BIT_MESSAGE = 0x2L;
    private static final long INIT_BIT_LINE = 0x4L;
    private static final long INIT_BIT_COLUMN = 0x8L;
    private long initBits = 0xfL;

    private Diagnostic.Kind kind;
    private String message;
    private int line;
    private int column;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code Diagnostic} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(Diagnostic instance) {
      Objects.requireNonNull(instance, "instance");
      this.kind(instance.kind());
      this.message(instance.message());
      this.line(instance.line());
      this.column(instance.column());
      return this;
    }

    /**
     * Initializes the value for the {@link Diagnostic#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder kind(Diagnostic.Kind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return this;
    }

    /**
     * Initializes the value for the {@link Diagnostic#message() message} attribute.
     * @param message The value for message 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      initBits &= ~INIT_BIT_MESSAGE;
      return this;
    }

    /**
     * Initializes the value for the {@link Diagnostic#line() line} attribute.
     * @param line The value for line 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder line(int line) {
      this.line = line;
      initBits &= ~INIT_BIT_LINE;
      return this;
    }

    /**
     * Initializes the value for the {@link Diagnostic#column() column} attribute.
     * @param column The value for column 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder column(int column) {
      this.column = column;
      initBits &= ~INIT_BIT_COLUMN;
      return this;
    }

    /**
     * Builds a new {@link Diagnostic Diagnostic}.
     * @return An immutable instance of Diagnostic
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Diagnostic build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableDiagnostic.validate(new ImmutableDiagnostic(kind, message, line, column));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_KIND) != 0) attributes.add("kind");
      if ((initBits & INIT_BIT_MESSAGE) != 0) attributes.add("message");
      if ((initBits & INIT_BIT_LINE) != 0) attributes.add("line");
      if ((initBits & INIT_BIT_COLUMN) != 0) attributes.add("column");
      return "Cannot build Diagnostic, some of required attributes are not set " + attributes;
    }
  }
}
