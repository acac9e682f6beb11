-- Secrets of this node, made once when the node is created. The indicator namespace keys the
-- node's deterministic indicator ids so nobody outside can recompute them.
CREATE TABLE node_secret (
    singleton           boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    indicator_namespace uuid NOT NULL
);
INSERT INTO node_secret (indicator_namespace) VALUES (gen_random_uuid());
