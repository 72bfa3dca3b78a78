import HTTP1
import SQLite

/// SQLite errors that are the client's doing (a bad FTS5 query, an interrupted or refused
/// read-only query) and so deserve a 400 with SQLite's reason, not a 500.
struct StoreFault {
    let response: HTTPResponse

    init?(_ error: any Error) {
        guard let error = error as? SQLiteError else { return nil }
        let message = error.message
        // Our statements are fixed; a plain SQL error from one that binds a MATCH is the user's query.
        if error.primaryCode == 1, error.sql?.contains("MATCH ?") == true {
            response = APIError.badParameter("q", "is not a valid full-text query (\(message)). "
                + "Quote phrases with double quotes; operators are AND, OR, NOT, NEAR; * makes a prefix.").response
        } else if error.isInterrupted {
            response = APIError(status: .badRequest, detail: "The query took longer than the time limit and was stopped.").response
        } else {
            return nil
        }
    }
}
