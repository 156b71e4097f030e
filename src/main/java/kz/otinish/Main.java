package kz.otinish;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import kz.otinish.admin.AdminCommand;
import kz.otinish.admin.PosterCommand;
import kz.otinish.akimat.AkimatCommand;
import kz.otinish.channel.Channels;
import kz.otinish.channel.console.ConsoleChannel;
import kz.otinish.knowledge.KnowledgeCommand;
import kz.otinish.operations.Monitoring;
import kz.otinish.storage.Exclusive;
import kz.otinish.tracking.DeadlineCommand;
import kz.otinish.tracking.Reminders;
import kz.otinish.tracking.StatusImportCommand;
import kz.otinish.dialog.AskCommand;
import kz.otinish.search.AnalyzeCommand;
import kz.otinish.search.ModelCache;

/** The command line: run · chat · ask · analyze · akimat · unanswered · usage · poster. */
public final class Main {
    /** Lucene notes on stderr that it runs without the incubating vector API: noise in a console chat. Held so it stays set. */
    private static final java.util.logging.Logger LUCENE_VECTORS =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static void main(String[] args) throws Exception {
        LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
        String command = args.length == 0 ? "run" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int code;
        try {
            code = dispatch(command, rest);
        } catch (Exclusive.Refused | IllegalArgumentException e) {
            // Another bot on this folder or token, or a setting that is wrong: one line that says what to do.
            System.err.println("otinish: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    private static int dispatch(String command, List<String> rest) throws Exception {
        return switch (command) {
            case "run" -> run();
            case "chat" -> chat();
            case "ask" -> AskCommand.run(rest, System.in, System.out, models());
            case "analyze" -> AnalyzeCommand.run(rest, System.in, System.out, models());
            case "akimat" -> AkimatCommand.run(rest, System.in, System.out);
            case "unanswered", "usage" -> AdminCommand.run(command, rest, System.getenv(), System.out);
            case "admin-link" -> AdminCommand.link(rest, System.getenv(), System.out);
            case "kb" -> KnowledgeCommand.run(rest, System.getenv(), System.out);
            case "poster" -> PosterCommand.run(rest, System.out);
            case "deadline" -> DeadlineCommand.run(rest, System.out);
            case "status-import" -> StatusImportCommand.run(rest, System.getenv(), System.out);
            case "-h", "--help", "help" -> usage(0);
            default -> usage(2);
        };
    }

    /**
     * Telegram, Aitu and the HTTP server as configured (see README, "Running on Telegram and Aitu"), until
     * the process is told to stop; then each channel finishes what it has in flight. With none configured,
     * the console chat.
     */
    private static int run() throws Exception {
        Map<String, String> env = System.getenv();
        if (!Channels.configured(env)) return chat();
        Assistant assistant = Assistant.fromEnvironment(env, true);
        Monitoring monitoring = Monitoring.start(assistant.database().jdbi());
        assistant.database().reportTo(monitoring.registry());
        Channels channels;
        try {
            Map<String, BooleanSupplier> health = new LinkedHashMap<>();
            health.put("database", assistant.database()::isReachable);
            health.put("index", () -> assistant.faq().current() != null && !assistant.faq().current().entries().isEmpty());
            channels = Channels.start(env, assistant.dialog()::handle, assistant.database().jdbi(), assistant.texts(), health,
                    web -> {
                        AdminCommand.console(env, assistant.database().jdbi(), assistant.texts(), assistant.faq()::current,
                                assistant.dialog(), web);
                        monitoring.mount(web, env.getOrDefault("METRICS_TOKEN", "").strip());
                    });
        } catch (Exception e) {
            assistant.close();
            throw e;
        }
        Reminders reminders = Reminders.every10Minutes(assistant.database().jdbi(), assistant.texts(), assistant.calendar(),
                channels.messengers(), Assistant.clock());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            reminders.close();
            channels.close();
            assistant.close();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }

    /** The trained intent model kept in the data folder, as the bot keeps it: a one-shot command then needs no training. */
    private static ModelCache models() {
        return ModelCache.inDataFolder(System.getenv());
    }

    private static int chat() throws Exception {
        // A person reads this terminal: no log line per message between the bot's replies.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("kz.otinish.events")).setLevel(ch.qos.logback.classic.Level.WARN);
        try (Assistant assistant = Assistant.fromEnvironment(System.getenv(), true)) {
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String user = System.getenv().getOrDefault("OTINISH_CONSOLE_USER", "local");
            new ConsoleChannel(assistant.dialog(), assistant.texts(), user, Path.of("out"), System.out).run(in);
        }
        return 0;
    }

    private static int usage(int code) {
        (code == 0 ? System.out : System.err).println("""
                usage: otinish [command]
                  run                         Telegram / Aitu / HTTP as configured by the environment, otherwise the console chat (default)
                  chat                        the console chat (stdin/stdout)
                  ask [--lang kk|ru] [--json] [QUESTION]
                                              answer one question, or one per stdin line
                  analyze --lang kk|ru        print the tokens the analyzer makes of each stdin line
                  akimat [--json] [QUERY]     find the akimat for a place, or for each stdin line
                  unanswered [--days N] [--limit N]
                                              the questions the bot could not answer, most asked first (admins)
                  usage [--days N]            users, messages, appeals and unanswered questions (admins)
                  kb import DIR | kb export DIR | kb history | kb publish VERSION
                                              the knowledge base's versions in the database: import and publish a folder,
                                              write the published one out, list them, publish an earlier one (admins)
                  admin-link [--for CHANNEL:ID]
                                              a one-time sign-in link to the admin console (/admin) for an admin in ADMIN_IDS
                  poster --bot USERNAME [--start PAYLOAD] [--out FILE]
                                              a printable A4 poster with the bot's QR code (volunteers)
                  deadline --from YYYY-MM-DD [--days N]
                                              the day an answer is due on Kazakhstan's working days, and the days off skipped
                  status-import FILE.csv      operators: number,status,YYYY-MM-DD[,new due] per line; followers are told""");
        return code;
    }
}
