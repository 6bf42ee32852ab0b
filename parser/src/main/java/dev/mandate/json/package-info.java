/** The {@code mandate/1} JSON format: {@link dev.mandate.json.MandateJson} writes and reads it, streaming. */
package dev.mandate.json;
