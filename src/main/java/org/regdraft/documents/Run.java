package org.regdraft.documents;

/**
 * A stretch of text in one paragraph; {@code emphasis} is the 黑体 the gazette uses for lead
 * sentences and added text, written {@code **…**} in templates.
 */
public record Run(String text, boolean emphasis) {
  public Run {
    text = text == null ? "" : text;
  }

  public static Run plain(String text) {
    return new Run(text, false);
  }
}
