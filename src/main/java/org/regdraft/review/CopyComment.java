package org.regdraft.review;

/**
 * A comment of a returned copy (comments.xml), with the comment it replies to when Word recorded
 * the thread (commentsExtended.xml: paraIdParent).
 *
 * @param parentId the id of the comment replied to, or empty
 */
record CopyComment(String id, String author, String date, String text, String parentId) {}
