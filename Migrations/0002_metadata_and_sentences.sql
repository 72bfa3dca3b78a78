-- Document metadata found in the text, with the span each value was read from, and sentences.
ALTER TABLE documents ADD COLUMN author TEXT;         -- display form: authors joined by "; "
ALTER TABLE documents ADD COLUMN publisher TEXT;
ALTER TABLE documents ADD COLUMN published TEXT;      -- ISO date: YYYY, YYYY-MM or YYYY-MM-DD
ALTER TABLE documents ADD COLUMN url TEXT;
ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT 'und';
CREATE INDEX documents_published ON documents(published, id);
CREATE INDEX documents_title ON documents(title, id);

-- Every metadata value with its evidence span (offsets in code points into documents.text).
CREATE TABLE document_fields (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,          -- title | author | publisher | published | url | dateline | translator
    position    INTEGER NOT NULL,       -- order among values of the same field
    value       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    PRIMARY KEY (document_id, field, position)
);

ALTER TABLE paragraphs ADD COLUMN language TEXT NOT NULL DEFAULT 'und';

CREATE TABLE sentences (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,      -- 0-based order within the document
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    UNIQUE (document_id, position)
);
CREATE INDEX sentences_paragraph ON sentences(paragraph_id);
