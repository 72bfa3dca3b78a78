import Extraction
import SQLite

/// Inserts one document's analysis. Runs inside `DocumentWriter.save`'s transaction; maps the
/// analysis's array indexes (sentence, entity) to the row ids they get. This is the importer's one
/// serial stage, so rows are bound with `execute` (no per-row arrays) and every string it stores was
/// built beforehand by `DocumentRecord`.
struct AnalysisWriter {
    let connection: Connection
    let documentID: Int

    func write(_ record: DocumentRecord) throws {
        let analysis = record.analysis
        try writeFields(analysis.metadata)
        let paragraphIDs = try writeParagraphs(analysis.paragraphs, texts: record.paragraphTexts)
        let sentenceIDs = try writeSentences(analysis.sentences, paragraphIDs: paragraphIDs)
        func sentenceID(_ index: Int) -> Int? { sentenceIDs.indices.contains(index) ? sentenceIDs[index] : nil }
        let entityIDs = try writeEntities(analysis.entities, aliases: record.entityAliasesJSON, sentenceID: sentenceID)
        func entityID(_ index: Int?) -> Int? { index.flatMap { entityIDs.indices.contains($0) ? entityIDs[$0] : nil } }

        let insertDate = try connection.cached("""
            INSERT INTO date_mentions (document_id, sentence_id, start, end, text, date, end_date, precision, qualifier, year_inferred)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for date in analysis.dates {
            try insertDate.execute(documentID, sentenceID(date.sentenceIndex), date.span.start, date.span.end, date.text,
                                date.start.iso, date.end?.iso, date.precision.rawValue, date.qualifier, date.isYearInferred)
        }

        let insertEvent = try connection.cached("""
            INSERT INTO events (document_id, sentence_id, kind, date, end_date, date_precision, summary, place_document_entity_id, start, end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertParticipant = try connection.cached(
            "INSERT OR IGNORE INTO event_participants (event_id, document_entity_id) VALUES (?, ?)")
        for event in analysis.events {
            try insertEvent.execute(documentID, sentenceID(event.sentenceIndex), event.kind, event.date.iso, event.endDate?.iso,
                                 event.date.precision.rawValue, event.summary, entityID(event.placeIndex),
                                 event.span.start, event.span.end)
            let eventID = connection.lastInsertRowID
            for participant in event.participantIndices {
                if let id = entityID(participant) { try insertParticipant.execute(eventID, id) }
            }
        }

        let insertQuote = try connection.cached("""
            INSERT INTO quotes (document_id, sentence_id, text, start, end, speaker_document_entity_id) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for quote in analysis.quotes {
            try insertQuote.execute(documentID, sentenceID(quote.sentenceIndex), quote.text, quote.span.start, quote.span.end,
                                 entityID(quote.speakerIndex))
        }

        let insertFigure = try connection.cached("""
            INSERT INTO figures (document_id, sentence_id, value, value_max, unit, qualifier, text, year, start, end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for figure in analysis.figures {
            try insertFigure.execute(documentID, sentenceID(figure.sentenceIndex), figure.value, figure.valueMax, figure.unit,
                                  figure.qualifier, figure.text, figure.year, figure.span.start, figure.span.end)
        }

        let insertCitation = try connection.cached(
            "INSERT INTO citations (document_id, number, text, start, end, markers) VALUES (?, ?, ?, ?, ?, ?)")
        for citation in analysis.citations {
            let markers = "[" + citation.markerSpans.map { "[\($0.start),\($0.end)]" }.joined(separator: ",") + "]"
            try insertCitation.execute(documentID, citation.number, citation.text, citation.span.start, citation.span.end, markers)
        }

        try connection.cached("INSERT INTO document_term_counts (document_id, terms) VALUES (?, ?)")
            .execute(documentID, record.termCountsText)
    }

    private func writeFields(_ metadata: DocumentMetadata) throws {
        let insert = try connection.cached(
            "INSERT INTO document_fields (document_id, field, position, value, start, end) VALUES (?, ?, ?, ?, ?, ?)")
        func add(_ field: String, _ values: [Evidenced<String>]) throws {
            for (position, value) in values.enumerated() {
                try insert.execute(documentID, field, position, value.value, value.span.start, value.span.end)
            }
        }
        try add("title", metadata.title.map { [$0] } ?? [])
        try add("author", metadata.authors)
        try add("publisher", metadata.publisher.map { [$0] } ?? [])
        try add("published", metadata.published.map { [Evidenced($0.value.iso, span: $0.span)] } ?? [])
        try add("url", metadata.url.map { [$0] } ?? [])
        try add("dateline", metadata.dateline.map { [$0] } ?? [])
        try add("translator", metadata.translators)
    }

    private func writeParagraphs(_ paragraphs: [ParagraphInfo], texts: [String]) throws -> [Int] {
        let insert = try connection.cached(
            "INSERT INTO paragraphs (document_id, position, start, end, text, language) VALUES (?, ?, ?, ?, ?, ?)")
        var ids: [Int] = []
        ids.reserveCapacity(paragraphs.count)
        for (position, paragraph) in paragraphs.enumerated() {
            try insert.execute(documentID, position, paragraph.span.start, paragraph.span.end, texts[position], paragraph.language)
            ids.append(connection.lastInsertRowID)
        }
        return ids
    }

    private func writeSentences(_ sentences: [SentenceInfo], paragraphIDs: [Int]) throws -> [Int] {
        let insert = try connection.cached(
            "INSERT INTO sentences (document_id, paragraph_id, position, start, end) VALUES (?, ?, ?, ?, ?)")
        var ids: [Int] = []
        ids.reserveCapacity(sentences.count)
        for (position, sentence) in sentences.enumerated() where paragraphIDs.indices.contains(sentence.paragraphIndex) {
            try insert.execute(documentID, paragraphIDs[sentence.paragraphIndex], position, sentence.span.start, sentence.span.end)
            ids.append(connection.lastInsertRowID)
        }
        return ids
    }

    private func writeEntities(_ entities: [EntityInfo], aliases: [String], sentenceID: (Int) -> Int?) throws -> [Int] {
        let insertEntity = try connection.cached("""
            INSERT INTO document_entities (document_id, position, type, name, subtype, aliases) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertMention = try connection.cached("""
            INSERT INTO entity_mentions (document_entity_id, document_id, sentence_id, start, end, surface) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let insertRole = try connection.cached("""
            INSERT INTO entity_roles (document_entity_id, document_id, sentence_id, title, start, end) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var ids: [Int] = []
        for (position, entity) in entities.enumerated() {
            try insertEntity.execute(documentID, position, entity.type.rawValue, entity.name, entity.subtype,
                                  aliases[position])
            let id = connection.lastInsertRowID
            ids.append(id)
            for mention in entity.mentions {
                try insertMention.execute(id, documentID, sentenceID(mention.sentenceIndex), mention.span.start, mention.span.end, mention.surface)
            }
            for role in entity.roles {
                try insertRole.execute(id, documentID, sentenceID(role.sentenceIndex), role.title, role.span.start, role.span.end)
            }
        }
        return ids
    }
}
