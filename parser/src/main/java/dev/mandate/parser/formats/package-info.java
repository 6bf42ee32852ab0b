/**
 * Readers for document formats the parser does not read itself (PDF, Word 97–2003 {@code .doc}, Excel 97–2003
 * {@code .xls}, WPS), found with {@link java.util.ServiceLoader} when their module is on the class path: a
 * {@link dev.mandate.parser.formats.FormatReader} turns a file's bytes into paragraphs and table rows, and the parser
 * reads those as it reads HTML or Word. Text, HTML, {@code .docx} and {@code .xlsx} need none.
 */
package dev.mandate.parser.formats;
