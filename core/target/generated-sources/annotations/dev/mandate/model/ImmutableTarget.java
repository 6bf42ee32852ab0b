package dev.mandate.model;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Target}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Target.Builder()}.
 */
@Generated(from = "Target", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableTarget extends Target {
  private final String text;
  private final String subject;
  private final BigDecimal value;
  private final BigDecimal upper;
  private final String unit;
  private final Comparator comparator;
  private final Change change;
  private final Span span;

  private ImmutableTarget(ImmutableTarget.Builder builder) {
    this.text = builder.text;
    this.subject = builder.subject;
    this.value = builder.value;
    this.upper = builder.upper;
    this.unit = builder.unit;
    this.change = builder.change;
    this.span = builder.span;
    this.comparator = builder.comparator != null
        ? builder.comparator
        : Objects.requireNonNull(super.comparator(), "comparator");
  }

  private ImmutableTarget(
      String text,
      String subject,
      BigDecimal value,
      BigDecimal upper,
      String unit,
      Comparator comparator,
      Change change,
      Span span) {
    this.text = text;
    this.subject = subject;
    this.value = value;
    this.upper = upper;
    this.unit = unit;
    this.comparator = comparator;
    this.change = change;
    this.span = span;
  }

  /**
   *The substring of the measure text that states the number, its unit and any comparator word. 
   */
  @Override
  public String text() {
    return text;
  }

  /**
   *What is counted, as written nearby ({@code 新建改扩建中小学}), where it can be told. 
   */
  @Override
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /**
   *The number with multipliers applied: {@code 9万人} → 90000. For a range, the lower end. 
   */
  @Override
  public BigDecimal value() {
    return value;
  }

  /**
   *The upper end of a range ({@code 2-3个} → 3); present exactly when {@link #comparator()} is RANGE. 
   */
  @Override
  public Optional<BigDecimal> upper() {
    return Optional.ofNullable(upper);
  }

  /**
   *The unit of measure without multiplier: {@code 所}, {@code 人}, {@code %}, {@code 元}; may be empty. 
   */
  @Override
  public String unit() {
    return unit;
  }

  /**
   *How the value bounds the quantity. 
   */
  @Override
  public Comparator comparator() {
    return comparator;
  }

  /**
   *Whether the target is a change by or to the value rather than a level. 
   */
  @Override
  public Optional<Change> change() {
    return Optional.ofNullable(change);
  }

  /**
   *Where {@link #text()} lies in the measure's text. 
   */
  @Override
  public Span span() {
    return span;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Target#text() text} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for text
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTarget withText(String value) {
    String newValue = Objects.requireNonNull(value, "text");
    if (this.text.equals(newValue)) return this;
    return validate(new ImmutableTarget(
        newValue,
        this.subject,
        this.value,
        this.upper,
        this.unit,
        this.comparator,
        this.change,
        this.span));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Target#subject() subject} attribute.
   * @param value The value for subject
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTarget withSubject(String value) {
    String newValue = Objects.requireNonNull(value, "subject");
    if (Objects.equals(this.subject, newValue)) return this;
    return validate(new ImmutableTarget(this.text, newValue, this.value, this.upper, this.unit, this.comparator, this.change, this.span));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Target#subject() subject} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for subject
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTarget withSubject(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.subject, value)) return this;
    return validate(new ImmutableTarget(this.text, value, this.value, this.upper, this.unit, this.comparator, this.change, this.span));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Target#value() value} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for value
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTarget withValue(BigDecimal value) {
    BigDecimal newValue = Objects.requireNonNull(value, "value");
    if (this.value.equals(newValue)) return this;
    return validate(new ImmutableTarget(
        this.text,
        this.subject,
        newValue,
        this.upper,
        this.unit,
        this.comparator,
        this.change,
        this.span));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Target#upper() upper} attribute.
   * @param value The value for upper
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTarget withUpper(BigDecimal value) {
    BigDecimal newValue = Objects.requireNonNull(value, "upper");
    if (Objects.equals(this.upper, newValue)) return this;
    return validate(new ImmutableTarget(
        this.text,
        this.subject,
        this.value,
        newValue,
        this.unit,
        this.comparator,
        this.change,
        this.span));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Target#upper() upper} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for upper
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableTarget withUpper(Optional<? extends BigDecimal> optional) {
    BigDecimal value = optional.orElse(null);
    if (Objects.equals(this.upper, value)) return this;
    return validate(new ImmutableTarget(this.text, this.subject, this.value, value, this.unit, this.comparator, this.change, this.span));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Target#unit() unit} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for unit
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTarget withUnit(String value) {
    String newValue = Objects.requireNonNull(value, "unit");
    if (this.unit.equals(newValue)) return this;
    return validate(new ImmutableTarget(
        this.text,
        this.subject,
        this.value,
        this.upper,
        newValue,
        this.comparator,
        this.change,
        this.span));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Target#comparator() comparator} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for comparator
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTarget withComparator(Comparator value) {
    Comparator newValue = Objects.requireNonNull(value, "comparator");
    if (this.comparator == newValue) return this;
    return validate(new ImmutableTarget(this.text, this.subject, this.value, this.upper, this.unit, newValue, this.change, this.span));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Target#change() change} attribute.
   * @param value The value for change
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableTarget withChange(Change value) {
    Change newValue = Objects.requireNonNull(value, "change");
    if (this.change == newValue) return this;
    return validate(new ImmutableTarget(
        this.text,
        this.subject,
        this.value,
        this.upper,
        this.unit,
        this.comparator,
        newValue,
        this.span));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Target#change() change} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for change
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableTarget withChange(Optional<? extends Change> optional) {
    Change value = optional.orElse(null);
    if (this.change == value) return this;
    return validate(new ImmutableTarget(this.text, this.subject, this.value, this.upper, this.unit, this.comparator, value, this.span));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Target#span() span} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for span
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableTarget withSpan(Span value) {
    if (this.span == value) return this;
    Span newValue = Objects.requireNonNull(value, "span");
    return validate(new ImmutableTarget(
        this.text,
        this.subject,
        this.value,
        this.upper,
        this.unit,
        this.comparator,
        this.change,
        newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableTarget} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableTarget
        && equalsByValue((ImmutableTarget) another);
  }

  private boolean equalsByValue(ImmutableTarget another) {
    return text.equals(another.text)
        && Objects.equals(subject, another.subject)
        && value.equals(another.value)
        && Objects.equals(upper, another.upper)
        && unit.equals(another.unit)
        && comparator.equals(another.comparator)
        && Objects.equals(change, another.change)
        && span.equals(another.span);
  }

  /**
   * Computes a hash code from attributes: {@code text}, {@code subject}, {@code value}, {@code upper}, {@code unit}, {@code comparator}, {@code change}, {@code span}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + text.hashCode();
    h += (h << 5) + Objects.hashCode(subject);
    h += (h << 5) + value.hashCode();
    h += (h << 5) + Objects.hashCode(upper);
    h += (h << 5) + unit.hashCode();
    h += (h << 5) + comparator.hashCode();
    h += (h << 5) + Objects.hashCode(change);
    h += (h << 5) + span.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Target} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Target")
        .omitNullValues()
        .add("text", text)
        .add("subject", subject)
        .add("value", value)
        .add("upper", upper)
        .add("unit", unit)
        .add("comparator", comparator)
        .add("change", change)
        .add("span", span)
        .toString();
  }

  private static ImmutableTarget validate(ImmutableTarget instance) {
    instance = (ImmutableTarget) instance.normalize();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Target} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Target instance
   */
  public static Target copyOf(Target instance) {
    if (instance instanceof ImmutableTarget) {
      return (ImmutableTarget) instance;
    }
    return new Target.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Target Target}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Target", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_TEXT = 0x1L;
    private static final long INIT_BIT_VALUE = 0x2L;
    private static final long INIT_BIT_UNIT = 0x4L;
    private static final long INIT_BIT_SPAN = 0x8L;
    private long initBits = 0xfL;

    private String text;
    private String subject;
    private BigDecimal value;
    private BigDecimal upper;
    private String unit;
    private Comparator comparator;
    private Change change;
    private Span span;

    /**
     * Creates a builder for {@link Target Target} instances.
     * <pre>
     * new Target.Builder()
     *    .text(String) // required {@link Target#text() text}
     *    .subject(Optional&lt;String&gt;) // optional {@link Target#subject() subject}
     *    .value(java.math.BigDecimal) // required {@link Target#value() value}
     *    .upper(Optional&lt;java.math.BigDecimal&gt;) // optional {@link Target#upper() upper}
     *    .unit(String) // required {@link Target#unit() unit}
     *    .comparator(dev.mandate.model.Comparator) // optional {@link Target#comparator() comparator}
     *    .change(Optional&lt;dev.mandate.model.Change&gt;) // optional {@link Target#change() change}
     *    .span(dev.mandate.model.Span) // required {@link Target#span() span}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Target.Builder)) {
        throw new UnsupportedOperationException("Use: new Target.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Target} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder from(Target instance) {
      Objects.requireNonNull(instance, "instance");
      this.text(instance.text());
      Optional<String> subjectOptional = instance.subject();
      if (subjectOptional.isPresent()) {
        subject(subjectOptional);
      }
      this.value(instance.value());
      Optional<BigDecimal> upperOptional = instance.upper();
      if (upperOptional.isPresent()) {
        upper(upperOptional);
      }
      this.unit(instance.unit());
      this.comparator(instance.comparator());
      Optional<Change> changeOptional = instance.change();
      if (changeOptional.isPresent()) {
        change(changeOptional);
      }
      this.span(instance.span());
      return (Target.Builder) this;
    }

    /**
     * Initializes the value for the {@link Target#text() text} attribute.
     * @param text The value for text 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text");
      initBits &= ~INIT_BIT_TEXT;
      return (Target.Builder) this;
    }

    /**
     * Initializes the optional value {@link Target#subject() subject} to subject.
     * @param subject The value for subject
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return (Target.Builder) this;
    }

    /**
     * Initializes the optional value {@link Target#subject() subject} to subject.
     * @param subject The value for subject
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder subject(Optional<String> subject) {
      this.subject = subject.orElse(null);
      return (Target.Builder) this;
    }

    /**
     * Initializes the value for the {@link Target#value() value} attribute.
     * @param value The value for value 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder value(BigDecimal value) {
      this.value = Objects.requireNonNull(value, "value");
      initBits &= ~INIT_BIT_VALUE;
      return (Target.Builder) this;
    }

    /**
     * Initializes the optional value {@link Target#upper() upper} to upper.
     * @param upper The value for upper
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder upper(BigDecimal upper) {
      this.upper = Objects.requireNonNull(upper, "upper");
      return (Target.Builder) this;
    }

    /**
     * Initializes the optional value {@link Target#upper() upper} to upper.
     * @param upper The value for upper
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder upper(Optional<? extends BigDecimal> upper) {
      this.upper = upper.orElse(null);
      return (Target.Builder) this;
    }

    /**
     * Initializes the value for the {@link Target#unit() unit} attribute.
     * @param unit The value for unit 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder unit(String unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      initBits &= ~INIT_BIT_UNIT;
      return (Target.Builder) this;
    }

    /**
     * Initializes the value for the {@link Target#comparator() comparator} attribute.
     * <p><em>If not set, this attribute will have a default value as returned by the initializer of {@link Target#comparator() comparator}.</em>
     * @param comparator The value for comparator 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder comparator(Comparator comparator) {
      this.comparator = Objects.requireNonNull(comparator, "comparator");
      return (Target.Builder) this;
    }

    /**
     * Initializes the optional value {@link Target#change() change} to change.
     * @param change The value for change
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder change(Change change) {
      this.change = Objects.requireNonNull(change, "change");
      return (Target.Builder) this;
    }

    /**
     * Initializes the optional value {@link Target#change() change} to change.
     * @param change The value for change
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder change(Optional<? extends Change> change) {
      this.change = change.orElse(null);
      return (Target.Builder) this;
    }

    /**
     * Initializes the value for the {@link Target#span() span} attribute.
     * @param span The value for span 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Target.Builder span(Span span) {
      this.span = Objects.requireNonNull(span, "span");
      initBits &= ~INIT_BIT_SPAN;
      return (Target.Builder) this;
    }

    /**
     * Builds a new {@link Target Target}.
     * @return An immutable instance of Target
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Target build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableTarget.validate(new ImmutableTarget(this));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_TEXT) != 0) attributes.add("text");
      if ((initBits & INIT_BIT_VALUE) != 0) attributes.add("value");
      if ((initBits & INIT_BIT_UNIT) != 0) attributes.add("unit");
      if ((initBits & INIT_BIT_SPAN) != 0) attributes.add("span");
      return "Cannot build Target, some of required attributes are not set " + attributes;
    }
  }
}
