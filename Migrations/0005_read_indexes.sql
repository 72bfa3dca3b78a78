-- Indexes the API's read paths need on a large archive (10,000 documents: 660,000 mentions, 30,000 events).
-- Each one costs import time, so only what a request would otherwise pay for with a scan:

-- A document page counts its events and figures: without these, each count scanned the whole table.
CREATE INDEX events_document ON events(document_id);
CREATE INDEX figures_document ON figures(document_id);

-- The search's entity facet walks matching paragraphs → sentences → mentions and reads only the
-- mention's entity: carrying entity_id in the index saves a table row read per mention. It still
-- leads with sentence_id, so it also serves the foreign key from sentences.
DROP INDEX entity_mentions_sentence;
CREATE INDEX entity_mentions_sentence ON entity_mentions(sentence_id, entity_id);
