package ai.hrflow.connectors.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.hrflow.connectors.api.spi.Page;
import ai.hrflow.connectors.api.spi.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Checks the {@link Reader} cursor contract: a reader opened anew and given any page's cursor returns what the
 * first reader returned after that page (items, their positions, and the pages' positions).
 */
public final class CursorContract {
    private CursorContract() {
    }

    /** @param open opens a reader of the same request each time; the origin must not change meanwhile */
    public static void assertReopenable(Callable<Reader> open) throws Exception {
        List<Page> whole = new ArrayList<>();
        try (Reader reader = open.call()) {
            String cursor = null;
            do {
                Page page = reader.read(cursor);
                whole.add(page);
                cursor = page.nextCursor();
            } while (cursor != null && whole.size() < 10_000);
        }
        assertThat(whole.size()).as("the read needs several pages for this check to mean anything").isGreaterThan(1);
        for (int cut = 0; cut < whole.size() - 1; cut++) {
            List<String> rest = new ArrayList<>();
            try (Reader reopened = open.call()) {
                for (String cursor = whole.get(cut).nextCursor(); cursor != null; ) {
                    Page page = reopened.read(cursor);
                    rest.addAll(describe(page));
                    cursor = page.nextCursor();
                }
            }
            List<String> expected = new ArrayList<>();
            whole.subList(cut + 1, whole.size()).forEach(p -> expected.addAll(describe(p)));
            assertThat(rest).as("a reader re-opened at the cursor of page %d", cut + 1).isEqualTo(expected);
        }
    }

    private static List<String> describe(Page page) {
        List<String> out = new ArrayList<>();
        page.items().forEach(i -> out.add(i.data() + " @" + i.token() + (i.isFailed() ? " !" + i.failure() : "")));
        out.add("page @" + page.token());
        return out;
    }
}
