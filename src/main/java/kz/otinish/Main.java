package kz.otinish;

import java.util.Arrays;
import java.util.List;
import kz.otinish.search.AnalyzeCommand;

public final class Main {
    public static void main(String[] args) {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "analyze" -> System.exit(AnalyzeCommand.run(rest, System.in, System.out));
            default -> System.out.println("otinish " + Runtime.version());
        }
    }
}
