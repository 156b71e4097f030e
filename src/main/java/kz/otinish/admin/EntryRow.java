package kz.otinish.admin;

/** One FAQ entry in the console's list: its id and its question in each language. */
public record EntryRow(String id, String kk, String ru) {}
