package kz.otinish.admin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.otinish.dialog.Texts;
import kz.otinish.knowledge.ContentRoot;

/**
 * {@code poster --bot USERNAME [--start PAYLOAD] [--out FILE]}: the printable poster with the bot's QR code, for
 * volunteers. PAYLOAD opens the chat on something at once: {@code appeal}, {@code akimat-Talgar},
 * {@code faq-withdraw-appeal}, {@code kk}, {@code ru}.
 */
public final class PosterCommand {
    static final String USAGE = "usage: otinish poster --bot USERNAME [--start PAYLOAD] [--out FILE]";

    private PosterCommand() {}

    /** @return 0; 2 when the arguments are wrong */
    public static int run(List<String> args, PrintStream out) throws IOException {
        String bot = null, start = null, file = null;
        for (int i = 0; i < args.size(); i++) {
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (value == null ? "" : args.get(i)) {
                case "--bot" -> bot = value.startsWith("@") ? value.substring(1) : value;
                case "--start" -> start = value;
                case "--out" -> file = value;
                default -> {
                    return wrong("unknown or incomplete option " + args.get(i));
                }
            }
            i++;
        }
        if (bot == null) return wrong("--bot is required: the bot's Telegram username, from @BotFather");
        String link;
        try {
            link = Poster.link(bot, start);
        } catch (IllegalArgumentException e) {
            return wrong(e.getMessage());
        }
        Path target = Path.of(file != null ? file : "out/poster" + (start == null ? "" : "-" + start) + ".pdf");
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Files.write(target, Poster.render(link, Texts.load(ContentRoot.locate())));
        out.println("poster for " + link + ": " + target.toAbsolutePath());
        return 0;
    }

    private static int wrong(String why) {
        System.err.println("poster: " + why + "\n" + USAGE);
        return 2;
    }
}
