package cn.kaifeng.tfs.shell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages allowed a multipart body are exactly the pages with a file field in their sources. */
class PublicFormsFilterTest {

    @Test
    void thePagesWithFilesAreTheOnesWhoseSourcesHaveAFileField() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        Set<String> withFiles = new TreeSet<>();
        java.util.Map<String, String> sources = new java.util.TreeMap<>();
        try (Stream<Path> pages = Files.walk(webapp)) {
            for (Path page : (Iterable<Path>) pages.filter(p -> p.toString().endsWith(".xhtml"))::iterator) {
                sources.put("/" + webapp.relativize(page).toString().replace('\\', '/'), Files.readString(page));
            }
        }
        sources.forEach((path, source) -> {
            if (source.contains("<p:fileUpload") || source.contains("<h:inputFile")) {
                if (path.startsWith("/WEB-INF/")) {
                    // an include with a file field: the pages that include it take the file
                    sources.forEach((page, including) -> {
                        if (!page.startsWith("/WEB-INF/") && including.contains("\"" + path + "\"")) {
                            withFiles.add(page);
                        }
                    });
                } else {
                    withFiles.add(path);
                }
            }
        });
        assertEquals(withFiles, new TreeSet<>(PublicFormsFilter.PAGES_WITH_FILES));
    }
}
