package org.regdraft.render.docx;

import java.time.ZonedDateTime;

/**
 * Who made the changes and when, stamped on every w:ins / w:del: the author and date of the new
 * version (its commit), or what the user gave.
 */
public record Revision(String author, ZonedDateTime date) {
  public Revision {
    author = author == null || author.isBlank() ? "regdraft" : author;
  }
}
