-- Numbers taken for documents not yet archived. A number is taken in a short transaction of its own
-- and the document rendered and signed after it, outside the counter's lock, so issues of one
-- issuer run side by side. The row goes in the transaction that archives the document; a failed
-- issue marks it released, and the next issue of the issuer and year takes the lowest released (or
-- long abandoned) number before a new one: the numbers of archived documents stay without gaps.
CREATE TABLE document_number_reservation (
    issuer_code   VARCHAR(30) NOT NULL,
    counter_year  INTEGER     NOT NULL,
    seq           BIGINT      NOT NULL,
    holder        VARCHAR(36) NOT NULL,
    taken_at      TIMESTAMP   NOT NULL,
    released      BOOLEAN     NOT NULL,
    CONSTRAINT document_number_reservation_pk PRIMARY KEY (issuer_code, counter_year, seq),
    CONSTRAINT document_number_reservation_counter_fk FOREIGN KEY (issuer_code, counter_year)
        REFERENCES document_counter (issuer_code, counter_year)
);
