/// SQL fragments shared by the read queries: evidence text cut by a span, WHERE clauses, escaped LIKE patterns.
enum TextQueries {
    /// Joins the row aliased `row` (with `sentence_id`) to its sentence `s` and paragraph `p`.
    static let paragraphJoin = "LEFT JOIN sentences s ON s.id = row.sentence_id LEFT JOIN paragraphs p ON p.id = s.paragraph_id"

    /// The text of the span [`start`, `end`) of the row aliased `row` (with `document_id`). Cut from the
    /// paragraph when the span lies inside it, since substr() walks UTF-8 from the start of its argument
    /// and a paragraph is much shorter than its document; from the document otherwise.
    static func text(start: String, end: String) -> String {
        """
        CASE WHEN p.id IS NOT NULL AND \(start) >= p.start AND \(end) <= p.end
             THEN substr(p.text, \(start) - p.start + 1, \(end) - \(start))
             ELSE (SELECT substr(text, \(start) + 1, \(end) - \(start)) FROM documents WHERE id = row.document_id) END
        """
    }

    /// ` WHERE a AND b`, or nothing when there are no conditions.
    static func whereClause(_ conditions: [String]) -> String {
        conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    }

    /// `LIKE` pattern for "contains `text`", with the pattern characters escaped (ESCAPE '\').
    static func containsPattern(_ text: String) -> String {
        "%" + escapeLike(text) + "%"
    }

    static func escapeLike(_ text: String) -> String {
        var pattern = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { pattern.append("\\") }
            pattern.append(character)
        }
        return pattern
    }
}
