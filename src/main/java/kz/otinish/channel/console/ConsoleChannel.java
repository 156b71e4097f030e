package kz.otinish.channel.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.otinish.Html;
import kz.otinish.Lang;
import kz.otinish.dialog.Button;
import kz.otinish.dialog.ChatRef;
import kz.otinish.dialog.Dialog;
import kz.otinish.dialog.Incoming;
import kz.otinish.dialog.Reply;
import kz.otinish.dialog.Texts;

/**
 * The chat in a terminal, over the same dialog as the messengers: replies as plain text, buttons as
 * numbered options (type the number to press one), documents saved to a folder with their path shown.
 * Reads lines until end of input, so it can be driven by piping lines in.
 */
public final class ConsoleChannel {
    private final Dialog dialog;
    private final ChatRef chat;
    private final Path documents;
    private final PrintStream out;
    private List<Button> offered = List.of();

    /**
     * {@code documents}: where the appeals' PDFs are saved, one folder per console user; it is emptied when the user
     * has the bot forget them (a shared computer at a reception centre must not keep a visitor's IIN in a file).
     */
    public ConsoleChannel(Dialog dialog, Texts texts, String chatId, Path documents, PrintStream out) {
        this.dialog = dialog;
        this.chat = new ChatRef("console", chatId);
        this.documents = documents.resolve(chatId.replaceAll("[^A-Za-z0-9_.-]", "_"));
        this.out = out;
        dialog.onForget(forgotten -> {
            if (forgotten.equals(chat)) deleteDocuments(texts);
        });
    }

    private void deleteDocuments(Texts texts) {
        int deleted = 0;
        if (Files.isDirectory(documents)) {
            try (Stream<Path> files = Files.list(documents)) {
                for (Path f : files.toList()) {
                    if (Files.deleteIfExists(f)) deleted++;
                }
                Files.deleteIfExists(documents);
            } catch (IOException e) {
                out.println("! " + documents + ": " + e.getMessage());
            }
        }
        if (deleted > 0) {
            for (Lang lang : Lang.values()) out.println(texts.get(lang, "forget.files_deleted", "count", deleted));
            out.println();
        }
    }

    public void run(BufferedReader in) throws IOException {
        show(dialog.handle(Incoming.text(chat, "/start")));
        for (String line; (line = in.readLine()) != null; ) {
            String text = line.strip();
            if (text.isEmpty()) continue;
            out.println("> " + text);
            show(dialog.handle(toIncoming(text)));
        }
    }

    /** A number that names an offered option presses that button; "/file NAME TYPE BYTES" sends a file (its metadata); the rest is text. */
    Incoming toIncoming(String text) {
        if (text.matches("\\d{1,2}")) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= offered.size()) return Incoming.button(chat, offered.get(n - 1).data());
        }
        String[] file = text.split("\\s+");
        if (file.length == 4 && file[0].equals("/file") && file[3].matches("\\d{1,12}")) {
            return Incoming.file(chat, new kz.otinish.dialog.FileInfo(file[1], file[2], Long.parseLong(file[3])));
        }
        return Incoming.text(chat, text);
    }

    private void show(List<Reply> replies) throws IOException {
        List<Button> buttons = new ArrayList<>();
        for (Reply r : replies) {
            if (r.text() != null && !r.text().isBlank()) out.println(Html.toPlain(r.text()));
            for (List<Button> row : r.buttons()) {
                for (Button b : row) {
                    buttons.add(b);
                    out.println("  " + buttons.size() + ") " + b.label());
                }
            }
            if (r.document() != null) {
                Files.createDirectories(documents);
                Path file = documents.resolve(r.document().fileName()).toAbsolutePath();
                Files.write(file, r.document().content());
                out.println("📄 " + file);
            }
            out.println();
        }
        // Only the latest message's options can be pressed by number, as in a messenger after it scrolls.
        if (!buttons.isEmpty()) offered = buttons;
        out.flush();
    }
}
