/** Small examples of the embedding API: parsing a document and extending the target extractors. */
package dev.mandate.examples;
