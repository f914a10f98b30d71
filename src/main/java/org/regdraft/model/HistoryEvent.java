package org.regdraft.model;

import java.time.LocalDate;

/** One event of the 题注: 2020年8月31日安阳市第十四届人民代表大会常务委员会第十五次会议通过. */
public record HistoryEvent(LocalDate date, String event) {}
