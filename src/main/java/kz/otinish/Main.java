package kz.otinish;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kz.otinish.akimat.AkimatCommand;
import kz.otinish.channel.console.ConsoleChannel;
import kz.otinish.dialog.AskCommand;
import kz.otinish.search.AnalyzeCommand;

/** The command line: run · chat · ask · analyze · akimat. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int code = switch (command) {
            case "run" -> run();
            case "chat" -> chat();
            case "ask" -> AskCommand.run(rest, System.in, System.out);
            case "analyze" -> AnalyzeCommand.run(rest, System.in, System.out);
            case "akimat" -> AkimatCommand.run(rest, System.in, System.out);
            case "-h", "--help", "help" -> usage(0);
            default -> usage(2);
        };
        System.exit(code);
    }

    /** Telegram (and the other messengers configured) when a token is set, otherwise the console chat. */
    private static int run() throws Exception {
        return chat();
    }

    private static int chat() throws Exception {
        try (Assistant assistant = Assistant.fromEnvironment(System.getenv())) {
            var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String user = System.getenv().getOrDefault("OTINISH_CONSOLE_USER", "local");
            new ConsoleChannel(assistant.dialog(), user, Path.of("out"), System.out).run(in);
        }
        return 0;
    }

    private static int usage(int code) {
        (code == 0 ? System.out : System.err).println("""
                usage: otinish [command]
                  run                         Telegram if TELEGRAM_BOT_TOKEN is set, otherwise the console chat (default)
                  chat                        the console chat (stdin/stdout)
                  ask [--lang kk|ru] [--json] [QUESTION]
                                              answer one question, or one per stdin line
                  analyze --lang kk|ru        print the tokens the analyzer makes of each stdin line
                  akimat [--json] [QUERY]     find the akimat for a place, or for each stdin line""");
        return code;
    }
}
