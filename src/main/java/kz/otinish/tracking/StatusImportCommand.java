package kz.otinish.tracking;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import kz.otinish.Assistant;

/**
 * {@code otinish status-import FILE.csv}: a state body's operators report statuses in bulk. Each line:
 * {@code number,status,YYYY-MM-DD[,new due YYYY-MM-DD]} (a header line starting with "number" is skipped; status is
 * one of registered, not_registered, in_progress, done, withdrawn, extended, forwarded). A bad line is reported as
 * {@code FILE:LINE: problem} and skipped; the good ones are applied, each in its own transaction, and their followers
 * told.
 */
public final class StatusImportCommand {
    static final String USAGE = "usage: otinish status-import FILE.csv   (lines: number,status,YYYY-MM-DD[,new-due YYYY-MM-DD])";

    private StatusImportCommand() {}

    public static int run(List<String> args, Map<String, String> env, PrintStream out) {
        if (args.size() != 1) {
            out.println(USAGE);
            return 2;
        }
        Path file = Path.of(args.getFirst());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("status-import: cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        try (Assistant assistant = Assistant.fromEnvironment(env)) {
            return run(lines, file.getFileName().toString(), assistant, out);
        }
    }

    static int run(List<String> lines, String name, Assistant assistant, PrintStream out) {
        int applied = 0, told = 0, bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("number")) continue;
            String[] f = line.split("\\s*[,;]\\s*", -1);
            String problem = null;
            OperatorUpdates.Update u = null;
            try {
                if (f.length < 3 || f.length > 4) problem = "expected number,status,date[,new due]";
                else if (f[0].isBlank() || f[0].length() > 40) problem = "the number must be 1 to 40 characters";
                else if (Status.fromCode(f[1]).isEmpty() || Status.fromCode(f[1]).get() == Status.NOT_SUBMITTED) problem = "unknown status '" + f[1] + "'";
                else {
                    Status status = Status.fromCode(f[1]).get();
                    LocalDate on = LocalDate.parse(f[2]);
                    LocalDate due = f.length == 4 && !f[3].isBlank() ? LocalDate.parse(f[3]) : null;
                    if (status == Status.EXTENDED && due == null) problem = "a term extended needs its new due date";
                    else u = new OperatorUpdates.Update(f[0], status, on, due);
                }
            } catch (DateTimeParseException e) {
                problem = "dates are YYYY-MM-DD";
            }
            if (problem != null) {
                out.println(name + ":" + (i + 1) + ": " + problem);
                bad++;
                continue;
            }
            told += OperatorUpdates.apply(assistant.database().jdbi(), assistant.texts(), u);
            applied++;
        }
        out.println(applied + " applied, " + bad + " refused, " + told + " followers told");
        return bad == 0 ? 0 : 1;
    }
}
