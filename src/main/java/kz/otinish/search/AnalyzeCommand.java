package kz.otinish.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.otinish.knowledge.ContentRoot;
import org.apache.lucene.analysis.Analyzer;

/**
 * {@code otinish analyze --lang kk|ru [--model]}: reads lines on standard input and prints, per line, the tokens the
 * language's analyzer makes of it, separated by spaces — to see what the search sees; with {@code --model}, also the
 * intent model's three best entries and their decision values.
 */
public final class AnalyzeCommand {
    static final String USAGE = "usage: otinish analyze --lang kk|ru [--model]   (reads lines on stdin, prints their tokens;"
            + " --model: and the intent model's three best entries)";

    private AnalyzeCommand() {}

    /** {@code models}: where the trained intent model is kept for --model, or null. @return 0, or 2 when the arguments are wrong */
    public static int run(List<String> args, InputStream in, PrintStream out, ModelCache models) {
        boolean model = args.contains("--model");
        List<String> rest = args.stream().filter(a -> !a.equals("--model")).toList();
        Analyzer analyzer = rest.size() == 2 && rest.get(0).equals("--lang") ? analyzer(rest.get(1)) : null;
        if (analyzer == null) {
            out.println(args.contains("--lang") ? "analyze: --lang must be kk or ru" : "analyze: --lang is missing");
            out.println(USAGE);
            return 2;
        }
        try (analyzer; BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            FaqSearch faq = model ? FaqCorpus.load(ContentRoot.locate().knowledgeBase(), models).current() : null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(String.join(" ", AnalyzedText.tokens(analyzer, line)));
                if (faq != null && !line.isBlank()) out.println("  model: " + String.join(", ", faq.modelGuesses(line, 3)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        return 0;
    }

    private static Analyzer analyzer(String lang) {
        return switch (lang) {
            // The analyzers the FAQ is searched with, stopword lists from knowledge-base/ included.
            case "kk" -> SearchAnalyzers.kazakh(ContentRoot.locate().knowledgeBase());
            case "ru" -> SearchAnalyzers.russian(ContentRoot.locate().knowledgeBase());
            default -> null;
        };
    }
}
