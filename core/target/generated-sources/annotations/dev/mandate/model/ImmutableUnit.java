package dev.mandate.model;

import com.google.common.base.MoreObjects;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Unit}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Unit.Builder()}.
 * Use the static factory method to create immutable instances:
 * {@code ImmutableUnit.of()}.
 */
@Generated(from = "Unit", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableUnit extends Unit {
  private final String name;
  private final String alias;
  private final String restoredName;

  private ImmutableUnit(String name) {
    this.name = Objects.requireNonNull(name, "name");
    this.alias = null;
    this.restoredName = null;
  }

  private ImmutableUnit(String name, String alias, String restoredName) {
    this.name = name;
    this.alias = alias;
    this.restoredName = restoredName;
  }

  /**
   *The name as written. 
   */
  @Override
  public String name() {
    return name;
  }

  /**
   *A second name given in brackets after the first. 
   */
  @Override
  public Optional<String> alias() {
    return Optional.ofNullable(alias);
  }

  /**
   *The name with a prefix restored that the list left out, where one was. 
   */
  @Override
  public Optional<String> restoredName() {
    return Optional.ofNullable(restoredName);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Unit#name() name} attribute.
   * An equals check used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for name
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableUnit withName(String value) {
    String newValue = Objects.requireNonNull(value, "name");
    if (this.name.equals(newValue)) return this;
    return validate(new ImmutableUnit(newValue, this.alias, this.restoredName));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Unit#alias() alias} attribute.
   * @param value The value for alias
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableUnit withAlias(String value) {
    String newValue = Objects.requireNonNull(value, "alias");
    if (Objects.equals(this.alias, newValue)) return this;
    return validate(new ImmutableUnit(this.name, newValue, this.restoredName));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Unit#alias() alias} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for alias
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableUnit withAlias(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.alias, value)) return this;
    return validate(new ImmutableUnit(this.name, value, this.restoredName));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Unit#restoredName() restoredName} attribute.
   * @param value The value for restoredName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableUnit withRestoredName(String value) {
    String newValue = Objects.requireNonNull(value, "restoredName");
    if (Objects.equals(this.restoredName, newValue)) return this;
    return validate(new ImmutableUnit(this.name, this.alias, newValue));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Unit#restoredName() restoredName} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for restoredName
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableUnit withRestoredName(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.restoredName, value)) return this;
    return validate(new ImmutableUnit(this.name, this.alias, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableUnit} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableUnit
        && equalsByValue((ImmutableUnit) another);
  }

  private boolean equalsByValue(ImmutableUnit another) {
    return name.equals(another.name)
        && Objects.equals(alias, another.alias)
        && Objects.equals(restoredName, another.restoredName);
  }

  /**
   * Computes a hash code from attributes: {@code name}, {@code alias}, {@code restoredName}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + name.hashCode();
    h += (h << 5) + Objects.hashCode(alias);
    h += (h << 5) + Objects.hashCode(restoredName);
    return h;
  }

  /**
   * Prints the immutable value {@code Unit} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Unit")
        .omitNullValues()
        .add("name", name)
        .add("alias", alias)
        .add("restoredName", restoredName)
        .toString();
  }

  /**
   * Construct a new immutable {@code Unit} instance.
   * @param name The value for the {@code name} attribute
   * @return An immutable Unit instance
   */
  public static Unit of(String name) {
    return validate(new ImmutableUnit(name));
  }

  private static ImmutableUnit validate(ImmutableUnit instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Unit} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Unit instance
   */
  public static Unit copyOf(Unit instance) {
    if (instance instanceof ImmutableUnit) {
      return (ImmutableUnit) instance;
    }
    return new Unit.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Unit Unit}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Unit", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_NAME = 0x1L;
    private long initBits = 0x1L;

    private String name;
    private String alias;
    private String restoredName;

    /**
     * Creates a builder for {@link Unit Unit} instances.
     * <pre>
     * new Unit.Builder()
     *    .name(String) // required {@link Unit#name() name}
     *    .alias(Optional&lt;String&gt;) // optional {@link Unit#alias() alias}
     *    .restoredName(Optional&lt;String&gt;) // optional {@link Unit#restoredName() restoredName}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Unit.Builder)) {
        throw new UnsupportedOperationException("Use: new Unit.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Unit} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Unit.Builder from(Unit instance) {
      Objects.requireNonNull(instance, "instance");
      this.name(instance.name());
      Optional<String> aliasOptional = instance.alias();
      if (aliasOptional.isPresent()) {
        alias(aliasOptional);
      }
      Optional<String> restoredNameOptional = instance.restoredName();
      if (restoredNameOptional.isPresent()) {
        restoredName(restoredNameOptional);
      }
      return (Unit.Builder) this;
    }

    /**
     * Initializes the value for the {@link Unit#name() name} attribute.
     * @param name The value for name 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Unit.Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      initBits &= ~INIT_BIT_NAME;
      return (Unit.Builder) this;
    }

    /**
     * Initializes the optional value {@link Unit#alias() alias} to alias.
     * @param alias The value for alias
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Unit.Builder alias(String alias) {
      this.alias = Objects.requireNonNull(alias, "alias");
      return (Unit.Builder) this;
    }

    /**
     * Initializes the optional value {@link Unit#alias() alias} to alias.
     * @param alias The value for alias
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Unit.Builder alias(Optional<String> alias) {
      this.alias = alias.orElse(null);
      return (Unit.Builder) this;
    }

    /**
     * Initializes the optional value {@link Unit#restoredName() restoredName} to restoredName.
     * @param restoredName The value for restoredName
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Unit.Builder restoredName(String restoredName) {
      this.restoredName = Objects.requireNonNull(restoredName, "restoredName");
      return (Unit.Builder) this;
    }

    /**
     * Initializes the optional value {@link Unit#restoredName() restoredName} to restoredName.
     * @param restoredName The value for restoredName
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Unit.Builder restoredName(Optional<String> restoredName) {
      this.restoredName = restoredName.orElse(null);
      return (Unit.Builder) this;
    }

    /**
     * Builds a new {@link Unit Unit}.
     * @return An immutable instance of Unit
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Unit build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableUnit.validate(new ImmutableUnit(name, alias, restoredName));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_NAME) != 0) attributes.add("name");
      return "Cannot build Unit, some of required attributes are not set " + attributes;
    }
  }
}
