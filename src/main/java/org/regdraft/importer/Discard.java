package org.regdraft.importer;

/**
 * A line of the source that did not make it into the regulation, reported to the user as
 * {@code FILE:LINE: 已丢弃：text（reason）}: nothing is dropped silently.
 */
public record Discard(int line, String text, String reason) {
  public String format(String file) {
    return file + ":" + line + ": 已丢弃：" + text + (reason.isEmpty() ? "" : "（" + reason + "）");
  }
}
