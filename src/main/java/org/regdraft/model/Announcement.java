package org.regdraft.model;

import java.time.LocalDate;

/** The promulgation announcement (公告): its number and date. */
public record Announcement(String number, LocalDate date) {}
