package dev.mandate.model;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link UnitSummary}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code ImmutableUnitSummary.builder()}.
 */
@Generated(from = "UnitSummary", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableUnitSummary extends UnitSummary {
  private final String name;
  private final int leads;
  private final int supports;

  private ImmutableUnitSummary(String name, int leads, int supports) {
    this.name = name;
    this.leads = leads;
    this.supports = supports;
  }

  /**
   *The unit's name as written. 
   */
  @Override
  public String name() {
    return name;
  }

  /**
   *How many measures it leads. 
   */
  @Override
  public int leads() {
    return leads;
  }

  /**
   *How many measures it supports. 
   */
  @Override
  public int supports() {
    return supports;
  }

  /**
   * Copy the current immutable object by setting a value for the {@link UnitSummary#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableUnitSummary withName(String value) {
    String newValue = Objects.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return new ImmutableUnitSummary(newValue, this.leads, this.supports);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link UnitSummary#leads() leads} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for leads
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableUnitSummary withLeads(int value) {
    if (this.leads == value) return this;
    return new ImmutableUnitSummary(this.name, value, this.supports);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link UnitSummary#supports() supports} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for supports
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableUnitSummary withSupports(int value) {
    if (this.supports == value) return this;
    return new ImmutableUnitSummary(this.name, this.leads, value);
  }

  /**
   * This instance is equal to all instances of {@code ImmutableUnitSummary} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableUnitSummary
        && equalsByValue((ImmutableUnitSummary) another);
  }

  private boolean equalsByValue(ImmutableUnitSummary another) {
    return name.equals(another.name)
        && leads == another.leads
        && supports == another.supports;
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code leads}, {@code supports}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + leads;
    h += (h << 5) + supports;
    return h;
  }

  /**
   * Prints the immutable value {@code UnitSummary} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("UnitSummary")
        .omitNullValues()
        .add("name", name)
        .add("leads", leads)
        .add("supports", supports)
        .toString();
  }

  /**
   * Creates an immutable copy of a {@link UnitSummary} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable UnitSummary instance
   */
  public static UnitSummary copyOf(UnitSummary instance) {
    if (instance instanceof ImmutableUnitSummary) {
      return (ImmutableUnitSummary) instance;
    }
    return ImmutableUnitSummary.builder()
        .from(instance)
        .build();
  }

  /**
   * Creates a builder for {@link UnitSummary UnitSummary}.
   * <pre>
   * ImmutableUnitSummary.builder()
   *    .name(String) // required {@link UnitSummary#name() name}
   *    .leads(int) // required {@link UnitSummary#leads() leads}
   *    .supports(int) // required {@link UnitSummary#supports() supports}
   *    .build();
   * </pre>
   * @return A new UnitSummary builder
   */
  public static ImmutableUnitSummary.Builder builder() {
    return new ImmutableUnitSummary.Builder();
  }

  /**
   * Builds instances of type {@link UnitSummary UnitSummary}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "UnitSummary", generator = "Immutables")
  public static final class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private static final long INIT_BIT_LEADS = 0x2L;
    private static final long INIT_BIT_SUPPORTS = 0x4L;
    private long initBits = 0x7L;

    private String name;
    private int leads;
    private int supports;

    private Builder() {
    }

    /**
     * Fill a builder with attribute values from the provided {@code UnitSummary} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder from(UnitSummary instance) {
      Objects.requireNonNull(instance, "instance");
      this.name(instance.name());
      this.leads(instance.leads());
      this.supports(instance.supports());
      return this;
    }

    /**
     * Initializes the value for the {@link UnitSummary#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return this;
    }

    /**
     * Initializes the value for the {@link UnitSummary#leads() leads} attribute.
     * @param leads The value for leads 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder leads(int leads) {
      this.leads = leads;
      initBits &= ~INIT_BIT_LEADS;
      return this;
    }

    /**
     * Initializes the value for the {@link UnitSummary#supports() supports} attribute.
     * @param supports The value for supports 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Builder supports(int supports) {
      this.supports = supports;
      initBits &= ~INIT_BIT_SUPPORTS;
      return this;
    }

    /**
     * Builds a new {@link UnitSummary UnitSummary}.
     * @return An immutable instance of UnitSummary
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public UnitSummary build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return new ImmutableUnitSummary(name, leads, supports);
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_NAME) != 0) attributes.add("name");
      if ((initBits & INIT_BIT_LEADS) != 0) attributes.add("leads");
      if ((initBits & INIT_BIT_SUPPORTS) != 0) attributes.add("supports");
      return "Cannot build UnitSummary, some of required attributes are not set " + attributes;
    }
  }
}
