package org.chainmap.io;

import java.util.ArrayList;
import java.util.List;

/** The words of a line of Graphviz's plain output; a quoted word loses its quotes and escapes. */
final class PlainTokens {

    private PlainTokens() {}

    static List<String> of(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                StringBuilder word = new StringBuilder();
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    if (line.charAt(i) == '\\' && i + 1 < line.length()) {
                        i++;
                    }
                    word.append(line.charAt(i++));
                }
                i++;
                words.add(word.toString());
            } else {
                int end = line.indexOf(' ', i);
                end = end < 0 ? line.length() : end;
                words.add(line.substring(i, end));
                i = end;
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }
}
