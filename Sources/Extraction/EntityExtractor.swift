/// Finds people, organisations, locations and agreements, merges their surface forms into one entity
/// each, keeps stated roles, and lists every mention with its sentence.
///
/// Places and major bodies come from the `Gazetteer`; everything else is read from the text:
/// capitalised chunks classified by their head word ("… Institute", "… Treaty"), people by name shape
/// plus evidence (a title or role before, an appositive role after, initials, a reporting verb),
/// acronyms defined in brackets, and short forms ("Lavrov", "S.V. Lavrov") joined to the full name.
enum EntityExtractor {
    static func extract(_ c: AnalysisContext, dates: [DateMention], metadata: DocumentMetadata, referenceListStart: Int? = nil) -> [EntityInfo] {
        var builder = EntityBuilder(c)
        builder.referenceListStart = referenceListStart ?? Int.max
        for date in dates {
            var t = c.tokenIndex(atOrAfter: date.span.start)
            while t < c.count, c.tokens[t].start < date.span.end { builder.isDateToken[t] = true; t += 1 }
        }
        builder.gazetteerPass()
        for (index, range) in c.sentenceTokens.enumerated() { builder.chunkPass(sentence: index, range) }
        builder.quotedSourcePass()
        builder.russianOrganizationPass()
        builder.russianPlacePass()
        builder.creditPass()
        let authors = metadata.authors.compactMap { builder.addPerson(span: $0.span) }
        for translator in metadata.translators { builder.addPerson(span: translator.span) }
        if let publisher = metadata.publisher { builder.addOrganization(span: publisher.span) }
        builder.keepRussianNamesWithLatinTwins()
        builder.describedOrganisationPass()
        builder.relativePass()
        builder.knownNamePass()
        builder.worldPlacePass()
        builder.coordinationPass()
        builder.resolveContextTypes()
        // "— The writer is the Russian ambassador to ASEAN.": the role of the document's one author.
        if authors.count == 1, let role = writerRole(c) { builder.roles.append(EntityBuilder.Role(candidate: authors[0], role: role)) }
        builder.linkAcronyms()
        return builder.finish()
    }
}

extension EntityExtractor {
    /// The role in a closing "The writer is …" / "The author is …" sentence.
    static func writerRole(_ c: AnalysisContext) -> RoleInfo? {
        for (index, range) in c.sentenceTokens.enumerated().reversed().prefix(12) {
            var t = range.lowerBound
            while t < range.upperBound, c.tokens[t].kind == .punctuation { t += 1 }
            guard t + 3 < range.upperBound, c.lower[t] == "the", c.lower[t + 1] == "writer" || c.lower[t + 1] == "author",
                  c.lower[t + 2] == "is" else { continue }
            var last = range.upperBound - 1
            while last > t + 3, c.tokens[last].kind == .punctuation { last -= 1 }
            let span = c.spanOf(tokens: t + 3, last)
            return RoleInfo(title: c.text.string(span), span: span, sentenceIndex: index)
        }
        return nil
    }
}
