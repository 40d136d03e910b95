// SPDX-License-Identifier: GPL-3.0-or-later
package org.riffwire.notes.abc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of a tune's parts (ABC 2.1 §3.1.9): a header "P:" such as "AABB", "A2B", "(AB)3C" or "((AB)2C)2",
 * with dots and spaces as mere separators, names the parts that body "P:" fields label, in playing order. A tune
 * with both is rearranged into that order before repeats are expanded; each part is its own section, so a ":|"
 * never reaches back into the part played before it. Without a header order the parts play as written.
 */
final class PartOrder {
    /** A bound on how many parts an order may list once expanded. */
    static final int MAX_PARTS = 1_000;
    private static final int MAX_DEPTH = 16;

    private final String text;
    private int at;

    private PartOrder(String text) {
        this.text = text;
    }

    /** The items in playing order, with the part labels removed. */
    static List<Item> arrange(List<Item> items, String order, TuneState state) {
        Map<Character, List<Item>> parts = new LinkedHashMap<>();
        List<Item> prelude = new ArrayList<>();
        List<Item> current = prelude;
        for (Item item : items) {
            if (item instanceof Item.Part part) {
                current = parts.computeIfAbsent(part.label(), label -> new ArrayList<>());
            } else {
                current.add(item);
            }
        }
        if (parts.isEmpty() || order == null || order.isBlank()) {
            return prelude.size() == items.size() ? items : written(items);
        }
        List<Character> labels;
        try {
            labels = new PartOrder(order).read();
        } catch (IllegalArgumentException e) {
            state.warn("part order 'P:" + order.strip() + "' not read (" + e.getMessage() + "): parts play as written");
            return written(items);
        }
        List<Item> arranged = new ArrayList<>(prelude);
        for (char label : labels) {
            List<Item> part = parts.get(label);
            if (part == null) {
                state.warn("part " + label + " of 'P:" + order.strip() + "' is not in the tune");
                continue;
            }
            arranged.add(Item.Bar.of(Item.Structure.SECTION_END));
            arranged.addAll(part);
        }
        return arranged;
    }

    private static List<Item> written(List<Item> items) {
        return items.stream().filter(item -> !(item instanceof Item.Part)).toList();
    }

    private List<Character> read() {
        List<Character> labels = sequence(0);
        if (at < text.length()) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(at) + "'");
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("no part named");
        }
        return labels;
    }

    private List<Character> sequence(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("brackets nested more than " + MAX_DEPTH + " deep");
        }
        List<Character> labels = new ArrayList<>();
        while (at < text.length()) {
            char c = text.charAt(at);
            List<Character> element;
            if (c == ' ' || c == '.' || c == '\t') {
                at++;
                continue;
            } else if (c == '(') {
                at++;
                element = sequence(depth + 1);
                if (at >= text.length() || text.charAt(at) != ')') {
                    throw new IllegalArgumentException("unclosed '('");
                }
                at++;
            } else if (c >= 'A' && c <= 'Z') {
                element = List.of(c);
                at++;
            } else {
                break;
            }
            int times = count();
            for (int i = 0; i < times; i++) {
                if (labels.size() + element.size() > MAX_PARTS) {
                    throw new IllegalArgumentException("more than " + MAX_PARTS + " parts");
                }
                labels.addAll(element);
            }
        }
        return labels;
    }

    private int count() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at)) && at - start < 4) {
            at++;
        }
        return at == start ? 1 : Integer.parseInt(text.substring(start, at));
    }
}
