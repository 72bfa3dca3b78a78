-- Term counts move from one row per (document, term) to one row per document. They are only read
-- to score keywords at the end of an import, and ~275 indexed rows per document were a large part
-- of import time and database size.
DROP TABLE document_terms;

CREATE TABLE document_term_counts (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    terms       TEXT NOT NULL           -- "term<TAB>count" lines, sorted by term
);
