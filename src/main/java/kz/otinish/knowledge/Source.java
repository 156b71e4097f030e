package kz.otinish.knowledge;

import java.util.Map;
import kz.otinish.Lang;

/** An official document the knowledge base cites. */
public record Source(String id, Map<Lang, String> title) {}
