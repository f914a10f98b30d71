package org.regdraft.review;

/** A reply to a comment (Word's threaded comments: commentsExtended.xml paraIdParent). */
public record Reply(String author, String date, String text) {
  public Reply {
    author = author == null ? "" : author;
    date = date == null ? "" : date;
    text = text == null ? "" : text;
  }
}
