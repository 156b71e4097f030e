package kz.otinish.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.otinish.Lang;

/**
 * Kazakhstan's working days, from {@code knowledge-base/calendar/}: Saturdays and Sundays off; the holidays of
 * {@code holidays.yaml}, a holiday on a weekend moving its day off to the next working day unless it is a religious
 * one ({@code carry_over: false}); and per year ({@code 2026.yaml}) the first day of Kurban Ait (no carry-over) and
 * the Government's transfers of days off. A year without a file follows the rules alone, and says so.
 */
public final class WorkCalendar {
    /** Why a day is not a working day: weekend, a holiday, a holiday's day off moved to it, a transfer. */
    public record DayOff(LocalDate date, Kind kind, Map<Lang, String> holiday) {
        public enum Kind { WEEKEND, HOLIDAY, CARRIED_OVER, TRANSFER }
    }

    private record Holiday(MonthDay day, Map<Lang, String> name, boolean carryOver) {}

    private record Year(Optional<LocalDate> kurbanAit, Map<LocalDate, LocalDate> dayOffFromWorkingDay, boolean confirmed) {}

    private static final Map<Lang, String> KURBAN_AIT = Map.of(Lang.KK, "Құрбан айт", Lang.RU, "Курбан айт");
    private final java.util.List<Holiday> holidays;
    private final Map<Integer, Year> years;
    private final Map<Integer, Map<LocalDate, DayOff>> daysOff = new HashMap<>();

    private WorkCalendar(java.util.List<Holiday> holidays, Map<Integer, Year> years) {
        this.holidays = holidays;
        this.years = years;
    }

    public static WorkCalendar load(Path knowledgeBase) {
        Path dir = knowledgeBase.resolve("calendar");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        java.util.List<Holiday> holidays = new java.util.ArrayList<>();
        Map<Integer, Year> years = new HashMap<>();
        try {
            for (JsonNode h : read(yaml, dir.resolve("holidays.yaml")).path("holidays")) {
                Map<Lang, String> name = new EnumMap<>(Lang.class);
                for (Lang l : Lang.values()) name.put(l, h.path(l.code()).asText());
                holidays.add(new Holiday(MonthDay.parse("--" + h.path("date").asText()), name, h.path("carry_over").asBoolean(true)));
            }
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{4}\\.yaml")).toList()) {
                    int year = Integer.parseInt(f.getFileName().toString().substring(0, 4));
                    JsonNode y = read(yaml, f);
                    Map<LocalDate, LocalDate> transfers = new LinkedHashMap<>();
                    for (JsonNode t : y.path("transfers")) {
                        transfers.put(LocalDate.parse(t.path("day_off").asText()), LocalDate.parse(t.path("working_day").asText()));
                    }
                    Optional<LocalDate> ait = y.hasNonNull("kurban_ait") ? Optional.of(LocalDate.parse(y.path("kurban_ait").asText())) : Optional.empty();
                    years.put(year, new Year(ait, transfers, y.path("confirmed").asBoolean(false)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge-base/calendar: " + e.getMessage(), e);
        }
        return new WorkCalendar(holidays, years);
    }

    private static JsonNode read(ObjectMapper yaml, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return yaml.readTree(in);
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /** Why {@code date} is not a working day, if it is not. */
    public Optional<DayOff> dayOff(LocalDate date) {
        return Optional.ofNullable(daysOff.computeIfAbsent(date.getYear(), this::yearDaysOff).get(date));
    }

    /** Working days from {@code today} to {@code due}: 0 on the day itself, negative (working days late) once it passed. */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        int sign = today.isAfter(due) ? -1 : 1;
        LocalDate from = sign > 0 ? today : due, to = sign > 0 ? due : today;
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) if (isWorkingDay(d)) n++;
        return sign * n;
    }

    /** Whether the year has its own file (Kurban Ait, transfers); without it, the rules alone decide. */
    public boolean knows(int year) {
        return years.containsKey(year);
    }

    /** Whether the year's file says its dates were confirmed against the official decree. */
    public boolean confirmed(int year) {
        return years.containsKey(year) && years.get(year).confirmed();
    }

    private Map<LocalDate, DayOff> yearDaysOff(int year) {
        Map<LocalDate, DayOff> off = new HashMap<>();
        Year y = years.get(year);
        Set<LocalDate> workingByTransfer = y == null ? Set.of() : new HashSet<>(y.dayOffFromWorkingDay().values());
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWeekend(d) && !workingByTransfer.contains(d)) off.put(d, new DayOff(d, DayOff.Kind.WEEKEND, Map.of()));
        }
        java.util.List<Holiday> all = new java.util.ArrayList<>(holidays);
        if (y != null) y.kurbanAit().ifPresent(d -> all.add(new Holiday(MonthDay.from(d), KURBAN_AIT, false)));
        // Holidays first, then the days off they carry over to, in date order, so two carried days go to two days.
        all.sort(java.util.Comparator.comparing(Holiday::day));
        java.util.List<Holiday> carried = new java.util.ArrayList<>();
        for (Holiday h : all) {
            LocalDate d = h.day().atYear(year);
            if (h.carryOver() && isWeekend(d)) carried.add(h);
            off.put(d, new DayOff(d, DayOff.Kind.HOLIDAY, h.name()));
        }
        for (Holiday h : carried) {
            LocalDate next = h.day().atYear(year).plusDays(1);
            while (off.containsKey(next)) next = next.plusDays(1);
            off.put(next, new DayOff(next, DayOff.Kind.CARRIED_OVER, h.name()));
        }
        if (y != null) {
            y.dayOffFromWorkingDay().forEach((dayOff, working) -> {
                off.put(dayOff, new DayOff(dayOff, DayOff.Kind.TRANSFER, Map.of()));
                off.remove(working);
            });
        }
        return off;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
