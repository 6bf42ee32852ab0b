package dev.mandate.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Measure}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Measure.Builder()}.
 */
@Generated(from = "Measure", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableMeasure extends Measure {
  private final int id;
  private final ImmutableList<String> section;
  private final String text;
  private final ImmutableList<Responsibility> responsibilities;
  private final ImmutableList<Target> targets;
  private final String deadline;
  private final Integer line;

  private ImmutableMeasure(
      int id,
      ImmutableList<String> section,
      String text,
      ImmutableList<Responsibility> responsibilities,
      ImmutableList<Target> targets,
      String deadline,
      Integer line) {
    this.id = id;
    this.section = section;
    this.text = text;
    this.responsibilities = responsibilities;
    this.targets = targets;
    this.deadline = deadline;
    this.line = line;
  }

  /**
   *1-based position in the document. 
   */
  @Override
  public int id() {
    return id;
  }

  /**
   *The heading path above the measure, outermost first; empty where the document has no headings. 
   */
  @Override
  public ImmutableList<String> section() {
    return section;
  }

  /**
   *The measure's own text as written, trimmed, without responsibility clause, deadline column or markup. 
   */
  @Override
  public String text() {
    return text;
  }

  /**
   *One entry per responsible unit, in the order written. 
   */
  @Override
  public ImmutableList<Responsibility> responsibilities() {
    return responsibilities;
  }

  /**
   *The quantitative targets stated in {@link #text()}, in text order. 
   */
  @Override
  public ImmutableList<Target> targets() {
    return targets;
  }

  /**
   *The completion deadline as written ({@code 年内}, {@code 6月底前}), where there is one. 
   */
  @Override
  public Optional<String> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   *The 1-based input line the measure starts on, where known. 
   */
  @Override
  public OptionalInt line() {
    return line != null
        ? OptionalInt.of(line)
        : OptionalInt.empty();
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Measure#id() id} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for id
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableMeasure withId(int value) {
    if (this.id == value) return this;
    return validate(new ImmutableMeasure(value, this.section, this.text, this.responsibilities, this.targets, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Measure#section() section}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableMeasure withSection(String... elements) {
    ImmutableList<String> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableMeasure(this.id, newValue, this.text, this.responsibilities, this.targets, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Measure#section() section}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of section elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMeasure withSection(Iterable<String> elements) {
    if (this.section == elements) return this;
    ImmutableList<String> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableMeasure(this.id, newValue, this.text, this.responsibilities, this.targets, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Measure#text() text} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for text
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableMeasure withText(String value) {
    String newValue = Objects.requireNonNull(value, "text");
    if (this.text.equals(newValue)) return this;
    return validate(new ImmutableMeasure(this.id, this.section, newValue, this.responsibilities, this.targets, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Measure#responsibilities() responsibilities}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableMeasure withResponsibilities(Responsibility... elements) {
    ImmutableList<Responsibility> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableMeasure(this.id, this.section, this.text, newValue, this.targets, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Measure#responsibilities() responsibilities}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of responsibilities elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMeasure withResponsibilities(Iterable<? extends Responsibility> elements) {
    if (this.responsibilities == elements) return this;
    ImmutableList<Responsibility> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableMeasure(this.id, this.section, this.text, newValue, this.targets, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Measure#targets() targets}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableMeasure withTargets(Target... elements) {
    ImmutableList<Target> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableMeasure(this.id, this.section, this.text, this.responsibilities, newValue, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Measure#targets() targets}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of targets elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMeasure withTargets(Iterable<? extends Target> elements) {
    if (this.targets == elements) return this;
    ImmutableList<Target> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableMeasure(this.id, this.section, this.text, this.responsibilities, newValue, this.deadline, this.line));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Measure#deadline() deadline} attribute.
   * @param value The value for deadline
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMeasure withDeadline(String value) {
    String newValue = Objects.requireNonNull(value, "deadline");
    if (Objects.equals(this.deadline, newValue)) return this;
    return validate(new ImmutableMeasure(this.id, this.section, this.text, this.responsibilities, this.targets, newValue, this.line));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Measure#deadline() deadline} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for deadline
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMeasure withDeadline(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.deadline, value)) return this;
    return validate(new ImmutableMeasure(this.id, this.section, this.text, this.responsibilities, this.targets, value, this.line));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Measure#line() line} attribute.
   * @param value The value for line
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMeasure withLine(int value) {
    Integer newValue = value;
    if (Objects.equals(this.line, newValue)) return this;
    return validate(new ImmutableMeasure(this.id, this.section, this.text, this.responsibilities, this.targets, this.deadline, newValue));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Measure#line() line} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for line
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableMeasure withLine(OptionalInt optional) {
    Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(this.line, value)) return this;
    return validate(new ImmutableMeasure(this.id, this.section, this.text, this.responsibilities, this.targets, this.deadline, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableMeasure} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableMeasure
        && equalsByValue((ImmutableMeasure) another);
  }

  private boolean equalsByValue(ImmutableMeasure another) {
    return id == another.id
        && section.equals(another.section)
        && text.equals(another.text)
        && responsibilities.equals(another.responsibilities)
        && targets.equals(another.targets)
        && Objects.equals(deadline, another.deadline)
        && Objects.equals(line, another.line);
  }

  /**
   * Computes a hash code from attributes: {@code id}, {@code section}, {@code text}, {@code responsibilities}, {@code targets}, {@code deadline}, {@code line}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + id;
    h += (h << 5) + section.hashCode();
    h += (h << 5) + text.hashCode();
    h += (h << 5) + responsibilities.hashCode();
    h += (h << 5) + targets.hashCode();
    h += (h << 5) + Objects.hashCode(deadline);
    h += (h << 5) + Objects.hashCode(line);
    return h;
  }

  /**
   * Prints the immutable value {@code Measure} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Measure")
        .omitNullValues()
        .add("id", id)
        .add("section", section)
        .add("text", text)
        .add("responsibilities", responsibilities)
        .add("targets", targets)
        .add("deadline", deadline)
        .add("line", line)
        .toString();
  }

  private static ImmutableMeasure validate(ImmutableMeasure instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Measure} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Measure instance
   */
  public static Measure copyOf(Measure instance) {
    if (instance instanceof ImmutableMeasure) {
      return (ImmutableMeasure) instance;
    }
    return new Measure.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Measure Measure}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Measure", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_ID = 0x1L;
    private static final long INIT_BIT_TEXT = 0x2L;
    private long initBits = 0x3L;

    private int id;
    private ImmutableList.Builder<String> section = ImmutableList.builder();
    private String text;
    private ImmutableList.Builder<Responsibility> responsibilities = ImmutableList.builder();
    private ImmutableList.Builder<Target> targets = ImmutableList.builder();
    private String deadline;
    private Integer line;

    /**
     * Creates a builder for {@link Measure Measure} instances.
     * <pre>
     * new Measure.Builder()
     *    .id(int) // required {@link Measure#id() id}
     *    .addSection|addAllSection(String) // {@link Measure#section() section} elements
     *    .text(String) // required {@link Measure#text() text}
     *    .addResponsibilities|addAllResponsibilities(dev.mandate.model.Responsibility) // {@link Measure#responsibilities() responsibilities} elements
     *    .addTargets|addAllTargets(dev.mandate.model.Target) // {@link Measure#targets() targets} elements
     *    .deadline(Optional&lt;String&gt;) // optional {@link Measure#deadline() deadline}
     *    .line(OptionalInt) // optional {@link Measure#line() line}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Measure.Builder)) {
        throw new UnsupportedOperationException("Use: new Measure.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Measure} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder from(Measure instance) {
      Objects.requireNonNull(instance, "instance");
      this.id(instance.id());
      addAllSection(instance.section());
      this.text(instance.text());
      addAllResponsibilities(instance.responsibilities());
      addAllTargets(instance.targets());
      Optional<String> deadlineOptional = instance.deadline();
      if (deadlineOptional.isPresent()) {
        deadline(deadlineOptional);
      }
      OptionalInt lineOptional = instance.line();
      if (lineOptional.isPresent()) {
        line(lineOptional);
      }
      return (Measure.Builder) this;
    }

    /**
     * Initializes the value for the {@link Measure#id() id} attribute.
     * @param id The value for id 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder id(int id) {
      this.id = id;
      initBits &= ~INIT_BIT_ID;
      return (Measure.Builder) this;
    }

    /**
     * Adds one element to {@link Measure#section() section} list.
     * @param element A section element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addSection(String element) {
      this.section.add(element);
      return (Measure.Builder) this;
    }

    /**
     * Adds elements to {@link Measure#section() section} list.
     * @param elements An array of section elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addSection(String... elements) {
      this.section.add(elements);
      return (Measure.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Measure#section() section} list.
     * @param elements An iterable of section elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder section(Iterable<String> elements) {
      this.section = ImmutableList.builder();
      return addAllSection(elements);
    }

    /**
     * Adds elements to {@link Measure#section() section} list.
     * @param elements An iterable of section elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addAllSection(Iterable<String> elements) {
      this.section.addAll(elements);
      return (Measure.Builder) this;
    }

    /**
     * Initializes the value for the {@link Measure#text() text} attribute.
     * @param text The value for text 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text");
      initBits &= ~INIT_BIT_TEXT;
      return (Measure.Builder) this;
    }

    /**
     * Adds one element to {@link Measure#responsibilities() responsibilities} list.
     * @param element A responsibilities element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addResponsibilities(Responsibility element) {
      this.responsibilities.add(element);
      return (Measure.Builder) this;
    }

    /**
     * Adds elements to {@link Measure#responsibilities() responsibilities} list.
     * @param elements An array of responsibilities elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addResponsibilities(Responsibility... elements) {
      this.responsibilities.add(elements);
      return (Measure.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Measure#responsibilities() responsibilities} list.
     * @param elements An iterable of responsibilities elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder responsibilities(Iterable<? extends Responsibility> elements) {
      this.responsibilities = ImmutableList.builder();
      return addAllResponsibilities(elements);
    }

    /**
     * Adds elements to {@link Measure#responsibilities() responsibilities} list.
     * @param elements An iterable of responsibilities elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addAllResponsibilities(Iterable<? extends Responsibility> elements) {
      this.responsibilities.addAll(elements);
      return (Measure.Builder) this;
    }

    /**
     * Adds one element to {@link Measure#targets() targets} list.
     * @param element A targets element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addTargets(Target element) {
      this.targets.add(element);
      return (Measure.Builder) this;
    }

    /**
     * Adds elements to {@link Measure#targets() targets} list.
     * @param elements An array of targets elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addTargets(Target... elements) {
      this.targets.add(elements);
      return (Measure.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Measure#targets() targets} list.
     * @param elements An iterable of targets elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder targets(Iterable<? extends Target> elements) {
      this.targets = ImmutableList.builder();
      return addAllTargets(elements);
    }

    /**
     * Adds elements to {@link Measure#targets() targets} list.
     * @param elements An iterable of targets elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder addAllTargets(Iterable<? extends Target> elements) {
      this.targets.addAll(elements);
      return (Measure.Builder) this;
    }

    /**
     * Initializes the optional value {@link Measure#deadline() deadline} to deadline.
     * @param deadline The value for deadline
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder deadline(String deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return (Measure.Builder) this;
    }

    /**
     * Initializes the optional value {@link Measure#deadline() deadline} to deadline.
     * @param deadline The value for deadline
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder deadline(Optional<String> deadline) {
      this.deadline = deadline.orElse(null);
      return (Measure.Builder) this;
    }

    /**
     * Initializes the optional value {@link Measure#line() line} to line.
     * @param line The value for line
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder line(int line) {
      this.line = line;
      return (Measure.Builder) this;
    }

    /**
     * Initializes the optional value {@link Measure#line() line} to line.
     * @param line The value for line
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Measure.Builder line(OptionalInt line) {
      this.line = line.isPresent() ? line.getAsInt() : null;
      return (Measure.Builder) this;
    }

    /**
     * Builds a new {@link Measure Measure}.
     * @return An immutable instance of Measure
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Measure build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableMeasure.validate(new ImmutableMeasure(id, section.build(), text, responsibilities.build(), targets.build(), deadline, line));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_ID) != 0) attributes.add("id");
      if ((initBits & INIT_BIT_TEXT) != 0) attributes.add("text");
      return "Cannot build Measure, some of required attributes are not set " + attributes;
    }
  }
}
