package org.taawon.examples.shop.dashboard;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.taawon.core.catalogue.Sku;
import org.taawon.examples.shop.showcase.Showcase;

/** The words of a statement in one language: column heads, entry kinds and product names. */
@Component
public class StatementLabels {

    private final MessageSource messages;
    private final Showcase showcase;

    public StatementLabels(MessageSource messages, Showcase showcase) {
        this.messages = messages;
        this.showcase = showcase;
    }

    public String text(String key, String language) {
        return messages.getMessage(key, null, key, Locale.forLanguageTag(language));
    }

    public String kind(Statement.Row row, String language) {
        return text("entry." + row.label(), language);
    }

    public String product(Statement.Row row, String language) {
        return row.sku().isEmpty() ? "" : showcase.productName(Sku.of(row.sku()), language);
    }

    public String cooperative(Statement statement, String language) {
        return showcase.cooperativeName(statement.cooperative(), language);
    }
}
