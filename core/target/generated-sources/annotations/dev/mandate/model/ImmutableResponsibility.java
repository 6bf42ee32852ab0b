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
 * Immutable implementation of {@link Responsibility}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Responsibility.Builder()}.
 */
@Generated(from = "Responsibility", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableResponsibility extends Responsibility {
  private final Unit unit;
  private final Role role;
  private final Basis basis;

  private ImmutableResponsibility(Unit unit, Role role, Basis basis) {
    this.unit = unit;
    this.role = role;
    this.basis = basis;
  }

  /**
   *The responsible unit. 
   */
  @Override
  public Unit unit() {
    return unit;
  }

  /**
   *Lead or support. 
   */
  @Override
  public Role role() {
    return role;
  }

  /**
   *Why this unit leads; present exactly when {@link #role()} is {@link Role#LEAD}. 
   */
  @Override
  public Optional<Basis> basis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Responsibility#unit() unit} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for unit
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableResponsibility withUnit(Unit value) {
    if (this.unit == value) return this;
    Unit newValue = Objects.requireNonNull(value, "unit");
    return validate(new ImmutableResponsibility(newValue, this.role, this.basis));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link Responsibility#role() role} attribute.
   * A value equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for role
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableResponsibility withRole(Role value) {
    Role newValue = Objects.requireNonNull(value, "role");
    if (this.role == newValue) return this;
    return validate(new ImmutableResponsibility(this.unit, newValue, this.basis));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Responsibility#basis() basis} attribute.
   * @param value The value for basis
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableResponsibility withBasis(Basis value) {
    Basis newValue = Objects.requireNonNull(value, "basis");
    if (this.basis == newValue) return this;
    return validate(new ImmutableResponsibility(this.unit, this.role, newValue));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Responsibility#basis() basis} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for basis
   * @return A modified copy or {@code this} if not changed
   */
  @SuppressWarnings("unchecked") // safe covariant cast
  public final ImmutableResponsibility withBasis(Optional<? extends Basis> optional) {
    Basis value = optional.orElse(null);
    if (this.basis == value) return this;
    return validate(new ImmutableResponsibility(this.unit, this.role, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableResponsibility} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableResponsibility
        && equalsByValue((ImmutableResponsibility) another);
  }

  private boolean equalsByValue(ImmutableResponsibility another) {
    return unit.equals(another.unit)
        && role.equals(another.role)
        && Objects.equals(basis, another.basis);
  }

  /**
   * Computes a hash code from attributes: {@code unit}, {@code role}, {@code basis}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + unit.hashCode();
    h += (h << 5) + role.hashCode();
    h += (h << 5) + Objects.hashCode(basis);
    return h;
  }

  /**
   * Prints the immutable value {@code Responsibility} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Responsibility")
        .omitNullValues()
        .add("unit", unit)
        .add("role", role)
        .add("basis", basis)
        .toString();
  }

  private static ImmutableResponsibility validate(ImmutableResponsibility instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Responsibility} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Responsibility instance
   */
  public static Responsibility copyOf(Responsibility instance) {
    if (instance instanceof ImmutableResponsibility) {
      return (ImmutableResponsibility) instance;
    }
    return new Responsibility.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Responsibility Responsibility}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Responsibility", generator = "Immutables")
  public static class Builder {
    private static final long INIT_BIT_UNIT = 0x1L;
    private static final long INIT_BIT_ROLE = 0x2L;
    private long initBits = 0x3L;

    private Unit unit;
    private Role role;
    private Basis basis;

    /**
     * Creates a builder for {@link Responsibility Responsibility} instances.
     * <pre>
     * new Responsibility.Builder()
     *    .unit(dev.mandate.model.Unit) // required {@link Responsibility#unit() unit}
     *    .role(dev.mandate.model.Role) // required {@link Responsibility#role() role}
     *    .basis(Optional&lt;dev.mandate.model.Basis&gt;) // optional {@link Responsibility#basis() basis}
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Responsibility.Builder)) {
        throw new UnsupportedOperationException("Use: new Responsibility.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Responsibility} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Responsibility.Builder from(Responsibility instance) {
      Objects.requireNonNull(instance, "instance");
      this.unit(instance.unit());
      this.role(instance.role());
      Optional<Basis> basisOptional = instance.basis();
      if (basisOptional.isPresent()) {
        basis(basisOptional);
      }
      return (Responsibility.Builder) this;
    }

    /**
     * Initializes the value for the {@link Responsibility#unit() unit} attribute.
     * @param unit The value for unit 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Responsibility.Builder unit(Unit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      initBits &= ~INIT_BIT_UNIT;
      return (Responsibility.Builder) this;
    }

    /**
     * Initializes the value for the {@link Responsibility#role() role} attribute.
     * @param role The value for role 
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Responsibility.Builder role(Role role) {
      this.role = Objects.requireNonNull(role, "role");
      initBits &= ~INIT_BIT_ROLE;
      return (Responsibility.Builder) this;
    }

    /**
     * Initializes the optional value {@link Responsibility#basis() basis} to basis.
     * @param basis The value for basis
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Responsibility.Builder basis(Basis basis) {
      this.basis = Objects.requireNonNull(basis, "basis");
      return (Responsibility.Builder) this;
    }

    /**
     * Initializes the optional value {@link Responsibility#basis() basis} to basis.
     * @param basis The value for basis
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Responsibility.Builder basis(Optional<? extends Basis> basis) {
      this.basis = basis.orElse(null);
      return (Responsibility.Builder) this;
    }

    /**
     * Builds a new {@link Responsibility Responsibility}.
     * @return An immutable instance of Responsibility
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Responsibility build() {
      if (initBits != 0) {
        throw new IllegalStateException(formatRequiredAttributesMessage());
      }
      return ImmutableResponsibility.validate(new ImmutableResponsibility(unit, role, basis));
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if ((initBits & INIT_BIT_UNIT) != 0) attributes.add("unit");
      if ((initBits & INIT_BIT_ROLE) != 0) attributes.add("role");
      return "Cannot build Responsibility, some of required attributes are not set " + attributes;
    }
  }
}
