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
 * {@code otinish analyze --lang kk|ru}: reads lines on standard input and prints, per line, the tokens the
 * language's analyzer makes of it, separated by spaces — to see what the search sees.
 */
public final class AnalyzeCommand {
    static final String USAGE = "usage: otinish analyze --lang kk|ru   (reads lines on stdin, prints their tokens)";

    private AnalyzeCommand() {}

    /** @return 0, or 2 when the arguments are wrong */
    public static int run(List<String> args, InputStream in, PrintStream out) {
        Analyzer analyzer = args.size() == 2 && args.get(0).equals("--lang") ? analyzer(args.get(1)) : null;
        if (analyzer == null) {
            out.println(args.contains("--lang") ? "analyze: --lang must be kk or ru" : "analyze: --lang is missing");
            out.println(USAGE);
            return 2;
        }
        try (analyzer; BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.println(String.join(" ", AnalyzedText.tokens(analyzer, line)));
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
