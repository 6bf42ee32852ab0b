/** The {@code mandate} command-line tool: parse a document, print a summary or mandate/1 JSON. */
package dev.mandate.examples.cli;
