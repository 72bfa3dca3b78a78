-- Documents, their paragraphs, and a full-text index over paragraphs.
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL UNIQUE,           -- file name the document came from
    title        TEXT,
    content_hash TEXT NOT NULL,                  -- SHA-256 of the file's bytes, hex
    size_bytes   INTEGER NOT NULL,
    text         TEXT NOT NULL,                  -- normalised text: no BOM, LF line endings
    imported_at  TEXT NOT NULL
);

CREATE TABLE paragraphs (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,                -- 0-based order within the document
    start       INTEGER NOT NULL,                -- offset in Unicode code points into documents.text
    end         INTEGER NOT NULL,                -- exclusive
    text        TEXT NOT NULL,
    UNIQUE (document_id, position)
);

CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text,
    content = 'paragraphs',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts(paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
