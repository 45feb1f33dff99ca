-- Reminder e-mails (issue #20, part 5): one row per account and day a reminder went out. The
-- primary key is what keeps a cluster from sending twice: @Schedule fires on every instance, and
-- the instance whose insert wins sends; the others find the row and skip the account. A failed
-- send deletes its row, so the next run tries again.
CREATE TABLE reminder_mail (
    username  VARCHAR(50)  NOT NULL,
    sent_on   DATE         NOT NULL,
    sent_at   TIMESTAMP    NOT NULL,
    CONSTRAINT reminder_mail_pk PRIMARY KEY (username, sent_on)
);
