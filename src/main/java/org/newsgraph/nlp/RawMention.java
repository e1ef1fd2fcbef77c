package org.newsgraph.nlp;

/** A mention as found: character offsets into the cleaned article text. */
public record RawMention(int sentenceIndex, int start, int end, String text, EntityType type,
    double probability) {}
