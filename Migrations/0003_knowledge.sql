-- The knowledge extracted from documents. Every row carries its document, sentence and span.

-- Corpus-wide entities, rebuilt from the per-document ones after every import.
-- Ids stay stable while an entity keeps its type and canonical name.
CREATE TABLE entities (
    id       INTEGER PRIMARY KEY,
    type     TEXT NOT NULL CHECK (type IN ('person', 'organization', 'location', 'agreement')),
    name     TEXT NOT NULL,
    subtype  TEXT,
    mentions INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, name)
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);

-- One entity as one document sees it; entity_id points at its corpus-wide entity.
CREATE TABLE document_entities (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    type        TEXT NOT NULL,
    name        TEXT NOT NULL,
    subtype     TEXT,
    aliases     TEXT NOT NULL,         -- JSON array of surface forms
    entity_id   INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    UNIQUE (document_id, position)
);
CREATE INDEX document_entities_entity ON document_entities(entity_id, document_id);
CREATE INDEX document_entities_key ON document_entities(type, name, aliases);

CREATE TABLE entity_mentions (
    id                 INTEGER PRIMARY KEY,
    document_entity_id INTEGER NOT NULL REFERENCES document_entities(id) ON DELETE CASCADE,
    entity_id          INTEGER,        -- denormalised from document_entities for fast lookups
    document_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id        INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    start              INTEGER NOT NULL,
    end                INTEGER NOT NULL,
    surface            TEXT NOT NULL
);
CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, document_id, start);
CREATE INDEX entity_mentions_sentence ON entity_mentions(sentence_id);
CREATE INDEX entity_mentions_document ON entity_mentions(document_entity_id);

CREATE TABLE entity_roles (
    id                 INTEGER PRIMARY KEY,
    document_entity_id INTEGER NOT NULL REFERENCES document_entities(id) ON DELETE CASCADE,
    entity_id          INTEGER,
    document_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id        INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    title              TEXT NOT NULL,
    start              INTEGER NOT NULL,
    end                INTEGER NOT NULL
);
CREATE INDEX entity_roles_entity ON entity_roles(entity_id);

-- Co-occurrence of two corpus-wide entities in the same sentence (a < b).
CREATE TABLE entity_cooccurrences (
    a      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    b      INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    weight INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX entity_cooccurrences_b ON entity_cooccurrences(b);

CREATE TABLE date_mentions (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id   INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    date          TEXT NOT NULL,        -- ISO, to its precision
    end_date      TEXT,
    precision     TEXT NOT NULL,
    qualifier     TEXT,
    year_inferred INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX date_mentions_document ON date_mentions(document_id, start);
CREATE INDEX date_mentions_date ON date_mentions(date);

CREATE TABLE events (
    id                       INTEGER PRIMARY KEY,
    document_id              INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id              INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    kind                     TEXT NOT NULL,
    date                     TEXT NOT NULL,
    end_date                 TEXT,
    date_precision           TEXT NOT NULL,
    summary                  TEXT NOT NULL,
    place_document_entity_id INTEGER REFERENCES document_entities(id) ON DELETE SET NULL,
    place_entity_id          INTEGER,
    start                    INTEGER NOT NULL,
    end                      INTEGER NOT NULL
);
CREATE INDEX events_date ON events(date, id);
CREATE INDEX events_place ON events(place_entity_id);

CREATE TABLE event_participants (
    event_id           INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_entity_id INTEGER NOT NULL REFERENCES document_entities(id) ON DELETE CASCADE,
    entity_id          INTEGER,
    PRIMARY KEY (event_id, document_entity_id)
) WITHOUT ROWID;
CREATE INDEX event_participants_entity ON event_participants(entity_id, event_id);

CREATE TABLE quotes (
    id                         INTEGER PRIMARY KEY,
    document_id                INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id                INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    text                       TEXT NOT NULL,
    start                      INTEGER NOT NULL,
    end                        INTEGER NOT NULL,
    speaker_document_entity_id INTEGER REFERENCES document_entities(id) ON DELETE SET NULL,
    speaker_entity_id          INTEGER
);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id, id);
CREATE INDEX quotes_document ON quotes(document_id, start);

CREATE TABLE figures (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    value       REAL NOT NULL,
    value_max   REAL,
    unit        TEXT NOT NULL,
    qualifier   TEXT,
    text        TEXT NOT NULL,
    year        INTEGER,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL
);
CREATE INDEX figures_unit ON figures(unit, id);
CREATE INDEX figures_year ON figures(year, id);

CREATE TABLE citations (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    markers     TEXT NOT NULL            -- JSON array of [start, end] marker spans in the body
);
CREATE INDEX citations_document ON citations(document_id, number);

-- Term counts per document, and the keywords scored from them against the whole corpus.
CREATE TABLE document_terms (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    term        TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (document_id, term)
) WITHOUT ROWID;
CREATE INDEX document_terms_term ON document_terms(term);

CREATE TABLE document_keywords (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    rank        INTEGER NOT NULL,
    term        TEXT NOT NULL,
    score       REAL NOT NULL,
    PRIMARY KEY (document_id, rank)
) WITHOUT ROWID;
