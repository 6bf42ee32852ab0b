package dev.mandate.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Var;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Generated;

/**
 * Immutable implementation of {@link Document}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new Document.Builder()}.
 */
@Generated(from = "Document", generator = "Immutables")
@SuppressWarnings({"all"})
@javax.annotation.processing.Generated("org.immutables.processor.ProxyProcessor")
public final class ImmutableDocument extends Document {
  private final String source;
  private final String title;
  private final ImmutableList<String> notes;
  private final ImmutableList<Measure> measures;
  private final ImmutableList<Diagnostic> diagnostics;

  private ImmutableDocument(
      String source,
      String title,
      ImmutableList<String> notes,
      ImmutableList<Measure> measures,
      ImmutableList<Diagnostic> diagnostics) {
    this.source = source;
    this.title = title;
    this.notes = notes;
    this.measures = measures;
    this.diagnostics = diagnostics;
  }

  /**
   *The input's file name, or empty for text given in memory. 
   */
  @Override
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   *The document's title where the text carries one. 
   */
  @Override
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   *Document-level remarks that are neither measures nor units ({@code 字体加粗者为牵头部门,下同}). 
   */
  @Override
  public ImmutableList<String> notes() {
    return notes;
  }

  /**
   *Every measure in document order; ids run 1..n. 
   */
  @Override
  public ImmutableList<Measure> measures() {
    return measures;
  }

  /**
   *What was odd but survivable in the input, in input order. 
   */
  @Override
  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Document#source() source} attribute.
   * @param value The value for source
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDocument withSource(String value) {
    String newValue = Objects.requireNonNull(value, "source");
    if (Objects.equals(this.source, newValue)) return this;
    return validate(new ImmutableDocument(newValue, this.title, this.notes, this.measures, this.diagnostics));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Document#source() source} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for source
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDocument withSource(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.source, value)) return this;
    return validate(new ImmutableDocument(value, this.title, this.notes, this.measures, this.diagnostics));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link Document#title() title} attribute.
   * @param value The value for title
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDocument withTitle(String value) {
    String newValue = Objects.requireNonNull(value, "title");
    if (Objects.equals(this.title, newValue)) return this;
    return validate(new ImmutableDocument(this.source, newValue, this.notes, this.measures, this.diagnostics));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link Document#title() title} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for title
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDocument withTitle(Optional<String> optional) {
    String value = optional.orElse(null);
    if (Objects.equals(this.title, value)) return this;
    return validate(new ImmutableDocument(this.source, value, this.notes, this.measures, this.diagnostics));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Document#notes() notes}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableDocument withNotes(String... elements) {
    ImmutableList<String> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableDocument(this.source, this.title, newValue, this.measures, this.diagnostics));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Document#notes() notes}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of notes elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDocument withNotes(Iterable<String> elements) {
    if (this.notes == elements) return this;
    ImmutableList<String> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableDocument(this.source, this.title, newValue, this.measures, this.diagnostics));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Document#measures() measures}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableDocument withMeasures(Measure... elements) {
    ImmutableList<Measure> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableDocument(this.source, this.title, this.notes, newValue, this.diagnostics));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Document#measures() measures}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of measures elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDocument withMeasures(Iterable<? extends Measure> elements) {
    if (this.measures == elements) return this;
    ImmutableList<Measure> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableDocument(this.source, this.title, this.notes, newValue, this.diagnostics));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Document#diagnostics() diagnostics}.
   * @param elements The elements to set
   * @return A modified copy of {@code this} object
   */
  public final ImmutableDocument withDiagnostics(Diagnostic... elements) {
    ImmutableList<Diagnostic> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableDocument(this.source, this.title, this.notes, this.measures, newValue));
  }

  /**
   * Copy the current immutable object with elements that replace the content of {@link Document#diagnostics() diagnostics}.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param elements An iterable of diagnostics elements to set
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableDocument withDiagnostics(Iterable<? extends Diagnostic> elements) {
    if (this.diagnostics == elements) return this;
    ImmutableList<Diagnostic> newValue = ImmutableList.copyOf(elements);
    return validate(new ImmutableDocument(this.source, this.title, this.notes, this.measures, newValue));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableDocument} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) return true;
    return another instanceof ImmutableDocument
        && equalsByValue((ImmutableDocument) another);
  }

  private boolean equalsByValue(ImmutableDocument another) {
    return Objects.equals(source, another.source)
        && Objects.equals(title, another.title)
        && notes.equals(another.notes)
        && measures.equals(another.measures)
        && diagnostics.equals(another.diagnostics);
  }

  /**
   * Computes a hash code from attributes: {@code source}, {@code title}, {@code notes}, {@code measures}, {@code diagnostics}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    @Var int h = 5381;
    h += (h << 5) + Objects.hashCode(source);
    h += (h << 5) + Objects.hashCode(title);
    h += (h << 5) + notes.hashCode();
    h += (h << 5) + measures.hashCode();
    h += (h << 5) + diagnostics.hashCode();
    return h;
  }

  /**
   * Prints the immutable value {@code Document} with attribute values.
   * @return A string representation of the value
   */
  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Document")
        .omitNullValues()
        .add("source", source)
        .add("title", title)
        .add("notes", notes)
        .add("measures", measures)
        .add("diagnostics", diagnostics)
        .toString();
  }

  private static ImmutableDocument validate(ImmutableDocument instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link Document} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable Document instance
   */
  public static Document copyOf(Document instance) {
    if (instance instanceof ImmutableDocument) {
      return (ImmutableDocument) instance;
    }
    return new Document.Builder()
        .from(instance)
        .build();
  }

  /**
   * Builds instances of type {@link Document Document}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  @Generated(from = "Document", generator = "Immutables")
  public static class Builder {
    private String source;
    private String title;
    private ImmutableList.Builder<String> notes = ImmutableList.builder();
    private ImmutableList.Builder<Measure> measures = ImmutableList.builder();
    private ImmutableList.Builder<Diagnostic> diagnostics = ImmutableList.builder();

    /**
     * Creates a builder for {@link Document Document} instances.
     * <pre>
     * new Document.Builder()
     *    .source(Optional&lt;String&gt;) // optional {@link Document#source() source}
     *    .title(Optional&lt;String&gt;) // optional {@link Document#title() title}
     *    .addNotes|addAllNotes(String) // {@link Document#notes() notes} elements
     *    .addMeasures|addAllMeasures(dev.mandate.model.Measure) // {@link Document#measures() measures} elements
     *    .addDiagnostics|addAllDiagnostics(dev.mandate.model.Diagnostic) // {@link Document#diagnostics() diagnostics} elements
     *    .build();
     * </pre>
     */
    public Builder() {
      if (!(this instanceof Document.Builder)) {
        throw new UnsupportedOperationException("Use: new Document.Builder()");
      }
    }

    /**
     * Fill a builder with attribute values from the provided {@code Document} instance.
     * Regular attribute values will be replaced with those from the given instance.
     * Absent optional values will not replace present values.
     * Collection elements and entries will be added, not replaced.
     * @param instance The instance from which to copy values
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder from(Document instance) {
      Objects.requireNonNull(instance, "instance");
      Optional<String> sourceOptional = instance.source();
      if (sourceOptional.isPresent()) {
        source(sourceOptional);
      }
      Optional<String> titleOptional = instance.title();
      if (titleOptional.isPresent()) {
        title(titleOptional);
      }
      addAllNotes(instance.notes());
      addAllMeasures(instance.measures());
      addAllDiagnostics(instance.diagnostics());
      return (Document.Builder) this;
    }

    /**
     * Initializes the optional value {@link Document#source() source} to source.
     * @param source The value for source
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return (Document.Builder) this;
    }

    /**
     * Initializes the optional value {@link Document#source() source} to source.
     * @param source The value for source
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder source(Optional<String> source) {
      this.source = source.orElse(null);
      return (Document.Builder) this;
    }

    /**
     * Initializes the optional value {@link Document#title() title} to title.
     * @param title The value for title
     * @return {@code this} builder for chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return (Document.Builder) this;
    }

    /**
     * Initializes the optional value {@link Document#title() title} to title.
     * @param title The value for title
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder title(Optional<String> title) {
      this.title = title.orElse(null);
      return (Document.Builder) this;
    }

    /**
     * Adds one element to {@link Document#notes() notes} list.
     * @param element A notes element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addNotes(String element) {
      this.notes.add(element);
      return (Document.Builder) this;
    }

    /**
     * Adds elements to {@link Document#notes() notes} list.
     * @param elements An array of notes elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addNotes(String... elements) {
      this.notes.add(elements);
      return (Document.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Document#notes() notes} list.
     * @param elements An iterable of notes elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder notes(Iterable<String> elements) {
      this.notes = ImmutableList.builder();
      return addAllNotes(elements);
    }

    /**
     * Adds elements to {@link Document#notes() notes} list.
     * @param elements An iterable of notes elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addAllNotes(Iterable<String> elements) {
      this.notes.addAll(elements);
      return (Document.Builder) this;
    }

    /**
     * Adds one element to {@link Document#measures() measures} list.
     * @param element A measures element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addMeasures(Measure element) {
      this.measures.add(element);
      return (Document.Builder) this;
    }

    /**
     * Adds elements to {@link Document#measures() measures} list.
     * @param elements An array of measures elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addMeasures(Measure... elements) {
      this.measures.add(elements);
      return (Document.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Document#measures() measures} list.
     * @param elements An iterable of measures elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder measures(Iterable<? extends Measure> elements) {
      this.measures = ImmutableList.builder();
      return addAllMeasures(elements);
    }

    /**
     * Adds elements to {@link Document#measures() measures} list.
     * @param elements An iterable of measures elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addAllMeasures(Iterable<? extends Measure> elements) {
      this.measures.addAll(elements);
      return (Document.Builder) this;
    }

    /**
     * Adds one element to {@link Document#diagnostics() diagnostics} list.
     * @param element A diagnostics element
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addDiagnostics(Diagnostic element) {
      this.diagnostics.add(element);
      return (Document.Builder) this;
    }

    /**
     * Adds elements to {@link Document#diagnostics() diagnostics} list.
     * @param elements An array of diagnostics elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addDiagnostics(Diagnostic... elements) {
      this.diagnostics.add(elements);
      return (Document.Builder) this;
    }


    /**
     * Sets or replaces all elements for {@link Document#diagnostics() diagnostics} list.
     * @param elements An iterable of diagnostics elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder diagnostics(Iterable<? extends Diagnostic> elements) {
      this.diagnostics = ImmutableList.builder();
      return addAllDiagnostics(elements);
    }

    /**
     * Adds elements to {@link Document#diagnostics() diagnostics} list.
     * @param elements An iterable of diagnostics elements
     * @return {@code this} builder for use in a chained invocation
     */
    @CanIgnoreReturnValue 
    public final Document.Builder addAllDiagnostics(Iterable<? extends Diagnostic> elements) {
      this.diagnostics.addAll(elements);
      return (Document.Builder) this;
    }

    /**
     * Builds a new {@link Document Document}.
     * @return An immutable instance of Document
     * @throws java.lang.IllegalStateException if any required attributes are missing
     */
    public Document build() {
      return ImmutableDocument.validate(new ImmutableDocument(source, title, notes.build(), measures.build(), diagnostics.build()));
    }
  }
}
