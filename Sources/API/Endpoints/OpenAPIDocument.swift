import HTTP1

/// The OpenAPI 3.1 description of every endpoint, compiled into the binary so the server is
/// self-contained. `OpenAPITests` keeps it in step with the router and with each endpoint's parameters.
enum OpenAPIDocument {
    static let bytes: [UInt8] = Array(json.utf8)

    /// One line per route for `GET /`, the same as each operation's `summary`.
    static let summaries: [String: String] = [
        "/": "Index of the endpoints",
        "/openapi.json": "This OpenAPI description",
        "/v1/health": "Liveness and schema version",
        "/v1/documents": "List documents",
        "/v1/documents/{id}": "One document with paragraphs, metadata evidence, counts, keywords and entities",
        "/v1/documents/{id}/text": "A document's stored text",
        "/v1/search": "Full-text search over paragraphs",
        "/v1/entities": "List entities",
        "/v1/entities/{id}": "One entity with roles, mentions, related entities, events and quotations",
        "/v1/entities/{id}/mentions": "Every mention of an entity",
        "/v1/events": "The timeline of events",
        "/v1/quotes": "Direct quotations",
        "/v1/figures": "Figures stated in the documents",
        "/v1/graph": "Entity co-occurrence network",
        "/v1/stats": "Counts, date ranges and database facts",
        "/v1/sql": "Read-only SQL",
    ]

    static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "ASEAN–Russia Archive API",
    "version": "1.0.0",
    "description": "A research archive of documents on ASEAN–Russia relations. Every list answers {\"data\": [...], \"next\": URL-or-null, \"total\": n} and pages with opaque keyset cursors: follow `next` (also sent as a `Link: <…>; rel=\"next\"` header) until it is null. Lists also export every row as CSV or NDJSON with `?format=csv|ndjson` or an `Accept: text/csv` / `Accept: application/x-ndjson` header; exports are streamed (chunked). Unknown or repeated query parameters, malformed values and out-of-range limits are 400 application/problem+json (RFC 9457) naming the parameter. Spans are half-open [start, end) offsets in Unicode code points into the document's stored text (GET /v1/documents/{id}/text). Responses carry a weak ETag (If-None-Match gives 304), Cache-Control, CORS headers for any origin, and are gzip-compressed when the client accepts it."
  },
  "servers": [{"url": "/"}],
  "paths": {
    "/": {
      "get": {
        "operationId": "index", "summary": "Index of the endpoints", "tags": ["meta"],
        "responses": {
          "200": {"description": "The endpoints.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Index"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/openapi.json": {
      "get": {
        "operationId": "openapi", "summary": "This OpenAPI description", "tags": ["meta"],
        "responses": {
          "200": {"description": "OpenAPI 3.1 document.", "content": {"application/json": {"schema": {"type": "object"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/health": {
      "get": {
        "operationId": "health", "summary": "Liveness and schema version", "tags": ["meta"],
        "responses": {
          "200": {"description": "The server is up.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/documents": {
      "get": {
        "operationId": "listDocuments", "summary": "List documents", "tags": ["documents"],
        "parameters": [
          {"$ref": "#/components/parameters/DocumentText"}, {"$ref": "#/components/parameters/Author"},
          {"$ref": "#/components/parameters/Publisher"}, {"$ref": "#/components/parameters/Language"},
          {"$ref": "#/components/parameters/PublishedFrom"}, {"$ref": "#/components/parameters/PublishedTo"},
          {"$ref": "#/components/parameters/MentionsEntity"},
          {"name": "sort", "in": "query", "description": "Sort key; a leading `-` sorts descending. Ties are broken by id.",
           "schema": {"type": "string", "enum": ["id", "-id", "published", "-published", "title", "-title"], "default": "id"}},
          {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Format"}
        ],
        "responses": {
          "200": {"description": "A page of documents, or an export of all of them.", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentPage"}},
                              "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/documents/{id}": {
      "get": {
        "operationId": "getDocument", "summary": "One document with paragraphs, metadata evidence, counts, keywords and entities", "tags": ["documents"],
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "responses": {
          "200": {"description": "The document.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentDetail"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v1/documents/{id}/text": {
      "get": {
        "operationId": "getDocumentText", "summary": "A document's stored text", "tags": ["documents"],
        "description": "The normalised text (no BOM, LF line endings) every span indexes into, by code point.",
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "responses": {
          "200": {"description": "The text.", "content": {"text/plain": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v1/search": {
      "get": {
        "operationId": "search", "summary": "Full-text search over paragraphs", "tags": ["search"],
        "description": "Matches paragraphs with SQLite FTS5 query syntax: words (`lavrov`), phrases in double quotes (`\"east asia summit\"`), prefixes (`sanction*`), AND / OR / NOT, NEAR(a b, 5), and column-free grouping with parentheses. Words are matched case- and diacritic-insensitively (unicode61). Hits are ordered by BM25 (`bm25(paragraphs_fts)`, lower is better; `score` is that value), ties by paragraph id; cursors resume on (score, paragraph id), so pages never skip or repeat. `snippet` is FTS5's snippet(): up to 24 tokens of the paragraph with matched terms between `<mark>` and `</mark>` and `…` where text was cut; the rest of the snippet is plain text, not HTML-escaped. A query FTS5 cannot parse is a 400 naming `q` with SQLite's reason. `total` counts matching paragraphs; `facets` count hits per document (top 20), per publication year, and per entity mentioned in a matching paragraph (top 20, counted over the best-ranked 1,000 hits; `entity_hits` says how many were counted); `facets=false` leaves them out. `query` echoes what ran.",
        "parameters": [
          {"name": "q", "in": "query", "required": true, "description": "FTS5 query.", "schema": {"type": "string", "minLength": 1, "pattern": "^[^\\u0000]*[^\\u0000\\t\\n\\u000b\\f\\r ][^\\u0000]*$"}, "example": "lavrov"},
          {"$ref": "#/components/parameters/Author"},
          {"$ref": "#/components/parameters/Publisher"}, {"$ref": "#/components/parameters/Language"},
          {"$ref": "#/components/parameters/PublishedFrom"}, {"$ref": "#/components/parameters/PublishedTo"},
          {"$ref": "#/components/parameters/MentionsEntity"},
          {"name": "facets", "in": "query", "description": "Whether to compute facets.", "schema": {"type": "string", "enum": ["true", "false"], "default": "true"}},
          {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Format"}
        ],
        "responses": {
          "200": {"description": "A page of hits, or an export of all of them.", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchPage"}},
                              "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/entities": {
      "get": {
        "operationId": "listEntities", "summary": "List entities", "tags": ["entities"],
        "description": "Corpus-wide entities (people, organizations, locations, agreements), merged across documents. Ids are stable while an entity keeps its type and canonical name.",
        "parameters": [
          {"$ref": "#/components/parameters/EntityType"},
          {"name": "q", "in": "query", "description": "Prefix of the name or of any alias; ASCII letters match regardless of case.", "schema": {"$ref": "#/components/schemas/Text"}},
          {"name": "document", "in": "query", "description": "Only entities this document mentions.", "schema": {"$ref": "#/components/schemas/Id"}},
          {"name": "sort", "in": "query", "description": "`mentions`: most mentioned first; `name`: alphabetical (ASCII case-insensitive). Ties by id.",
           "schema": {"type": "string", "enum": ["mentions", "name"], "default": "mentions"}},
          {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Format"}
        ],
        "responses": {
          "200": {"description": "A page of entities, or an export of all of them.", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityPage"}},
                              "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/entities/{id}": {
      "get": {
        "operationId": "getEntity", "summary": "One entity with roles, mentions, related entities, events and quotations", "tags": ["entities"],
        "description": "`mentions` is the number of mentions; `occurrences` holds the first 20 of them. `roles`, `occurrences`, `related` (by shared sentences, heaviest first), `events` (as participant) and `quotes` (as speaker) each show at most 20 rows with their `total`, and `more` links to the full paginated list where there is one and rows were left out.",
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "responses": {
          "200": {"description": "The entity.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EntityDetail"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v1/entities/{id}/mentions": {
      "get": {
        "operationId": "listEntityMentions", "summary": "Every mention of an entity", "tags": ["entities"],
        "parameters": [{"$ref": "#/components/parameters/Id"}, {"$ref": "#/components/parameters/Limit"},
                       {"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Format"}],
        "responses": {
          "200": {"description": "A page of mentions in document and text order.", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MentionPage"}},
                              "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "404": {"$ref": "#/components/responses/NotFound"}
        }
      }
    },
    "/v1/events": {
      "get": {
        "operationId": "listEvents", "summary": "The timeline of events", "tags": ["events"],
        "description": "Dated events in (date, id) order. `from`/`to` keep events that may overlap the range at the event's own precision: an event dated 2024 is kept for from=2024-05. `evidence` is the stating sentence cut from the document text by `evidence_span`.",
        "parameters": [
          {"name": "from", "in": "query", "description": "Earliest date (ISO, to year, month or day).", "schema": {"$ref": "#/components/schemas/PartialDate"}},
          {"name": "to", "in": "query", "description": "Latest date (ISO, to year, month or day), inclusive.", "schema": {"$ref": "#/components/schemas/PartialDate"}},
          {"name": "entity", "in": "query", "description": "Only events with this participant (entity id).", "schema": {"$ref": "#/components/schemas/Id"}},
          {"name": "place", "in": "query", "description": "Only events at this place (entity id).", "schema": {"$ref": "#/components/schemas/Id"}},
          {"name": "q", "in": "query", "description": "Words the summary contains (ASCII case-insensitive substring).", "schema": {"$ref": "#/components/schemas/Text"}},
          {"name": "kind", "in": "query", "description": "Event kind as extracted: summit, meeting, visit, talks, signing…", "schema": {"$ref": "#/components/schemas/Text"}},
          {"$ref": "#/components/parameters/InDocument"},
          {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Format"}
        ],
        "responses": {
          "200": {"description": "A page of events, or an export of all of them.", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventPage"}},
                              "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/quotes": {
      "get": {
        "operationId": "listQuotes", "summary": "Direct quotations", "tags": ["quotes"],
        "parameters": [
          {"name": "speaker", "in": "query", "description": "Only quotations attributed to this entity id.", "schema": {"$ref": "#/components/schemas/Id"}},
          {"name": "q", "in": "query", "description": "Words the quotation contains (ASCII case-insensitive substring).", "schema": {"$ref": "#/components/schemas/Text"}},
          {"$ref": "#/components/parameters/InDocument"},
          {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Format"}
        ],
        "responses": {
          "200": {"description": "A page of quotations in document and text order.", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/QuotePage"}},
                              "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/figures": {
      "get": {
        "operationId": "listFigures", "summary": "Figures stated in the documents", "tags": ["figures"],
        "parameters": [
          {"name": "unit", "in": "query", "description": "USD, RUB, percent, or the counted noun (people, countries…), exactly as stored.", "schema": {"$ref": "#/components/schemas/Text"}},
          {"name": "year", "in": "query", "description": "The year the figure refers to.", "schema": {"type": "integer", "minimum": 0, "maximum": 9999}},
          {"$ref": "#/components/parameters/InDocument"},
          {"$ref": "#/components/parameters/Limit"}, {"$ref": "#/components/parameters/Cursor"}, {"$ref": "#/components/parameters/Format"}
        ],
        "responses": {
          "200": {"description": "A page of figures in document and text order.", "headers": {"Link": {"$ref": "#/components/headers/Link"}},
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FigurePage"}},
                              "text/csv": {"schema": {"type": "string"}}, "application/x-ndjson": {"schema": {"type": "string"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/graph": {
      "get": {
        "operationId": "graph", "summary": "Entity co-occurrence network", "tags": ["entities"],
        "description": "The `limit` most mentioned entities (of `type`, when given) as nodes, and edges between them weighted by the number of sentences they share, heaviest first. At most 5,000 edges; `truncated` says when more qualified.",
        "parameters": [
          {"$ref": "#/components/parameters/EntityType"},
          {"name": "min_weight", "in": "query", "description": "Leave out edges lighter than this.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000000, "default": 1}},
          {"name": "limit", "in": "query", "description": "How many nodes, most mentioned first.", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}}
        ],
        "responses": {
          "200": {"description": "Nodes and edges.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Graph"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/stats": {
      "get": {
        "operationId": "stats", "summary": "Counts, date ranges and database facts", "tags": ["meta"],
        "responses": {
          "200": {"description": "Statistics.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stats"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"}
        }
      }
    },
    "/v1/sql": {
      "get": {
        "operationId": "sql", "summary": "Read-only SQL", "tags": ["meta"],
        "description": "Runs one SQLite statement that only reads (SELECT, WITH … SELECT; no PRAGMA, ATTACH or writes: an authorizer refuses them, on a read-only connection) with a 1 s time limit, a 256 MB memory cap and a row limit, Datasette-style. The schema is in the Migrations/ folder and in `SELECT sql FROM sqlite_master`. Anything refused, malformed, or too slow is a 400 naming `sql` with the reason; more than one statement is refused. BLOB values are written as {\"$base64\": true, \"encoded\": \"…\"}. One statement runs at a time; a concurrent request gets 503 with Retry-After. The full-text table paragraphs_fts cannot be read here (FTS5 runs a PRAGMA inside every query, which the authorizer refuses): use /v1/search.",
        "parameters": [
          {"name": "sql", "in": "query", "required": true, "description": "One SELECT statement.", "schema": {"type": "string", "minLength": 1, "pattern": "^[^\\u0000]*[^\\u0000\\t\\n\\u000b\\f\\r ][^\\u0000]*$"},
           "example": "SELECT type, count(*) AS n FROM entities GROUP BY type"},
          {"name": "limit", "in": "query", "description": "Row limit.", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 1000}}
        ],
        "responses": {
          "200": {"description": "Columns and rows.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SQLResult"}}}},
          "400": {"$ref": "#/components/responses/BadRequest"},
          "503": {"description": "Every SQL connection is busy.", "headers": {"Retry-After": {"schema": {"type": "string"}}},
                  "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
        }
      }
    }
  },
  "components": {
    "parameters": {
      "Id": {"name": "id", "in": "path", "required": true, "description": "Stable integer id.", "schema": {"$ref": "#/components/schemas/Id"}},
      "Limit": {"name": "limit", "in": "query", "description": "Rows per page.", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}},
      "Cursor": {"name": "cursor", "in": "query", "description": "Opaque position from a previous page's `next`; use the link as given.", "schema": {"type": "string", "minLength": 1, "pattern": "^[^\\u0000]*[^\\u0000\\t\\n\\u000b\\f\\r ][^\\u0000]*$"}},
      "Format": {"name": "format", "in": "query", "description": "`csv` or `ndjson` streams every row from the cursor on instead of one JSON page. Also chosen by `Accept: text/csv` or `Accept: application/x-ndjson`.",
                 "schema": {"type": "string", "enum": ["json", "csv", "ndjson"], "default": "json"}},
      "DocumentText": {"name": "q", "in": "query", "description": "FTS5 query; keeps documents with a matching paragraph (see /v1/search for the syntax).", "schema": {"type": "string", "minLength": 1, "pattern": "^[^\\u0000]*[^\\u0000\\t\\n\\u000b\\f\\r ][^\\u0000]*$"}},
      "Author": {"name": "author", "in": "query", "description": "Substring of the author (ASCII case-insensitive).", "schema": {"$ref": "#/components/schemas/Text"}},
      "Publisher": {"name": "publisher", "in": "query", "description": "Substring of the publisher (ASCII case-insensitive).", "schema": {"$ref": "#/components/schemas/Text"}},
      "Language": {"name": "language", "in": "query", "description": "ISO 639-1 code of the document's main language, or `und`.", "schema": {"$ref": "#/components/schemas/Text"}},
      "PublishedFrom": {"name": "from", "in": "query", "description": "Published on or after (ISO date to year, month or day).", "schema": {"$ref": "#/components/schemas/PartialDate"}},
      "PublishedTo": {"name": "to", "in": "query", "description": "Published on or before (ISO date to year, month or day), inclusive.", "schema": {"$ref": "#/components/schemas/PartialDate"}},
      "MentionsEntity": {"name": "entity", "in": "query", "description": "Only documents mentioning this entity id.", "schema": {"$ref": "#/components/schemas/Id"}},
      "InDocument": {"name": "document", "in": "query", "description": "Only rows from this document id.", "schema": {"$ref": "#/components/schemas/Id"}},
      "EntityType": {"name": "type", "in": "query", "description": "Entity type.", "schema": {"$ref": "#/components/schemas/EntityType"}}
    },
    "headers": {
      "Link": {"description": "`<next URL>; rel=\"next\"` when there is a next page.", "schema": {"type": "string"}}
    },
    "responses": {
      "BadRequest": {"description": "A parameter is unknown, repeated or malformed; `parameter` names it.",
                     "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
      "NotFound": {"description": "No row with that id.", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    },
    "schemas": {
      "Id": {"type": "integer", "minimum": 1, "maximum": 9223372036854775807},
      "Text": {"type": "string", "minLength": 1, "pattern": "^[^\\u0000]*[^\\u0000\\t\\n\\u000b\\f\\r ][^\\u0000]*$"},
      "PartialDate": {"description": "ISO date to year, month or day precision: 2024, 2024-08, 2024-08-13.",
                      "anyOf": [{"type": "string", "pattern": "^[0-9]{3}[1-9]$|^[0-9]{2}[1-9][0-9]$|^[0-9][1-9][0-9]{2}$|^[1-9][0-9]{3}$"},
                                {"type": "string", "pattern": "^([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})-(0[1-9]|1[0-2])$"},
                                {"type": "string", "format": "date"}]},
      "EntityType": {"type": "string", "enum": ["person", "organization", "location", "agreement"]},
      "NullableString": {"type": ["string", "null"]},
      "Problem": {
        "type": "object", "description": "RFC 9457 problem details.",
        "required": ["type", "title", "status"],
        "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                       "detail": {"type": "string", "description": "What went wrong. Every error the API answers has one; a request the HTTP engine could not parse (e.g. an encoded NUL in the target) is refused before routing with type, title and status only."},
                       "parameter": {"type": "string", "description": "The query or path parameter at fault."}}
      },
      "Span": {"type": "object", "required": ["start", "end"], "description": "Half-open code-point offsets into the document's text.",
               "properties": {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0}}, "additionalProperties": false},
      "EntityRef": {"type": "object", "required": ["id", "name", "type"],
                    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"}}, "additionalProperties": false},
      "NamedRef": {"type": ["object", "null"], "required": ["id", "name"],
                   "properties": {"id": {"type": "integer"}, "name": {"type": "string"}}, "additionalProperties": false},
      "Next": {"type": ["string", "null"], "description": "Absolute URL of the next page, or null on the last page."},
      "Index": {"type": "object", "required": ["name", "openapi", "endpoints"],
                "properties": {"name": {"type": "string"}, "openapi": {"type": "string"},
                               "endpoints": {"type": "array", "items": {"type": "object", "required": ["path", "methods", "summary"],
                                 "properties": {"path": {"type": "string"}, "methods": {"type": "array", "items": {"type": "string"}},
                                                "summary": {"$ref": "#/components/schemas/NullableString"}}}}}},
      "Health": {"type": "object", "required": ["status", "schema_version"],
                 "properties": {"status": {"const": "ok"}, "schema_version": {"type": "integer"}}},
      "Document": {
        "type": "object", "required": ["id", "title", "author", "publisher", "published", "url", "language", "source", "size_bytes"],
        "properties": {
          "id": {"type": "integer"}, "title": {"$ref": "#/components/schemas/NullableString"},
          "author": {"$ref": "#/components/schemas/NullableString", "description": "Authors joined by \"; \"."},
          "publisher": {"$ref": "#/components/schemas/NullableString"},
          "published": {"$ref": "#/components/schemas/NullableString", "description": "ISO date to its precision."},
          "url": {"$ref": "#/components/schemas/NullableString"}, "language": {"type": "string"},
          "source": {"type": "string", "description": "File name the document came from."}, "size_bytes": {"type": "integer"}
        }
      },
      "DocumentPage": {"type": "object", "required": ["data", "next", "total"],
                       "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Document"}},
                                      "next": {"$ref": "#/components/schemas/Next"}, "total": {"type": "integer"}}},
      "DocumentDetail": {
        "allOf": [{"$ref": "#/components/schemas/Document"}],
        "type": "object", "required": ["metadata", "counts", "keywords", "entities", "paragraphs"],
        "properties": {
          "entities": {"allOf": [{"$ref": "#/components/schemas/BoundedList"}], "description": "The entities the document mentions, most mentioned first (at most 20; `more` lists them all via /v1/entities?document=).",
                       "properties": {"data": {"items": {"type": "object", "required": ["id", "name", "type", "mentions"],
                         "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"},
                                        "mentions": {"type": "integer", "description": "Mentions in this document."}}}}}},
          "metadata": {"type": "array", "description": "Every metadata value with the span it was read from.",
                       "items": {"type": "object", "required": ["field", "value", "start", "end"],
                                 "properties": {"field": {"type": "string"}, "value": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"}}}},
          "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
          "keywords": {"type": "array", "items": {"type": "object", "required": ["term", "score"],
                                                   "properties": {"term": {"type": "string"}, "score": {"type": "number"}}}},
          "paragraphs": {"type": "array", "items": {"type": "object", "required": ["id", "position", "start", "end", "language", "text"],
            "properties": {"id": {"type": "integer"}, "position": {"type": "integer"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                           "language": {"type": "string"}, "text": {"type": "string"}}}}
        }
      },
      "SearchHit": {
        "type": "object", "required": ["document", "paragraph", "score", "snippet"],
        "properties": {
          "document": {"type": "object", "required": ["id", "title", "published"],
                       "properties": {"id": {"type": "integer"}, "title": {"$ref": "#/components/schemas/NullableString"},
                                      "published": {"$ref": "#/components/schemas/NullableString"}}},
          "paragraph": {"type": "object", "required": ["id", "position", "start", "end"],
                        "properties": {"id": {"type": "integer"}, "position": {"type": "integer"}, "start": {"type": "integer"}, "end": {"type": "integer"}}},
          "score": {"type": "number", "description": "bm25(paragraphs_fts): lower (more negative) is better."},
          "snippet": {"type": "string", "description": "Matched terms between <mark> and </mark>; not HTML-escaped."}
        }
      },
      "SearchPage": {
        "type": "object", "required": ["data", "next", "total", "query"],
        "properties": {
          "data": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}},
          "next": {"$ref": "#/components/schemas/Next"}, "total": {"type": "integer", "description": "Matching paragraphs."},
          "facets": {"type": "object", "required": ["documents", "years", "entities", "entity_hits"],
            "properties": {
              "entity_hits": {"type": "integer", "description": "How many of the best-ranked hits the entity facet counted (at most 1,000)."},
              "documents": {"type": "array", "maxItems": 20, "items": {"type": "object", "required": ["id", "title", "hits"],
                "properties": {"id": {"type": "integer"}, "title": {"$ref": "#/components/schemas/NullableString"}, "hits": {"type": "integer"}}}},
              "years": {"type": "array", "items": {"type": "object", "required": ["year", "hits"],
                "properties": {"year": {"type": ["integer", "null"]}, "hits": {"type": "integer"}}}},
              "entities": {"type": "array", "maxItems": 20, "items": {"type": "object", "required": ["id", "name", "type", "hits"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"}, "hits": {"type": "integer"}}}}
            }},
          "query": {"type": "object", "required": ["q", "limit"], "description": "The query as it ran.",
                    "properties": {"q": {"type": "string"}, "author": {"$ref": "#/components/schemas/NullableString"},
                                   "publisher": {"$ref": "#/components/schemas/NullableString"}, "language": {"$ref": "#/components/schemas/NullableString"},
                                   "from": {"$ref": "#/components/schemas/NullableString"}, "to": {"$ref": "#/components/schemas/NullableString"},
                                   "entity": {"type": ["integer", "null"]}, "limit": {"type": "integer"}, "syntax": {"type": "string"},
                                   "ranking": {"type": "string"}, "highlight": {"type": "array", "items": {"type": "string"}}}}
        }
      },
      "Entity": {
        "type": "object", "required": ["id", "name", "type", "subtype", "aliases", "mentions"],
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"},
                       "subtype": {"$ref": "#/components/schemas/NullableString", "description": "country, city, region… for locations."},
                       "aliases": {"type": "array", "items": {"type": "string"}}, "mentions": {"type": "integer"}}
      },
      "EntityPage": {"type": "object", "required": ["data", "next", "total"],
                     "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Entity"}},
                                    "next": {"$ref": "#/components/schemas/Next"}, "total": {"type": "integer"}}},
      "Mention": {"type": "object", "required": ["id", "document_id", "sentence_id", "span", "surface"],
                  "properties": {"id": {"type": "integer"}, "document_id": {"type": "integer"}, "sentence_id": {"type": ["integer", "null"]},
                                 "span": {"$ref": "#/components/schemas/Span"}, "surface": {"type": "string"}}},
      "MentionPage": {"type": "object", "required": ["data", "next", "total"],
                      "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Mention"}},
                                     "next": {"$ref": "#/components/schemas/Next"}, "total": {"type": "integer"}}},
      "BoundedList": {"type": "object", "required": ["data", "total", "more"],
                      "properties": {"data": {"type": "array"}, "total": {"type": "integer"},
                                     "more": {"type": ["string", "null"], "description": "Root-relative URL of the full paginated list, when rows were left out and there is one."}}},
      "EntityDetail": {
        "allOf": [{"$ref": "#/components/schemas/Entity"}],
        "type": "object", "required": ["documents", "roles", "occurrences", "related", "events", "quotes"],
        "properties": {
          "documents": {"type": "integer", "description": "Documents mentioning the entity."},
          "roles": {"allOf": [{"$ref": "#/components/schemas/BoundedList"}], "properties": {"data": {"items": {"type": "object",
            "required": ["title", "document_id", "sentence_id", "span"],
            "properties": {"title": {"type": "string"}, "document_id": {"type": "integer"}, "sentence_id": {"type": ["integer", "null"]},
                           "span": {"$ref": "#/components/schemas/Span"}}}}}},
          "occurrences": {"allOf": [{"$ref": "#/components/schemas/BoundedList"}], "properties": {"data": {"items": {"$ref": "#/components/schemas/Mention"}}}},
          "related": {"allOf": [{"$ref": "#/components/schemas/BoundedList"}], "properties": {"data": {"items": {"type": "object",
            "required": ["id", "name", "type", "weight"],
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"},
                           "weight": {"type": "integer", "description": "Sentences the two share."}}}}}},
          "events": {"allOf": [{"$ref": "#/components/schemas/BoundedList"}], "properties": {"data": {"items": {"$ref": "#/components/schemas/Event"}}}},
          "quotes": {"allOf": [{"$ref": "#/components/schemas/BoundedList"}], "properties": {"data": {"items": {"$ref": "#/components/schemas/Quote"}}}}
        }
      },
      "Event": {
        "type": "object",
        "required": ["id", "kind", "date", "date_precision", "end_date", "summary", "place", "entities", "document_id", "sentence_id", "evidence", "evidence_span"],
        "properties": {
          "id": {"type": "integer"}, "kind": {"type": "string"}, "date": {"type": "string", "description": "ISO date to its precision."},
          "date_precision": {"type": "string", "enum": ["day", "month", "year", "decade"]},
          "end_date": {"$ref": "#/components/schemas/NullableString"}, "summary": {"type": "string"},
          "place": {"$ref": "#/components/schemas/NamedRef"},
          "entities": {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}},
          "document_id": {"type": "integer"}, "sentence_id": {"type": ["integer", "null"]},
          "evidence": {"type": "string", "description": "The stating sentence, cut from the document text by evidence_span."},
          "evidence_span": {"$ref": "#/components/schemas/Span"}
        }
      },
      "EventPage": {"type": "object", "required": ["data", "next", "total"],
                    "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                                   "next": {"$ref": "#/components/schemas/Next"}, "total": {"type": "integer"}}},
      "Quote": {
        "type": "object", "required": ["id", "text", "speaker", "document_id", "span", "sentence"],
        "properties": {
          "id": {"type": "integer"}, "text": {"type": "string", "description": "The quoted words, without quote marks."},
          "speaker": {"$ref": "#/components/schemas/NamedRef"}, "document_id": {"type": "integer"},
          "span": {"$ref": "#/components/schemas/Span"},
          "sentence": {"type": ["object", "null"], "required": ["id", "span", "text"],
                       "properties": {"id": {"type": "integer"}, "span": {"$ref": "#/components/schemas/Span"}, "text": {"type": "string"}}}
        }
      },
      "QuotePage": {"type": "object", "required": ["data", "next", "total"],
                    "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
                                   "next": {"$ref": "#/components/schemas/Next"}, "total": {"type": "integer"}}},
      "Figure": {
        "type": "object", "required": ["id", "value", "value_max", "unit", "qualifier", "text", "year", "document_id", "sentence_id", "span"],
        "properties": {
          "id": {"type": "integer"}, "value": {"type": "number"}, "value_max": {"type": ["number", "null"], "description": "Upper bound of a range."},
          "unit": {"type": "string"}, "qualifier": {"$ref": "#/components/schemas/NullableString", "description": "more than, about, up to…"},
          "text": {"type": "string"}, "year": {"type": ["integer", "null"]}, "document_id": {"type": "integer"},
          "sentence_id": {"type": ["integer", "null"]}, "span": {"$ref": "#/components/schemas/Span"}
        }
      },
      "FigurePage": {"type": "object", "required": ["data", "next", "total"],
                     "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Figure"}},
                                    "next": {"$ref": "#/components/schemas/Next"}, "total": {"type": "integer"}}},
      "Graph": {
        "type": "object", "required": ["nodes", "edges", "truncated", "query"],
        "properties": {
          "nodes": {"type": "array", "items": {"type": "object", "required": ["id", "name", "type", "mentions"],
            "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, "type": {"$ref": "#/components/schemas/EntityType"}, "mentions": {"type": "integer"}}}},
          "edges": {"type": "array", "items": {"type": "object", "required": ["source", "target", "weight"],
            "properties": {"source": {"type": "integer"}, "target": {"type": "integer"}, "weight": {"type": "integer"}}}},
          "truncated": {"type": "boolean"},
          "query": {"type": "object", "required": ["type", "min_weight", "limit"],
                    "properties": {"type": {"$ref": "#/components/schemas/NullableString"}, "min_weight": {"type": "integer"}, "limit": {"type": "integer"}}}
        }
      },
      "DateRange": {"type": "object", "required": ["first", "last"],
                    "properties": {"first": {"$ref": "#/components/schemas/NullableString"}, "last": {"$ref": "#/components/schemas/NullableString"}}},
      "Stats": {
        "type": "object", "required": ["counts", "entities_by_type", "published", "events", "database_bytes", "schema_version", "sqlite_version"],
        "properties": {
          "counts": {"type": "object", "additionalProperties": {"type": "integer"},
                     "required": ["documents", "paragraphs", "sentences", "entities", "mentions", "events", "quotes", "figures"]},
          "entities_by_type": {"type": "object", "additionalProperties": {"type": "integer"}},
          "published": {"$ref": "#/components/schemas/DateRange"},
          "events": {"$ref": "#/components/schemas/DateRange"},
          "database_bytes": {"type": "integer"}, "schema_version": {"type": "integer"}, "sqlite_version": {"type": "string"}
        }
      },
      "SQLResult": {
        "type": "object", "required": ["sql", "columns", "rows", "truncated", "row_limit"],
        "properties": {
          "sql": {"type": "string"}, "columns": {"type": "array", "items": {"type": "string"}},
          "rows": {"type": "array", "items": {"type": "array"}},
          "truncated": {"type": "boolean", "description": "True when the statement had more rows than row_limit."},
          "row_limit": {"type": "integer"}
        }
      }
    }
  }
}
"""#
}

extension ArchiveAPI {
    /// GET /openapi.json — the description above, as served bytes.
    func openAPI(_ context: RouteContext) throws -> HTTPResponse {
        _ = try Parameters(context.request, allowed: [])
        return HTTPResponse(status: .ok, headers: ["Content-Type": "application/json; charset=utf-8"], body: .bytes(OpenAPIDocument.bytes))
    }
}
