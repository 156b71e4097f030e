package kz.otinish.admin;

/** One version in the console's history, with what changed from the version it was made from. */
public record HistoryRow(long id, String when, String author, String note, String changes, boolean inService) {}
