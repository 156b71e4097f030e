package kz.otinish.knowledge;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.otinish.storage.Database;

/**
 * {@code kb import DIR | export DIR | history | publish ID}: the knowledge base's versions from a terminal, for admins
 * who keep it in git. An import is checked and published at once; every running bot serves it within seconds.
 */
public final class KnowledgeCommand {
    static final String USAGE = "usage: otinish kb import DIR | kb export DIR | kb history | kb publish VERSION";

    private KnowledgeCommand() {}

    /** @return 0; 1 when the knowledge base has problems; 2 when the arguments are wrong */
    public static int run(List<String> args, Map<String, String> env, PrintStream out) {
        String what = args.isEmpty() ? "" : args.getFirst();
        boolean needsArg = what.equals("import") || what.equals("export") || what.equals("publish");
        if (!(needsArg ? args.size() == 2 : what.equals("history") && args.size() == 1)) {
            System.err.println("kb: " + (what.isEmpty() ? "what to do?" : "wrong arguments") + "\n" + USAGE);
            return 2;
        }
        if (what.equals("import") && !Files.isDirectory(Path.of(args.get(1)).resolve("faq"))) {
            System.err.println("kb import: " + args.get(1) + " is not a knowledge base (no faq/ folder in it)");
            return 2;
        }
        try (Database db = Database.fromEnvironment(env)) {
            KnowledgeVersions versions = new KnowledgeVersions(db.jdbi());
            return switch (what) {
                case "import" -> publish(versions, versions.save(CorpusFiles.read(Path.of(args.get(1))),
                        versions.published().orElse(null), "kb import", "imported " + args.get(1)), false, out);
                case "export" -> {
                    long id = versions.publishedOrImport(ContentRoot.locate().knowledgeBase());
                    versions.files(id).write(Path.of(args.get(1)));
                    out.println("version " + id + " written to " + args.get(1));
                    yield 0;
                }
                case "publish" -> {
                    Long id = number(args.get(1));
                    if (id == null || versions.history(Integer.MAX_VALUE).stream().noneMatch(v -> v.id() == id)) {
                        System.err.println("kb publish: no version " + args.get(1) + " (see kb history)");
                        yield 2;
                    }
                    yield publish(versions, id, true, out);
                }
                default -> {
                    long published = versions.published().orElse(-1L);
                    for (KnowledgeVersions.Version v : versions.history(50)) {
                        out.printf("%s%5d  %s  %-20s %s%n", v.id() == published ? "*" : " ", v.id(),
                                v.createdAt().toString().substring(0, 16).replace('T', ' '), v.author(), v.note());
                    }
                    yield 0;
                }
            };
        }
    }

    private static int publish(KnowledgeVersions versions, long id, boolean rollback, PrintStream out) {
        try {
            versions.publish(id, "kb " + (rollback ? "publish" : "import"), rollback);
            out.println("version " + id + " published: every running bot serves it within seconds");
            return 0;
        } catch (KnowledgeVersions.Refused r) {
            System.err.println("kb: version " + id + " not published, the knowledge base has problems:");
            r.problems().forEach(p -> System.err.println("  " + p));
            return 1;
        }
    }

    private static Long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
