CREATE TABLE comments (
    id          BIGSERIAL PRIMARY KEY,
    post_id     BIGINT      NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id   BIGINT      REFERENCES users (id) ON DELETE SET NULL,
    parent_id   BIGINT      REFERENCES comments (id) ON DELETE CASCADE,
    body        TEXT        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    approved    BOOLEAN     NOT NULL DEFAULT false,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX comments_post_created_idx ON comments (post_id, created_at);
CREATE INDEX comments_pending_idx ON comments (created_at) WHERE NOT approved;
